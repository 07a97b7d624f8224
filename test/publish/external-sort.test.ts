// External sorting: more lines than fit in one run come back in key order, none lost.
import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExternalSorter } from '../../pipeline/publish/external-sort.ts';

describe('ExternalSorter', () => {
  it('merges spilled runs back into key order', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'pagepress-sort-')), 'runs');
    const sorter = new ExternalSorter(dir, 7);
    const keys = Array.from({ length: 100 }, (_, i) => `k${String((i * 37) % 100).padStart(3, '0')}`);
    for (const key of keys) await sorter.add(key, JSON.stringify({ key, note: 'tab\there' }));
    expect(existsSync(dir)).toBe(true);
    const out: string[] = [];
    for await (const line of sorter.sorted()) out.push(JSON.parse(line).key);
    expect(out).toEqual([...keys].sort());
    await sorter.dispose();
    expect(existsSync(dir)).toBe(false);
  });

  it('sorts in memory when everything fits', async () => {
    const sorter = new ExternalSorter(join(tmpdir(), 'never-created'), 1000);
    for (const key of ['b', 'c', 'a']) await sorter.add(key, key);
    const out: string[] = [];
    for await (const line of sorter.sorted()) out.push(line);
    expect(out).toEqual(['a', 'b', 'c']);
  });
});
