// language_uncertain: when franc cannot be trusted (placeholder Latin, too little text, a near tie),
// a page that declares no language gets none and the warning; real pages keep a confident language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCapture } from '../../pipeline/ingest/decode.ts';
import { languageOf, placeholderShare, PLACEHOLDER_SHARE } from '../../pipeline/text/language-detection.ts';
import { documentOf } from '../../pipeline/run/process.ts';
import { FIXTURES } from '../helpers.ts';

const LOREM = [
  'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.',
  'Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est laborum.',
  'Curabitur pretium tincidunt lacus. Nulla gravida orci a odio. Nullam varius, turpis et commodo pharetra, est eros bibendum elit, nec luctus magna felis sollicitudin mauris. Integer in mauris eu nibh euismod gravida.',
];

const documentFrom = (name: string, content: string | Buffer) =>
  documentOf(decodeCapture(name, typeof content === 'string' ? Buffer.from(content) : content)).document;

describe('language_uncertain', () => {
  it('a lorem-ipsum text dump gets no language and the warning, though franc names one', () => {
    const text = `Placeholder article\n\n${LOREM.join('\n\n')}\n`;
    // franc alone would say Catalan or French with full confidence.
    expect(languageOf(LOREM.join('\n\n')).language).toMatch(/^(ca|fr|es|it|pt)$/);
    expect(placeholderShare(LOREM.join(' '))).toBeGreaterThan(PLACEHOLDER_SHARE);
    const document = documentFrom('lorem.txt', text);
    expect(document.language).toBeNull();
    expect(document.provenance.language).toBeUndefined();
    expect(document.warnings).toContain('language_uncertain');
  });

  it('a lorem-ipsum page that declares its language keeps the declaration, without the warning', () => {
    const html = `<!doctype html><html lang="en"><head><title>Template</title></head><body><article><h1>Template</h1>${LOREM.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const document = documentFrom('template.html', html);
    expect(document.language).toBe('en');
    expect(document.provenance.language).toBe('dom:html-lang');
    expect(document.warnings).not.toContain('language_uncertain');
  });

  it('a real text dump without a declaration gets its language with confidence', () => {
    const document = documentFrom('source.txt', readFileSync(join(FIXTURES, 'extract', 'french-news', 'source.txt')));
    expect(document.language).toBe('fr');
    expect(document.provenance.language).toBe('detected:franc');
    expect(document.warnings).not.toContain('language_uncertain');
    expect(placeholderShare(document.text)).toBeLessThan(0.05);
  });

  it("a real English dump, where Scots is franc's close runner-up, is not unsure", () => {
    const document = documentFrom('news.txt', readFileSync(join(FIXTURES, 'text', 'news', 'source.txt')));
    expect(document.language).toBe('en');
    expect(document.warnings).not.toContain('language_uncertain');
  });

  it('too little text to tell is unsure; no letters at all is nothing to tell', () => {
    expect(languageOf('Merci beaucoup !')).toEqual({ language: null, uncertain: 'little_text' });
    expect(languageOf('2024 — 12 — 31 / 45 / 98 — 100 000 — 3.14 — 2.71 — 1.41')).toEqual({ language: null, uncertain: null });
  });
});

describe('ISO 639-1 codes', () => {
  it('names Mandarin by its macrolanguage "zh", not franc\'s "cmn"', () => {
    const text = '市政府周五公布了新的自行车道计划，这条自行车道将连接市中心广场和海滨，预计明年夏天之前完工，总费用约为三百万元，由省政府出资。';
    expect(languageOf(text).language).toBe('zh');
  });
});
