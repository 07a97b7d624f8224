// `--help` (or `-h`) for the bench scripts: prints the leading comment of the script being run (its
// usage, written once, at its top) and exits before the bench runs. A bench imports this module first,
// so that the exit comes before its other imports load the pipeline (ES modules run in import order).
// It acts only when the process was started on a script in bench/, so a test that imports a bench's
// helpers is never stopped by it.
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** The leading `//` comment block of a source text, without the comment markers. */
export function leadingComment(source: string): string {
  const lines: string[] = [];
  for (const line of source.replace(/^#!.*\n/, '').split('\n')) {
    if (!line.startsWith('//')) break;
    lines.push(line.replace(/^\/\/ ?/, ''));
  }
  return lines.join('\n');
}

// The real path: a script reached through a symlink is still a bench script (import.meta.dirname is real).
const entry = process.argv[1] ? realOrAsGiven(resolve(process.argv[1])) : '';
function realOrAsGiven(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
const asked = process.argv.slice(2).some((arg) => arg === '--help' || arg === '-h');
if (asked && dirname(entry) === import.meta.dirname) {
  console.log(leadingComment(readFileSync(entry, 'utf8')));
  process.exit(0);
}
