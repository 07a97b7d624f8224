// Sorting more records than memory should hold: lines are buffered, sorted and spilled to run
// files in chunks, then merged back in key order. Keeps the claims table's memory flat however
// large the corpus grows.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readLines } from './lines.ts';

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export class ExternalSorter {
  private buffer: { key: string; line: string }[] = [];
  private runs: string[] = [];

  /** `dir` holds the run files; it is removed by `dispose`. */
  constructor(
    private readonly dir: string,
    private readonly maxInMemory = 20_000,
  ) {}

  async add(key: string, line: string): Promise<void> {
    this.buffer.push({ key, line });
    if (this.buffer.length >= this.maxInMemory) await this.spill();
  }

  private async spill(): Promise<void> {
    if (this.buffer.length === 0) return;
    this.buffer.sort((a, b) => compare(a.key, b.key));
    await mkdir(this.dir, { recursive: true });
    const path = join(this.dir, `run-${this.runs.length}.tsv`);
    // Keys hold no tab and JSON lines no newline, so "key\tline" splits back unambiguously.
    await writeFile(path, this.buffer.map(({ key, line }) => `${key}\t${line}\n`).join(''));
    this.runs.push(path);
    this.buffer = [];
  }

  /** Every line added, in key order. */
  async *sorted(): AsyncGenerator<string> {
    if (this.runs.length === 0) {
      this.buffer.sort((a, b) => compare(a.key, b.key));
      for (const { line } of this.buffer) yield line;
      return;
    }
    await this.spill();
    const readers = this.runs.map((path) => readLines(path));
    const heads = await Promise.all(readers.map((r) => r.next()));
    for (;;) {
      let best = -1;
      let bestKey = '';
      heads.forEach((head, i) => {
        if (head.done) return;
        const key = head.value.slice(0, head.value.indexOf('\t'));
        if (best < 0 || key < bestKey) [best, bestKey] = [i, key];
      });
      if (best < 0) return;
      const value = heads[best].value as string;
      yield value.slice(value.indexOf('\t') + 1);
      heads[best] = await readers[best].next();
    }
  }

  async dispose(): Promise<void> {
    this.buffer = [];
    await rm(this.dir, { recursive: true, force: true });
  }
}
