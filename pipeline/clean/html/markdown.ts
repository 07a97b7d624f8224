// Markdown of the kept blocks: an mdast tree built from the blocks' own phrasing (so headings,
// lists, quotes, tables and emphasis survive), serialised by remark-stringify with GFM tables.
import type { BlockContent, PhrasingContent, Root, RootContent, TableRow } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { Segment } from './segment.ts';

const processor = unified().use(remarkGfm).use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-' }).freeze();

const paragraph = (children: PhrasingContent[]) => ({ type: 'paragraph' as const, children });
const text = (value: string): PhrasingContent => ({ type: 'text', value });

function toNode(segment: Segment): RootContent | null {
  switch (segment.kind) {
    case 'heading':
      return { type: 'heading', depth: Math.min(Math.max(segment.level ?? 2, 1), 6) as 1 | 2 | 3 | 4 | 5 | 6, children: segment.phrasing };
    case 'list':
      return {
        type: 'list',
        ordered: segment.tag === 'ol',
        spread: false,
        children: (segment.items ?? []).map((item) => ({ type: 'listItem' as const, spread: false, children: [paragraph(item)] })),
      };
    case 'quote':
      return { type: 'blockquote', children: [paragraph(segment.phrasing) as BlockContent] };
    case 'code':
      return { type: 'code', value: segment.text };
    case 'table': {
      const rows = segment.rows ?? [];
      const width = Math.max(...rows.map((row) => row.length));
      const children: TableRow[] = rows.map((row) => ({
        type: 'tableRow',
        children: Array.from({ length: width }, (_, i) => ({ type: 'tableCell' as const, children: row[i] ? [text(row[i])] : [] })),
      }));
      return { type: 'table', children };
    }
    case 'caption':
      return paragraph([{ type: 'emphasis', children: segment.phrasing }]);
    case 'paragraph':
      return paragraph(segment.phrasing);
    default:
      return null;
  }
}

export function toMarkdown(segments: Segment[]): string {
  const tree: Root = { type: 'root', children: [] };
  for (const segment of segments) {
    const node = toNode(segment);
    if (node) tree.children.push(node);
  }
  return tree.children.length ? String(processor.stringify(tree)).trimEnd() + '\n' : '';
}
