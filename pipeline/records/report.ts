// The build report: what happened to every capture that was not simply published — rejected
// files, skipped paths, duplicates, stage failures — so nothing is silently lost.
import Type from 'typebox';
import { SCHEMA_BASE_URI, Text } from './common.ts';

export const STAGES = ['discover', 'ingest', 'clean', 'metadata', 'claims', 'process', 'dedupe', 'publish'] as const;
export const SEVERITIES = ['error', 'warning', 'info'] as const;

export const Problem = Type.Object(
  {
    path: Type.String({ description: 'Capture path relative to raw/ ("" for the folder itself).' }),
    stage: Type.Enum(STAGES),
    code: Type.String({ pattern: '^[a-z][a-z0-9_]*$' }),
    severity: Type.Enum(SEVERITIES),
    message: Text(),
  },
  { additionalProperties: false },
);

export const BuildReport = Type.Object(
  {
    dataset: Text(),
    version: Text(),
    counts: Type.Object(
      {
        files: Type.Integer({ minimum: 0, description: 'Capture files found under raw/.' }),
        documents: Type.Integer({ minimum: 0, description: 'Documents published.' }),
        claims: Type.Integer({ minimum: 0 }),
        rejected: Type.Integer({ minimum: 0, description: 'Captures that produced no document (errors).' }),
        duplicates: Type.Integer({ minimum: 0, description: 'Captures byte-identical to another one.' }),
        near_duplicates: Type.Integer({
          minimum: 0,
          description: 'Pairs of documents with nearly the same text (the same article with different chrome); each pair is one near_duplicate problem.',
        }),
        skipped: Type.Integer({ minimum: 0, description: 'Paths under raw/ that are not captures (links, other files).' }),
      },
      { additionalProperties: false },
    ),
    problems: Type.Array(Problem),
  },
  {
    $id: `${SCHEMA_BASE_URI}build-report.schema.json`,
    title: 'Build report',
    description: 'What happened to the captures of one build that were not simply published.',
    additionalProperties: false,
  },
);

export type Problem = Type.Static<typeof Problem>;
export type BuildReport = Type.Static<typeof BuildReport>;
export type Stage = (typeof STAGES)[number];
