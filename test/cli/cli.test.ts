// The pagepress command run as a user would: a subprocess, with its exit codes and messages.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, PROJECT_VERSION } from '../helpers.ts';
import { SUPPORTED_LANGUAGES } from '../../pipeline/claims/language-packs.ts';

const BIN = join(PROJECT_ROOT, 'bin', 'pagepress.js');
const run = (args: string[], cwd = PROJECT_ROOT) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: '1' } });

let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'pagepress-cli-'));
  cpSync(join(PROJECT_ROOT, 'raw'), join(work, 'raw'), { recursive: true });
  cpSync(join(PROJECT_ROOT, 'pagepress.config.json'), join(work, 'pagepress.config.json'));
});

describe('pagepress CLI', () => {
  it('prints help for the program and every subcommand', () => {
    const top = run(['--help']);
    expect(top.status).toBe(0);
    for (const command of ['build', 'extract', 'validate']) {
      expect(top.stdout).toContain(command);
      const sub = run([command, '--help']);
      expect(sub.status).toBe(0);
      expect(sub.stdout).toContain(`Usage: pagepress ${command}`);
    }
  });

  it("names the claims extractor's languages, those of the registered packs", () => {
    const help = run(['claims', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain(`Languages read: ${SUPPORTED_LANGUAGES.join(', ')}.`);
  });

  it('builds, then validates, the dataset; a second build is a no-op', () => {
    const built = run(['build'], work);
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
    expect(built.stdout).toMatch(
      new RegExp(
        `^wrote dist/${PROJECT_VERSION.replaceAll('.', '\\.')}: 2 documents, \\d+ claims from 2 files \\(0 rejected, 0 duplicates, 0 near-duplicate pairs, 0 skipped\\)`,
      ),
    );
    const again = run(['build'], work);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`^up to date: dist/${PROJECT_VERSION.replaceAll('.', '\\.')}`));
    const validated = run(['validate'], work);
    expect(validated.status).toBe(0);
    expect(validated.stdout).toMatch(new RegExp(`^valid: dist/${PROJECT_VERSION.replaceAll('.', '\\.')} \\(2 documents, \\d+ claims\\)`));
  });

  it('refuses to rewrite a published version with different content', () => {
    const root = mkdtempSync(join(tmpdir(), 'pagepress-cli-bump-'));
    cpSync(work, root, { recursive: true });
    writeFileSync(join(root, 'raw', 'extra.txt'), 'A new capture about Algeria and Russia, with one sentence of text that is long enough.\n');
    const result = run(['build'], root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('already exists with different content');
    expect(result.stderr).toContain('Bump "version"');
  });

  it('extracts records as JSON lines without writing anything', () => {
    const result = run(['extract', '--jsonl', join(work, 'raw')]);
    expect(result.status).toBe(0);
    const records = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records.map((r) => r.source.path).sort()).toEqual(['000_a3cbe3ac026cc08e.txt', '001_67e2fd2ea150fe7d.txt']);
    for (const record of records) {
      expect(record).toHaveProperty('title');
      expect(record).toHaveProperty('authors');
      expect(record).toHaveProperty('published');
      expect(record.text.length).toBeGreaterThan(200);
      expect(Array.isArray(record.claims)).toBe(true);
    }
  });

  it('says clearly when a path does not exist', () => {
    const extract = run(['extract', join(work, 'no-such-file.html')]);
    expect(extract.status).not.toBe(0);
    expect(extract.stderr).toMatch(/^pagepress: .*no-such-file\.html: no such file or folder/);
    const validate = run(['validate', join(work, 'dist', '9.9.9')]);
    expect(validate.status).not.toBe(0);
    expect(validate.stderr).toContain('9.9.9');
    const build = run(['build', '--raw', join(work, 'missing-raw')], work);
    expect(build.status).not.toBe(0);
    expect(build.stderr).toMatch(/^pagepress: .*missing-raw/);
    expect(build.stderr).not.toContain('internal error');
  });

  it('rejects a bad flag value with a usage message', () => {
    const result = run(['build', '--concurrency', 'zero'], work);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('--concurrency');
  });
});
