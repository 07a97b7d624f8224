// Two builds of the same raw/ give byte-identical files.
import { describe, expect, it } from 'vitest';
import { readTree } from '../../pipeline/publish/write-version.ts';
import { buildSeedsInto } from '../build-fixture.ts';

describe('determinism', () => {
  it('builds byte-identical versions into two folders', async () => {
    const [a, b] = [await buildSeedsInto('pagepress-a-'), await buildSeedsInto('pagepress-b-')];
    const [treeA, treeB] = [await readTree(a.versionDir), await readTree(b.versionDir)];
    expect([...treeA.keys()]).toEqual([...treeB.keys()]);
    expect([...treeA.keys()]).toEqual(
      expect.arrayContaining(['documents.jsonl.gz', 'documents.csv', 'claims.jsonl.gz', 'claims.csv', 'datapackage.json', 'SHA256SUMS', 'README.md']),
    );
    for (const [name, content] of treeA) expect(content.equals(treeB.get(name)!), name).toBe(true);
  });
});
