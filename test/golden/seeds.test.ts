// Golden tests: every seed capture (test/fixtures/seeds/<case>/source.txt) runs through the whole
// chain and is checked against its hand-read answers (expected.json beside it). null in an answer
// means the field must be null.
import { describe, expect, it } from 'vitest';
import { stageCases } from '../fixture-cases.ts';
import { processFixture } from '../helpers.ts';

interface Expected {
  metadata: Record<string, unknown> & {
    authors?: string[];
    author_is_organization?: boolean;
    abstract_starts_with?: string;
    abstract_ends_with?: string;
    abstract_truncated?: boolean;
    attachments?: { label: string; size_text: string | null }[];
  };
  text: { must_contain: string[]; must_not_contain: string[]; paragraphs?: number };
}

/** Fields compared as they are: the expected value (null included) must equal the record's. */
const PLAIN_FIELDS = [
  'title',
  'published',
  'updated',
  'site_name',
  'sections',
  'keywords',
  'language',
  'breadcrumb',
  'views',
  'reading_time_minutes',
  'genre',
  'captured_not_before',
  'volume',
  'issue',
  'pages',
] as const;

describe.each(stageCases('seeds').map((c) => [c.name, c] as const))('seed %s', (_, seed) => {
  const expected = seed.json<Expected>('expected.json');
  const { document } = processFixture(seed.path('source.txt'));
  const record = document as unknown as Record<string, unknown>;

  for (const field of PLAIN_FIELDS) {
    if (!(field in expected.metadata)) continue;
    it(`states ${field}`, () => expect(record[field]).toEqual(expected.metadata[field]));
  }

  if (expected.metadata.authors) {
    it('names the authors', () => {
      expect(document.authors.map((author) => author.name)).toEqual(expected.metadata.authors);
      const type = expected.metadata.author_is_organization ? 'organization' : 'person';
      for (const author of document.authors) expect(author.type).toBe(type);
    });
  }

  if (expected.metadata.attachments) {
    it('lists the attachments', () => {
      expect(document.attachments.map(({ label, size_text }) => ({ label, size_text }))).toEqual(expected.metadata.attachments);
    });
  }

  if (expected.metadata.abstract_starts_with) {
    it('reads the abstract, whole sentences, and says when it was cut off', () => {
      expect(document.abstract).not.toBeNull();
      expect(document.abstract!.startsWith(expected.metadata.abstract_starts_with!)).toBe(true);
      expect(document.abstract!.endsWith(expected.metadata.abstract_ends_with!)).toBe(true);
      expect(document.warnings.includes('abstract_truncated')).toBe(expected.metadata.abstract_truncated ?? false);
    });
  }

  it('keeps every reference sentence whole, on one line', () => {
    const lines = document.text.split('\n');
    for (const sentence of expected.text.must_contain)
      expect(
        lines.some((line) => line.includes(sentence)),
        sentence,
      ).toBe(true);
  });

  it('drops the chrome', () => {
    for (const chrome of expected.text.must_not_contain) expect(document.text.includes(chrome), chrome).toBe(false);
  });

  if (expected.text.paragraphs !== undefined) {
    it('keeps the paragraphs as the article has them', () => {
      expect(document.text.split(/\n\s*\n/).filter((p) => p.trim()).length).toBe(expected.text.paragraphs);
    });
  }
});
