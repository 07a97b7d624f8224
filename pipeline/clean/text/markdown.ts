// Renders kept blocks as Markdown: blocks become an mdast tree (headings, lists, quotes,
// paragraphs) written as remark-stringify writes it (by MarkdownWriter, which escapes whatever
// Markdown would misread exactly as remark does).
import type { BlockContent, Root, RootContent } from 'mdast';
import { unified } from 'unified';
import remarkStringify from 'remark-stringify';
import type { Block } from '../../text/blocks.ts';
import { MarkdownWriter, unsafePatterns } from '../markdown-writer.ts';

const paragraph = (value: string): BlockContent => ({ type: 'paragraph', children: [{ type: 'text', value }] });

function toNode(block: Block): RootContent {
  switch (block.kind) {
    case 'heading':
      return { type: 'heading', depth: Math.min(6, Math.max(1, block.level ?? 2)) as 1 | 2 | 3 | 4 | 5 | 6, children: [{ type: 'text', value: block.text }] };
    case 'list':
      return {
        type: 'list',
        ordered: false,
        spread: false,
        children: (block.items ?? [block.text]).map((item) => ({ type: 'listItem', spread: false, children: [paragraph(item)] })),
      };
    case 'quote':
      return { type: 'blockquote', children: [paragraph(block.text)] };
    case 'code':
      return { type: 'code', value: block.text };
    default:
      return paragraph(block.text);
  }
}

const STRINGIFY_OPTIONS = { bullet: '-', emphasis: '_', rule: '-' } as const;

/** The reference serialiser (tests compare the writer with it). */
export const processor = unified().use(remarkStringify, STRINGIFY_OPTIONS);
export const writer = new MarkdownWriter(
  processor,
  unsafePatterns((text) => unified().use(remarkStringify, { ...STRINGIFY_OPTIONS, handlers: { text } })),
);

/** The kept blocks' mdast tree, which `blocksToMarkdown` writes. */
export const blocksToTree = (blocks: readonly Block[]): Root => ({ type: 'root', children: blocks.map(toNode) });

export function blocksToMarkdown(blocks: readonly Block[]): string {
  return blocks.length === 0 ? '' : writer.write(blocksToTree(blocks).children);
}
