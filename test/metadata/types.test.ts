// The updated day standing in for the publication day, as both metadata readers take it.
import { describe, expect, it } from 'vitest';
import { emptyMetadata, takeUpdatedAsPublished } from '../../pipeline/metadata/types.ts';

describe('takeUpdatedAsPublished', () => {
  it('takes the updated day when no publication day was found, and says so', () => {
    const fields = { ...emptyMetadata(), updated: '2021-03-04' };
    const provenance: Record<string, string> = { updated: 'text:updated-label' };
    takeUpdatedAsPublished(fields, provenance, '2022-01-01');
    expect(fields.published).toBe('2021-03-04');
    expect(provenance.published).toBe('updated-as-published(text:updated-label)');
  });
  it('keeps a publication day found, and an updated day after the capture', () => {
    const found = { ...emptyMetadata(), published: '2020-01-01', updated: '2021-03-04' };
    takeUpdatedAsPublished(found, {}, '2022-01-01');
    expect(found.published).toBe('2020-01-01');
    const later = { ...emptyMetadata(), updated: '2023-03-04' };
    takeUpdatedAsPublished(later, {}, '2022-01-01');
    expect(later.published).toBeNull();
  });
});
