// Counts regex literals that hold an inline word list (an alternation of two or more letter words, as
// /\\b(by|par|von)\\b/) in the given folders, per file: the measure of issue 13 "one lexicon".
// Usage: node scripts/count-word-regexes.mjs pipeline/clean pipeline/metadata   (V=1 lists each one)
import ts from 'typescript';
import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
const dirs = process.argv.slice(2);
const files = execSync(`find ${dirs.join(' ')} -name '*.ts'`)
  .toString()
  .trim()
  .split('\n')
  .filter(Boolean);
const _wordAlt = /(?:^|[(|:])(?:\\b)?[\p{L}'’][\p{L}\p{M}'’.\- ]*\??\|(?:\\b)?[\p{L}'’][\p{L}\p{M}'’.\- ]*/u;
let total = 0;
const per = {};
for (const file of files) {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const body = node.text.slice(1, node.text.lastIndexOf('/'));
      // words: alternatives of at least two letters each, at least two such alternatives
      const alts = body.split(/[|()]/).map((a) => a.replace(/\\b|\?:|[\^$?*+]|\\s[+*]?/g, '').trim());
      const words = alts.filter((a) => /^[\p{L}\p{M}'’ .-]{2,}$/u.test(a));
      if (words.length >= 2 && body.includes('|')) {
        total++;
        per[file] = (per[file] ?? 0) + 1;
        if (process.env.V) console.log(file + ':' + (src.getLineAndCharacterOfPosition(node.getStart()).line + 1) + ' ' + node.text.slice(0, 120));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
}
for (const [f, n] of Object.entries(per).sort()) console.log(String(n).padStart(4), f);
console.log(String(total).padStart(4), 'total');
