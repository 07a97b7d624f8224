// MarkdownWriter must write exactly what remark-stringify writes for the same mdast tree (it
// replaces remark in the cleaners for speed; pipeline/clean/markdown-writer.ts). Two checks: every
// fixture page's Markdown, each cleaner's tree written both ways; and generated trees of the shapes
// the cleaners build, with text made of the characters Markdown escapes (at line starts, around
// emphasis, in headings, lists, quotes, tables), for the GFM processor (HTML) and the plain one (dumps).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { describe, expect, it, vi } from 'vitest';
import * as htmlMarkdown from '../../pipeline/clean/html/markdown.ts';
import { cleanPage } from '../../pipeline/clean/index.ts';
import * as textMarkdown from '../../pipeline/clean/text/markdown.ts';
import { decodeCapture } from '../../pipeline/ingest/decode.ts';
import { toPage } from '../../pipeline/ingest/page.ts';

/** Each Markdown the cleaners wrote, beside remark's for the same tree. */
const written: { writer: string; remark: string }[] = [];

vi.mock('../../pipeline/clean/html/markdown.ts', async (importOriginal) => {
  const original = await importOriginal<typeof htmlMarkdown>();
  return {
    ...original,
    toMarkdown: (segments: Parameters<typeof original.toMarkdown>[0]) => {
      const ours = original.toMarkdown(segments);
      const tree = original.segmentsToTree(segments);
      written.push({ writer: ours, remark: tree.children.length ? `${String(original.processor.stringify(tree)).trimEnd()}\n` : '' });
      return ours;
    },
  };
});
vi.mock('../../pipeline/clean/text/markdown.ts', async (importOriginal) => {
  const original = await importOriginal<typeof textMarkdown>();
  return {
    ...original,
    blocksToMarkdown: (blocks: Parameters<typeof original.blocksToMarkdown>[0]) => {
      const ours = original.blocksToMarkdown(blocks);
      written.push({ writer: ours, remark: blocks.length ? String(original.processor.stringify(original.blocksToTree(blocks))) : '' });
      return ours;
    },
  };
});

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

function captures(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return captures(path);
    return /^source\.(html|txt)$/.test(name) ? [path] : [];
  });
}

describe('MarkdownWriter on the fixtures', () => {
  it("writes every fixture page's Markdown as remark does", () => {
    const files = captures(FIXTURES);
    for (const file of files) cleanPage(toPage(decodeCapture(file, readFileSync(file))));
    // Both cleaners ran, and on enough pages to cover the writer's node kinds.
    expect(files.filter((file) => file.endsWith('.html')).length).toBeGreaterThan(50);
    expect(files.filter((file) => file.endsWith('.txt')).length).toBeGreaterThan(30);
    expect(written.length).toBe(files.length);
    const differing = written.filter((pair) => pair.writer !== pair.remark);
    expect(differing.slice(0, 3)).toEqual([]);
  });
});

// ---- generated trees ----

/** Characters that start or end Markdown constructs, and some that decide around them. */
const CHARACTERS = [...'aZ 1.)-+*_#>=<[]!()&`~|:@\\/wWps\n\t\r\u00a0é中.', 'a', 'b', ' ', 'x1', '2.', 'QZQ', '\u{1F600}'];
const textValue = fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 12 }).map((parts) => parts.join(''));
const text = textValue.map((value): PhrasingContent => ({ type: 'text', value }));
const br: fc.Arbitrary<PhrasingContent> = fc.constant({ type: 'break' });
const URLS = [
  'https://example.org/a_b',
  'b',
  'mailto:x@example.org',
  'https://example.org/a b<c>',
  '',
  'http://x.org/(a)*_[1]',
  'ftp://x\\y',
  'http://x.org/a\\*b',
];

const phrasing = fc.letrec<{ node: PhrasingContent; nodes: PhrasingContent[] }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    text,
    br,
    tie('nodes').map((children): PhrasingContent => ({ type: 'emphasis', children: children as never })),
    tie('nodes').map((children): PhrasingContent => ({ type: 'strong', children: children as never })),
    tie('nodes').map((children): PhrasingContent => ({ type: 'delete', children: children as never })),
    fc.tuple(fc.constantFrom(...URLS), tie('nodes')).map(([url, children]): PhrasingContent => ({ type: 'link', url, children: children as never })),
    // A link whose text is its address: written <url> where it can be.
    fc.constantFrom(...URLS).map((url): PhrasingContent => ({ type: 'link', url, children: [{ type: 'text', value: url.replace(/^mailto:/, '') }] })),
  ),
  nodes: fc.array(tie('node'), { maxLength: 4 }),
})).nodes;
/** Only text and breaks: what dumps hold. */
const plainPhrasing = fc.array(fc.oneof(text, text, br), { maxLength: 5 });
/** Text, breaks and links of those: the phrasing the writer writes itself (the rest it hands to remark). */
const linkedPhrasing = fc.array(
  fc.oneof(
    text,
    text,
    br,
    fc.tuple(fc.constantFrom(...URLS), plainPhrasing).map(([url, children]): PhrasingContent => ({ type: 'link', url, children: children as never })),
    fc.constantFrom(...URLS).map((url): PhrasingContent => ({ type: 'link', url, children: [{ type: 'text', value: url.replace(/^mailto:/, '') }] })),
  ),
  { maxLength: 5 },
);

const flow = (inline: fc.Arbitrary<PhrasingContent[]>) =>
  fc.oneof(
    inline.map((children): RootContent => ({ type: 'paragraph', children })),
    fc.tuple(fc.integer({ min: 1, max: 6 }), inline).map(([depth, children]): RootContent => ({ type: 'heading', depth: depth as 1, children })),
    fc.tuple(fc.boolean(), fc.array(inline, { maxLength: 4 })).map(
      ([ordered, items]): RootContent => ({
        type: 'list',
        ordered,
        spread: false,
        children: items.map((children) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] })),
      }),
    ),
    inline.map((children): RootContent => ({ type: 'blockquote', children: [{ type: 'paragraph', children }] })),
    textValue.map((value): RootContent => ({ type: 'code', value })),
    fc.array(fc.array(textValue, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }).map(
      (rows): RootContent => ({
        type: 'table',
        children: rows.map((row) => ({
          type: 'tableRow',
          children: row.map((value) => ({ type: 'tableCell', children: value ? [{ type: 'text', value }] : [] })),
        })),
      }),
    ),
  );

const tree = (inline: fc.Arbitrary<PhrasingContent[]>) => fc.array(flow(inline), { minLength: 1, maxLength: 5 });

describe('MarkdownWriter on generated trees', () => {
  for (const [name, module] of [
    ['GFM (HTML pages)', htmlMarkdown],
    ['plain (text dumps)', textMarkdown],
  ] as const) {
    it(`writes what remark writes, ${name}`, () => {
      // Dumps' trees hold no tables; the plain processor cannot write one.
      const shapes = name.startsWith('GFM')
        ? fc.oneof(tree(phrasing), tree(linkedPhrasing))
        : tree(plainPhrasing).map((nodes) => nodes.filter((node) => node.type !== 'table'));
      fc.assert(
        fc.property(shapes, (children) => {
          const root: Root = { type: 'root', children };
          expect(module.writer.write(children)).toBe(String(module.processor.stringify(root)));
        }),
        { numRuns: 1000 },
      );
    });
  }

  it('writes emphasis and strong between texts and links as remark does', () => {
    // Runs of text and links with words at their edges or not, beside texts that end in letters,
    // spaces or punctuation: the writer writes those remark writes in its first markers and hands
    // the rest on.
    const run = fc
      .tuple(fc.constantFrom('emphasis', 'strong'), linkedPhrasing)
      .map(([type, children]): PhrasingContent => ({ type: type as 'emphasis', children: children as never }));
    const mixed = fc.array(fc.oneof(text, text, run, run), { maxLength: 6 });
    fc.assert(
      fc.property(tree(mixed), (children) => {
        expect(htmlMarkdown.writer.write(children)).toBe(String(htmlMarkdown.processor.stringify({ type: 'root', children })));
      }),
      { numRuns: 3000 },
    );
  });

  it('writes a caption, a bold lead-in and a heading with emphasis without the processor, and hands on what remark would mark otherwise', () => {
    const stringify = vi.spyOn(htmlMarkdown.processor, 'stringify');
    try {
      const writer = htmlMarkdown.writer;
      const t = (value: string): PhrasingContent => ({ type: 'text', value });
      const own: RootContent[] = [
        { type: 'paragraph', children: [{ type: 'emphasis', children: [t('The harbour at dawn, seen from the old lighthouse')] }] },
        { type: 'paragraph', children: [{ type: 'strong', children: [t('Update')] }, t(': the ferry runs again (since Monday).')] },
        { type: 'heading', depth: 2, children: [t('What the '), { type: 'emphasis', children: [t('tide tables')] }, t(' say')] },
      ];
      const expected = String(htmlMarkdown.processor.stringify({ type: 'root', children: own }));
      stringify.mockClear();
      expect(writer.write(own)).toBe(expected);
      expect(expected).toBe(
        '_The harbour at dawn, seen from the old lighthouse_\n\n**Update**: the ferry runs again (since Monday).\n\n## What the _tide tables_ say\n',
      );
      expect(stringify).not.toHaveBeenCalled();
      // A run inside a word, with a space inside its markers, or beside another run (also where an
      // empty text between them writes nothing): remark may encode a character or change markers, so
      // the processor writes these.
      const handedOn: RootContent[] = [
        { type: 'paragraph', children: [t('re'), { type: 'emphasis', children: [t('open')] }, t('ed')] },
        { type: 'paragraph', children: [{ type: 'strong', children: [t(' spaced ')] }] },
        {
          type: 'paragraph',
          children: [
            { type: 'strong', children: [t('bold')] },
            { type: 'emphasis', children: [t('then slanted')] },
          ],
        },
        { type: 'heading', depth: 1, children: [{ type: 'strong', children: [t('one')] }, t(''), { type: 'strong', children: [t('two')] }] },
      ];
      const remark = String(htmlMarkdown.processor.stringify({ type: 'root', children: handedOn }));
      stringify.mockClear();
      expect(writer.write(handedOn)).toBe(remark);
      // All four go to the processor, in the one root it is called with.
      expect(stringify).toHaveBeenCalledTimes(1);
      const root = stringify.mock.calls[0]![0] as Root;
      for (const node of handedOn) expect(root.children).toContain(node);
    } finally {
      stringify.mockRestore();
    }
  });

  it('alternates the bullets of lists that follow each other, as remark does', () => {
    const list = (ordered: boolean): RootContent => ({
      type: 'list',
      ordered,
      spread: false,
      children: [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'item' }] }] }],
    });
    const children = [list(false), list(false), list(true), list(true), list(false)];
    const ours = htmlMarkdown.writer.write(children);
    expect(ours).toBe(String(htmlMarkdown.processor.stringify({ type: 'root', children })));
    expect(ours).toBe('- item\n\n* item\n\n1. item\n\n1) item\n\n- item\n');
  });
});
