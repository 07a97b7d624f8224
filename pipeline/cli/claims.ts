// `pagepress claims`: claims for text that is already clean (JSON lines {id, text, language?, published?}
// or .txt files), without the cleaning stage. For researchers with clean corpora, and for benchmarks.
// The extractor is imported only when the command runs, so other commands never load it.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { reportFailure, UsageError } from './common.ts';

interface ClaimsDocument {
  id: string;
  text: string;
  language: string | null;
  published: string | null;
}

/** A document id in the dataset's form: kept when the input's id already is one, else derived from it. */
function documentIdOf(id: string): string {
  return /^doc_[0-9a-f]{16}$/.test(id) ? id : `doc_${createHash('sha256').update(id).digest('hex').slice(0, 16)}`;
}

function parseJsonLines(source: string, text: string): ClaimsDocument[] {
  const documents: ClaimsDocument[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new UsageError(`${source}:${i + 1}: not JSON`);
    }
    const v = value as Record<string, unknown>;
    if (typeof v.id !== 'string' || typeof v.text !== 'string') throw new UsageError(`${source}:${i + 1}: needs string fields "id" and "text"`);
    documents.push({
      id: v.id,
      text: v.text,
      language: typeof v.language === 'string' ? v.language : null,
      published: typeof v.published === 'string' ? v.published : null,
    });
  });
  return documents;
}

async function readInput(file: string): Promise<ClaimsDocument[]> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return parseJsonLines('stdin', Buffer.concat(chunks).toString('utf8'));
  }
  const text = await readFile(file, 'utf8').catch(() => {
    throw new UsageError(`${file}: cannot read`);
  });
  if (/\.txt$/i.test(file)) return [{ id: basename(file), text, language: null, published: null }];
  return parseJsonLines(file, text);
}

export function registerClaims(program: Command): void {
  program
    .command('claims')
    .description('extract claims (PLOVER-coded) from already-clean text, without cleaning')
    .argument('[files...]', 'JSON-lines files of {id, text, language?, published?}, .txt files (id = file name), or - for JSON lines on stdin', ['-'])
    .option('--jsonl', 'print one claim record per line as JSON (with source_id, the input id)')
    .addHelpText(
      'after',
      [
        '',
        'Without --jsonl, prints one line per claim: source id, subject, relation, PLOVER event, object, modality, evidence.',
        // Written out, not read from the packs: importing them would load their data on every command's start-up
        // (about 40 ms of a 0.2 s --help); test/cli/cli.test.ts checks this list against SUPPORTED_LANGUAGES.
        'Languages read: en, fr. A text with another language gets no claims; one without a language is read in each.',
        'Examples:',
        '  pagepress claims --jsonl corpus.jsonl > claims.jsonl',
        '  echo \'{"id":"a","text":"Algeria bought fighters from Russia."}\' | pagepress claims',
      ].join('\n'),
    )
    .action(async (files: string[], options: { jsonl?: boolean }) => {
      try {
        const { extractClaims } = await import('../claims/index.ts');
        for (const file of files.length > 0 ? files : ['-']) {
          for (const document of await readInput(file)) {
            const claims = extractClaims({ id: documentIdOf(document.id), text: document.text, language: document.language });
            for (const claim of claims) {
              if (options.jsonl) process.stdout.write(`${JSON.stringify({ source_id: document.id, ...claim })}\n`);
              else
                process.stdout.write(
                  `${document.id}\t${claim.subject.id}\t${claim.relation}\t${claim.event ?? '-'}\t${claim.object.id}\t${claim.modality}\t${claim.text}\n`,
                );
            }
          }
        }
      } catch (error) {
        reportFailure(error);
      }
    });
}
