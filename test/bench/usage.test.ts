// `--help` on the bench scripts (bench/usage.ts): the script's leading comment is printed and the bench
// itself never starts (before, `--help` ran the whole bench).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
});
