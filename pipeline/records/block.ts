// The block record: one block of a captured page as the cleaner saw it — kept as article text or
// dropped as chrome, with the reason — so anyone can audit what was thrown away and why.
import Type from 'typebox';
import { Nullable, Text, SCHEMA_BASE_URI } from './common.ts';

export const BlockRecord = Type.Object(
  {
    document_id: Type.String({ pattern: '^doc_[0-9a-f]{16}$' }),
    position: Type.Integer({ minimum: 0, description: 'Order of the block in the page, from 0.' }),
    kind: Type.String({
      pattern: '^[a-z][a-z-]*$',
      description:
        'What the block is: paragraph, heading, list, quote, table, caption, code (article text) or title, byline, menu, share, related, comment, footer, … (chrome).',
    }),
    kept: Type.Boolean({ description: 'True when the block is part of the clean text.' }),
    reason: Nullable(Text({ description: 'Why a dropped block was dropped; null for kept blocks.' })),
    text: Type.String({ description: 'The block text, white space normalised.' }),
    start: Nullable(Type.Integer({ minimum: 0, description: 'Start offset of the block in the decoded capture, when known.' })),
    end: Nullable(Type.Integer({ minimum: 0, description: 'End offset of the block in the decoded capture, when known.' })),
  },
  {
    $id: `${SCHEMA_BASE_URI}block.schema.json`,
    title: 'Block',
    description: 'One block of a captured page as the cleaner classified it: kept as article text or dropped as chrome, with the reason.',
    additionalProperties: false,
  },
);

export type BlockRecord = Type.Static<typeof BlockRecord>;
