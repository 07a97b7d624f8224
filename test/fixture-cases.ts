// Fixture cases, one folder per case: test/fixtures/<stage>/<case>/ holds source.html and/or
// source.txt, expected.txt (main text) and/or expected.json (fields), and optionally dropped.json
// (blocks the stage must drop); test/fixtures/<stage>/floors.json holds the stage's score floors.
// Tests find a stage's cases by listing its folder, so adding a case is adding a folder.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Capture } from '../pipeline/ingest/capture.ts';
import type { Block } from '../pipeline/text/blocks.ts';
import { FIXTURES, fixtureCapture } from './helpers.ts';

export type SourceFile = 'source.html' | 'source.txt';
const SOURCES: SourceFile[] = ['source.html', 'source.txt'];
const EXPECTED = ['expected.txt', 'expected.json'];

export interface FixtureCase {
  stage: string;
  /** The folder's name: the case's name in test titles. */
  name: string;
  dir: string;
  /** A file of the case, relative to test/fixtures/ (for processFixture and fixtureCapture). */
  path(file: string): string;
  /** The case's captures that exist, HTML first. */
  sources: SourceFile[];
  has(file: string): boolean;
  text(file: string): string;
  json<T>(file: string): T;
  /** A source decoded as the pipeline would, named after the case (`<case>.html`). */
  capture(source: SourceFile): Capture;
}

/**
 * Every case of a stage, sorted by name. Throws when the stage holds no case, or a case has no
 * source or no expected file, so a test over the cases fails rather than passing on nothing.
 */
export function stageCases(stage: string): FixtureCase[] {
  const stageDir = join(FIXTURES, stage);
  const names = readdirSync(stageDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  if (names.length === 0) throw new Error(`test/fixtures/${stage} holds no case folder`);
  return names.map((name) => {
    const dir = join(stageDir, name);
    const has = (file: string) => existsSync(join(dir, file));
    const sources = SOURCES.filter(has);
    if (sources.length === 0) throw new Error(`test/fixtures/${stage}/${name} has neither source.html nor source.txt`);
    if (!EXPECTED.some(has)) throw new Error(`test/fixtures/${stage}/${name} has neither expected.txt nor expected.json`);
    return {
      stage,
      name,
      dir,
      path: (file) => join(stage, name, file),
      sources,
      has,
      text: (file) => readFileSync(join(dir, file), 'utf8'),
      json: <T>(file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T,
      capture: (source) => fixtureCapture(join(stage, name, source)),
    };
  });
}

/** The stage's floors.json (score floors beside its cases). Throws when it is missing. */
export function stageFloors<T>(stage: string): T {
  return JSON.parse(readFileSync(join(FIXTURES, stage, 'floors.json'), 'utf8')) as T;
}

/**
 * One block a case's dropped.json says the stage must drop, found by a piece of its text; every
 * other field (kind, and the rule id once blocks carry one) must equal the dropped block's.
 */
export type DroppedBlock = { text: string } & Record<string, unknown>;

/** A case's dropped.json: what it checks, and the blocks. */
export interface DroppedFile {
  about: string;
  blocks: DroppedBlock[];
}

/**
 * The blocks of a dropped.json that no dropped block matches: empty when every one is dropped as
 * stated. Throws on a dropped.json that lists no block, which would check nothing.
 */
export function unmatchedDrops(blocks: Block[], expected: DroppedFile): DroppedBlock[] {
  if (!expected.blocks?.length) throw new Error('dropped.json lists no block');
  const dropped = blocks.filter((block) => !block.kept) as unknown as Record<string, unknown>[];
  return expected.blocks.filter(
    ({ text, ...fields }) =>
      !dropped.some(
        (block) =>
          String(block.text).includes(text) && Object.entries(fields).every(([field, value]) => JSON.stringify(block[field]) === JSON.stringify(value)),
      ),
  );
}
