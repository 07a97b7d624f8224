// `--help` on the bench scripts (bench/usage.ts): the script's leading comment is printed and the bench
// itself never starts (before, `--help` ran the whole bench).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leadingComment } from '../../bench/usage.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('bench --help', () => {
  it('takes the leading // block, without its markers, and stops at the first other line', () => {
    expect(leadingComment('#!/usr/bin/env node\n// usage: x [--y]\n//\n//   --y does y\nimport a from "b";\n// not this\n')).toBe(
      'usage: x [--y]\n\n  --y does y',
    );
    expect(leadingComment('import a from "b";\n')).toBe('');
  });

  it('prints the script header and exits 0 without running the bench', () => {
    const script = join(ROOT, 'bench', 'stage-cpu.ts');
    const run = spawnSync(process.execPath, ['--import', 'tsx', script, '--help'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${leadingComment(readFileSync(script, 'utf8'))}\n`);
    expect(run.stdout).toContain('npx tsx bench/stage-cpu.ts [EVERY] [ROUNDS]');
  }, 90_000);

  it('prints the header when the script is reached through a symlink', () => {
    const script = join(ROOT, 'bench', 'stage-cpu.ts');
    const folder = mkdtempSync(join(tmpdir(), 'pagepress-usage-'));
    try {
      const link = join(folder, 'stage-cpu.ts');
      symlinkSync(script, link);
      const run = spawnSync(process.execPath, ['--import', 'tsx', link, '--help'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(`${leadingComment(readFileSync(script, 'utf8'))}\n`);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 90_000);

  it.each(['cpu-profile', 'explorer', 'plover-actors', 'language', 'lexicon-seen', 'actor-fixtures', 'event-fixtures'])(
    'bench/%s.ts --help prints its usage and nothing else',
    (name) => {
      const script = join(ROOT, 'bench', `${name}.ts`);
      const run = spawnSync(process.execPath, ['--import', 'tsx', script, '--help'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(`${leadingComment(readFileSync(script, 'utf8'))}\n`);
      expect(run.stdout).toMatch(/Usage|Run:|Printed by|npx tsx bench/);
    },
    90_000,
  );
});
