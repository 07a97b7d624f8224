// Tests for the text-dump metadata reader on the hand-made fixtures: only what the page states.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../pipeline/clean/text/index.ts';
import { textMetadata } from '../../../pipeline/metadata/text/index.ts';
import { FIXTURES } from '../../helpers.ts';

const read = (name: string) => {
  const content = readFileSync(join(FIXTURES, 'text', `${name}.txt`), 'utf8');
  return textMetadata(content, cleanText(content));
};

describe('text metadata', () => {
  it('reads a news byline, dates and breadcrumb', () => {
    const { fields } = read('news');
    expect(fields.title).toBe('Algeria signs new gas deal with Italian energy group');
    expect(fields.authors).toEqual([{ name: 'Jane Doe', type: 'person' }, { name: 'John Roe', type: 'person' }]);
    expect(fields.published).toBe('2024-03-03');
    expect(fields.updated).toBe('2024-03-04T09:15');
    expect(fields.site_name).toBeNull();
  });
  it('reads a journal landing page', () => {
    const { fields, warnings } = read('journal');
    expect(fields.authors.map((a) => a.name)).toEqual(['Maria Lopez', 'Karim Benali']);
    expect([fields.volume, fields.issue]).toEqual(['7', '2']);
    expect(fields.pages).toEqual({ first: 112, last: 130 });
    expect(fields.keywords).toEqual(['energy', 'diplomacy', 'North Africa', 'gas contracts']);
    expect(fields.genre).toBe('journal-article');
    expect(fields.attachments).toEqual([{ label: 'PDF', size_text: '1.2MB', url: null }]);
    expect(fields.abstract?.endsWith('in exchange for reliability.')).toBe(true);
    expect(warnings).not.toContain('abstract_truncated');
    expect(fields.sections).toEqual([]);
  });
  it('reads a French byline and date', () => {
    const { fields } = read('french');
    expect(fields.authors).toEqual([{ name: 'Jean Dupont', type: 'person' }]);
    expect(fields.published).toBe('2024-03-12');
    expect(fields.breadcrumb).toEqual(['International', 'Afrique']);
  });
  it('takes the headline over the blog tagline and states nothing it does not see', () => {
    const { fields } = read('blog');
    expect(fields.title).toBe('Reading old treaties in the national archives');
    expect(fields.published).toBe('2023-01-12');
    expect(fields.views).toBeNull();
    expect(fields.genre).toBeNull();
  });
  it('dates the capture by the newest teaser date', () => {
    expect(read('long-related').fields.captured_not_before).toBe('2024-05-12');
  });
});
