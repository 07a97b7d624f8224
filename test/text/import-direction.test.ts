// The stages sit on shared layers and never on each other: pipeline/text/, pipeline/lexicon/,
// pipeline/ingest/ and pipeline/records/ import no stage, and clean, metadata and claims import
// none of one another (what two stages share lives below them). Read from the import lines.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers.ts';

const PIPELINE = join(PROJECT_ROOT, 'pipeline');
const STAGES = ['clean', 'metadata', 'claims'];
const ABOVE_STAGES = ['run', 'publish', 'cli', 'validate', 'release'];
const SHARED = ['text', 'lexicon', 'ingest', 'records'];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(folder, name));
}

/** The top-level pipeline folder each relative import of a file lands in. */
function importedFolders(file: string): { specifier: string; folder: string }[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map(([, specifier]) => {
    const target = relative(PIPELINE, resolve(dirname(file), specifier!));
    return { specifier: specifier!, folder: target.split(/[\\/]/)[0]! };
  });
}

function offending(folder: string, forbidden: readonly string[]): string[] {
  return sourceFiles(join(PIPELINE, folder)).flatMap((file) =>
    importedFolders(file)
      .filter(({ folder: target }) => forbidden.includes(target))
      .map(({ specifier }) => `${relative(PROJECT_ROOT, file)} imports ${specifier}`),
  );
}

describe('import direction', () => {
  it.each(SHARED)('pipeline/%s/ imports no stage', (folder) => {
    expect(offending(folder, [...STAGES, ...ABOVE_STAGES])).toEqual([]);
  });

  it.each(STAGES)('pipeline/%s/ imports no other stage', (stage) => {
    expect(offending(stage, [...STAGES.filter((other) => other !== stage), ...ABOVE_STAGES])).toEqual([]);
  });

  it('sees imports at all (the check reads real import lines)', () => {
    const folders = sourceFiles(join(PIPELINE, 'metadata')).flatMap((file) => importedFolders(file).map(({ folder }) => folder));
    expect(folders).toContain('text');
  });
});
