// Tests for the text-dump metadata reader on the hand-made fixtures (test/fixtures/text/<case>/):
// only what the page states.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../pipeline/clean/text/index.ts';
import { findHeadline } from '../../../pipeline/metadata/text/headline.ts';
import { textMetadata } from '../../../pipeline/metadata/text/index.ts';
import type { Block, Cleaned } from '../../../pipeline/text/blocks.ts';
import { FIXTURES } from '../../helpers.ts';

const read = (name: string) => {
  const content = readFileSync(join(FIXTURES, 'text', name, 'source.txt'), 'utf8');
  return textMetadata(content, cleanText(content));
};

describe('text metadata', () => {
  it('reads a news byline, dates and breadcrumb', () => {
    const { fields } = read('news');
    expect(fields.title).toBe('Algeria signs new gas deal with Italian energy group');
    expect(fields.authors).toEqual([
      { name: 'Jane Doe', type: 'person' },
      { name: 'John Roe', type: 'person' },
    ]);
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

describe('text metadata: the publication date search', () => {
  const paragraph =
    'The regional council approved the new water plan on its second reading, after a long debate about costs, pipes, and the share paid by farmers.';
  // The date line comes after the first paragraph, out of reach of the rules for the headline's own lines.
  const dump = (dateLine: string, linesBetween: number) =>
    [
      '  • Home',
      '  • News',
      '  • Contact',
      '',
      'Council approves the regional water plan',
      '',
      paragraph,
      '',
      ...Array.from({ length: linesBetween }, (_, i) => `  • Topic ${i + 1}`),
      '',
      dateLine,
      '',
      paragraph,
      '',
    ].join('\n');
  const published = (content: string) => {
    const { fields, provenance } = textMetadata(content, cleanText(content));
    return { value: fields.published, source: provenance.published ?? null };
  };

  it('takes the first full day a short line near the headline prints', () => {
    expect(published(dump('Kulturfragen 01.05.2017', 0))).toEqual({ value: '2017-05-01', source: 'text:first-date' });
  });
  it('leaves lines far from the headline, years before 1995, and days after the capture alone', () => {
    expect(published(dump('Kulturfragen 01.05.2017', 40)).value).toBeNull();
    expect(published(dump('Kulturfragen 01.05.1962', 0)).value).toBeNull();
    const content = dump('Kulturfragen 01.05.2031', 0);
    expect(textMetadata(content, cleanText(content), { capturedAt: '2024-01-01T00:00:00Z' }).fields.published).toBeNull();
  });
});

describe('date lines inside the article (blocks as the cleaner labels them)', () => {
  const paragraph = (text: string): Block => ({ text, kind: 'paragraph', kept: true, reason: null, span: null });
  const dropped = (text: string, kind: Block['kind']): Block => ({ text, kind, kept: false, reason: null, span: null });
  const prose = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      paragraph(`Paragraph ${i + 1} of the article tells what the council decided and why, at enough length to read as body text.`),
    );
  const published = (blocks: Block[]) => {
    const cleaned = { blocks, text: '', markdown: '', extraction: {} } as unknown as Cleaned;
    return textMetadata('', cleaned, { detectLanguage: () => 'en' }).fields.published;
  };
  it('takes a lone date line between the first and last paragraphs, far from the title', () => {
    const blocks = [dropped('Council backs the new library hours', 'title'), ...prose(20), dropped('14.03.2023', 'dateline'), ...prose(2)];
    expect(published(blocks)).toBe('2023-03-14');
  });
  it('passes over the dated items of a teaser list kept inside the article', () => {
    const teasers = [
      dropped('12.01.2023', 'dateline'),
      paragraph('Reading club meets in the new room'),
      dropped('03.11.2022', 'dateline'),
      paragraph('Summer reading list for children'),
      dropped('21.09.2022', 'dateline'),
    ];
    expect(published([dropped('Council backs the new library hours', 'title'), ...prose(20), ...teasers, ...prose(2)])).toBeNull();
  });
});

describe('headline and list items (the dump lines under the blocks)', () => {
  const headline = 'Ferry timetable changes for the winter season announced by the operator';
  const item = `  • ${headline}`;
  const content = `  • Home\n${item}\n\n${headline}\n\nJane Lindqvist March 9, 2023\n\nThe ferry operator will run fewer crossings between November and March, with the first boat later than in summer.\n`;
  const at = (text: string, from = 0) => ({ start: content.indexOf(text, from), end: content.indexOf(text, from) + text.length });
  const block = (text: string, kind: Block['kind'], kept: boolean, span: { start: number; end: number }): Block => ({ text, kind, kept, reason: null, span });
  const itemStart = content.indexOf(item) + 4;
  const body = 'The ferry operator will run fewer crossings between November and March, with the first boat later than in summer.';
  const tail = [block('Jane Lindqvist March 9, 2023', 'byline', false, at('Jane Lindqvist')), block(body, 'paragraph', true, at(body))];
  it('does not take the headline printed under its own list item for an item', () => {
    const blocks = [
      block('Home', 'menu', false, at('Home')),
      block(headline, 'menu', false, { start: itemStart, end: itemStart + headline.length }),
      block(headline, 'menu', false, at(headline, itemStart + headline.length)),
      ...tail,
    ];
    expect(findHeadline(blocks, { language: 'en' }, null, content)?.index).toBe(2);
  });
  it('reads a block the cleaner ran on from a list item into the headline under it as the headline', () => {
    const joined = block(`${headline} ${headline}`, 'menu', false, {
      start: itemStart,
      end: content.indexOf(headline, itemStart + headline.length) + headline.length,
    });
    const blocks = [block('Home', 'menu', false, at('Home')), joined, ...tail];
    expect(findHeadline(blocks, { language: 'en' }, null, content)?.index).toBe(1);
  });
});

describe('a date line inside a block', () => {
  it('is no hard-wrapped body line that opens with a date', () => {
    const content = [
      '   • Início',
      '   • Política',
      '',
      'Prefeitura anuncia nova ciclovia ligando o centro à praia',
      '',
      'A prefeitura apresentou nesta sexta-feira o projeto da nova ciclovia, que vai ligar a praça central à orla, e lembrou a lei de',
      '12 de março de 2019, que',
      'obriga o município a separar ciclistas e carros em toda avenida com mais de quatro faixas de trânsito e ônibus.',
      '',
      'Segundo a secretaria, as obras começam no mês que vem e serão feitas à noite, para não atrapalhar o trânsito. O custo',
      'foi estimado em três milhões de reais, pagos com recursos do estado.',
      '',
      '   • Contato',
      '',
    ].join('\n');
    const { fields } = textMetadata(content, cleanText(content));
    expect(fields.title).toBe('Prefeitura anuncia nova ciclovia ligando o centro à praia');
    expect(fields.published).toBeNull();
  });
});
