// What changed between two dataset versions: records added, removed and changed (with the fields
// that changed) per table, schema changes classed as compatible or not, counts, and the semantic
// version bump that follows (major: incompatible schema change; minor: records or fields added or
// removed; patch: corrections to existing records). Streams the JSONL files, keeping one hash per
// record, so it works on large versions.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { isDeepStrictEqual } from 'node:util';

export type Bump = 'major' | 'minor' | 'patch' | 'none';

export interface TableChanges {
  added: string[];
  removed: string[];
  changed: { id: string; fields: string[] }[];
}

export interface SchemaChange {
  file: string;
  compatible: boolean;
  notes: string[];
}

export interface Changes {
  from: string | null;
  to: string;
  bump: Bump;
  reasons: string[];
  counts: Record<string, { from: number; to: number }>;
  tables: Record<string, TableChanges>;
  schemas: { added: string[]; removed: string[]; changed: SchemaChange[] };
}

/** How records of each JSONL table are keyed for comparison (blocks compare per document). */
const TABLE_KEYS: Record<string, (record: Record<string, unknown>) => string> = {
  documents: (r) => String(r.id),
  claims: (r) => String(r.id),
  blocks: (r) => String(r.document_id),
};

/** At most this many changed records get a field-by-field comparison. */
const DETAILED_CHANGES = 2000;

const exists = (path: string) => stat(path).then(() => true, () => false);

async function* jsonl(path: string): AsyncGenerator<{ line: string; record: Record<string, unknown> }> {
  if (!(await exists(path))) return;
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) if (line) yield { line, record: JSON.parse(line) };
}

/** key → hash of all its lines, in order. Digests, not hash objects, so a million keys stay small. */
async function hashes(path: string, key: (r: Record<string, unknown>) => string): Promise<Map<string, string>> {
  const grouped = new Map<string, string>();
  for await (const { line, record } of jsonl(path)) {
    const k = key(record);
    grouped.set(k, createHash('sha256').update(grouped.get(k) ?? '').update(line).digest('base64'));
  }
  return grouped;
}

/**
 * key → field → hash of the field's value, for the records asked for. Hashes rather than records:
 * the records of changed documents carry whole texts, too many of them to hold at once. Values
 * compare as their JSON, which the writer emits in one canonical key order.
 */
async function fieldHashesFor(path: string, key: (r: Record<string, unknown>) => string, wanted: Set<string>) {
  const found = new Map<string, Map<string, string>>();
  for await (const { record } of jsonl(path)) {
    const k = key(record);
    if (!wanted.has(k)) continue;
    found.set(k, new Map(Object.entries(record).map(([field, value]) => [field, createHash('sha256').update(JSON.stringify(value) ?? '').digest('base64')])));
  }
  return found;
}

async function diffTable(oldDir: string | null, newDir: string, table: string): Promise<{ changes: TableChanges; counts: { from: number; to: number } }> {
  const key = TABLE_KEYS[table];
  const file = `${table}.jsonl`;
  const before = oldDir ? await hashes(join(oldDir, file), key) : new Map<string, string>();
  const after = await hashes(join(newDir, file), key);
  const added = [...after.keys()].filter((k) => !before.has(k)).sort();
  const removed = [...before.keys()].filter((k) => !after.has(k)).sort();
  const changedIds = [...after.keys()].filter((k) => before.has(k) && before.get(k) !== after.get(k)).sort();
  const detailed = new Set(changedIds.slice(0, DETAILED_CHANGES));
  const [oldRecords, newRecords] = oldDir && detailed.size && table !== 'blocks'
    ? await Promise.all([fieldHashesFor(join(oldDir, file), key, detailed), fieldHashesFor(join(newDir, file), key, detailed)])
    : [new Map<string, Map<string, string>>(), new Map<string, Map<string, string>>()];
  const changed = changedIds.map((id) => {
    const [a, b] = [oldRecords.get(id), newRecords.get(id)];
    const fields = a && b ? [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)) : [];
    return { id, fields };
  });
  return { changes: { added, removed, changed }, counts: { from: before.size, to: after.size } };
}

interface SchemaNode {
  type?: string;
  anyOf?: SchemaNode[];
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  [key: string]: unknown;
}

/** Compares two schemas: what an old record or an old reader would trip over is incompatible. */
function compareSchemas(a: SchemaNode, b: SchemaNode, path: string, notes: string[], incompatible: { value: boolean }): void {
  const types = (n: SchemaNode) => JSON.stringify((n.anyOf ?? [n]).map((o) => o.type ?? (o.enum ? 'enum' : 'other')).sort());
  if (types(a) !== types(b)) {
    notes.push(`${path}: type changed from ${types(a)} to ${types(b)}`);
    incompatible.value = true;
    return;
  }
  const enumOf = (n: SchemaNode) => (n.anyOf ?? [n]).flatMap((o) => (o.enum ?? []) as unknown[]);
  const [ea, eb] = [enumOf(a), enumOf(b)];
  const lost = ea.filter((v) => !eb.includes(v));
  const gained = eb.filter((v) => !ea.includes(v));
  if (lost.length) {
    notes.push(`${path}: values no longer allowed: ${lost.join(', ')}`);
    incompatible.value = true;
  }
  if (gained.length) notes.push(`${path}: new values allowed: ${gained.join(', ')}`);
  const objectOf = (n: SchemaNode) => (n.anyOf ?? [n]).find((o) => o.properties);
  const [oa, ob] = [objectOf(a), objectOf(b)];
  if (oa?.properties && ob?.properties) {
    for (const key of Object.keys(oa.properties)) {
      if (!(key in ob.properties)) {
        notes.push(`${path}${key}: field removed`);
        incompatible.value = true;
      } else compareSchemas(oa.properties[key], ob.properties[key], `${path}${key}.`, notes, incompatible);
    }
    for (const key of Object.keys(ob.properties)) if (!(key in oa.properties)) notes.push(`${path}${key}: field added`);
  }
  const itemsOf = (n: SchemaNode) => (n.anyOf ?? [n]).find((o) => o.items)?.items;
  const [ia, ib] = [itemsOf(a), itemsOf(b)];
  if (ia && ib) compareSchemas(ia, ib, `${path}[].`, notes, incompatible);
}

async function diffSchemas(oldDir: string | null, newDir: string): Promise<Changes['schemas']> {
  const list = async (dir: string) => (await readdir(join(dir, 'schemas')).catch(() => [] as string[])).filter((f) => f.endsWith('.json')).sort();
  const before = oldDir ? await list(oldDir) : [];
  const after = await list(newDir);
  const changed: SchemaChange[] = [];
  for (const file of after.filter((f) => before.includes(f))) {
    const [a, b] = await Promise.all([oldDir!, newDir].map(async (d) => JSON.parse(await readFile(join(d, 'schemas', file), 'utf8')) as SchemaNode));
    if (isDeepStrictEqual(a, b)) continue;
    const notes: string[] = [];
    const incompatible = { value: false };
    compareSchemas(a, b, '', notes, incompatible);
    changed.push({ file, compatible: !incompatible.value, notes: notes.length ? notes : ['descriptions or constraints changed'] });
  }
  return { added: oldDir ? after.filter((f) => !before.includes(f)) : [], removed: before.filter((f) => !after.includes(f)), changed };
}

function suggestBump(changes: Omit<Changes, 'bump' | 'reasons'>): { bump: Bump; reasons: string[] } {
  if (changes.from === null) return { bump: 'none', reasons: ['first version'] };
  const reasons: string[] = [];
  const incompatible = changes.schemas.changed.filter((c) => !c.compatible);
  if (incompatible.length || changes.schemas.removed.length) {
    reasons.push(...incompatible.map((c) => `${c.file}: ${c.notes.join('; ')}`), ...changes.schemas.removed.map((f) => `${f} removed`));
    return { bump: 'major', reasons };
  }
  const minor = [
    ...changes.schemas.changed.filter((c) => c.notes.some((n) => n.includes('added') || n.includes('new values'))).map((c) => `${c.file}: ${c.notes.join('; ')}`),
    ...changes.schemas.added.map((f) => `${f} added`),
    // Blocks follow their documents: added or removed blocks are not a change of their own.
    ...Object.entries(changes.tables).filter(([t]) => t !== 'blocks').flatMap(([t, c]) => [
      ...(c.added.length ? [`${c.added.length} ${t} added`] : []),
      ...(c.removed.length ? [`${c.removed.length} ${t} removed`] : []),
    ]),
  ];
  if (minor.length) return { bump: 'minor', reasons: minor };
  const patch = Object.entries(changes.tables)
    .filter(([, c]) => c.changed.length)
    .map(([t, c]) => (t === 'blocks' ? `blocks of ${c.changed.length} documents reclassified` : `${c.changed.length} ${t} corrected`));
  if (patch.length || changes.schemas.changed.length) return { bump: 'patch', reasons: [...patch, ...changes.schemas.changed.map((c) => `${c.file}: ${c.notes.join('; ')}`)] };
  return { bump: 'none', reasons: ['no changes to records or schemas'] };
}

/** Compares the version in `newDir` (named `to`) with the one in `oldDir` (or with nothing). */
export async function diffVersions(oldDir: string | null, from: string | null, newDir: string, to: string): Promise<Changes> {
  const tables: Record<string, TableChanges> = {};
  const counts: Record<string, { from: number; to: number }> = {};
  for (const table of Object.keys(TABLE_KEYS)) {
    const { changes, counts: c } = await diffTable(oldDir, newDir, table);
    tables[table] = changes;
    counts[table] = c;
  }
  const base = { from, to, counts, tables, schemas: await diffSchemas(oldDir, newDir) };
  return { from: base.from, to: base.to, ...suggestBump(base), counts, tables, schemas: base.schemas };
}

export function nextVersion(version: string, bump: Bump): string {
  const [major, minor, patch] = version.split('.').map(Number);
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

const LISTED = 100;
const listIds = (ids: string[]) => `${ids.slice(0, LISTED).map((id) => `\`${id}\``).join(', ')}${ids.length > LISTED ? `, … and ${ids.length - LISTED} more (changes.json)` : ''}`;

export function renderChangelog(changes: Changes): string {
  const lines = [`# Changes in ${changes.to}${changes.from ? ` since ${changes.from}` : ''}`, ''];
  if (!changes.from) lines.push('First version: everything is new.', '');
  else lines.push(`Kind of change: **${changes.bump}** (${changes.reasons.join('; ')}).`, '');
  lines.push('| table | before | after | added | removed | changed |', '|---|---|---|---|---|---|');
  for (const [table, c] of Object.entries(changes.tables)) {
    lines.push(`| ${table} | ${changes.counts[table].from} | ${changes.counts[table].to} | ${c.added.length} | ${c.removed.length} | ${c.changed.length} |`);
  }
  lines.push('');
  if (changes.from) {
    for (const [table, c] of Object.entries(changes.tables)) {
      const unit = table === 'blocks' ? `documents whose blocks` : table;
      if (c.added.length) lines.push(`- ${unit} added: ${listIds(c.added)}`);
      if (c.removed.length) lines.push(`- ${unit} removed: ${listIds(c.removed)}`);
      for (const change of c.changed.slice(0, LISTED)) lines.push(`- ${table === 'blocks' ? 'blocks of' : table.replace(/s$/, '')} \`${change.id}\` changed${change.fields.length ? `: ${change.fields.join(', ')}` : ''}`);
      if (c.changed.length > LISTED) lines.push(`- … and ${c.changed.length - LISTED} more changed ${table} (changes.json)`);
    }
    const s = changes.schemas;
    for (const f of s.added) lines.push(`- schema added: \`${f}\``);
    for (const f of s.removed) lines.push(`- schema removed: \`${f}\``);
    for (const c of s.changed) lines.push(`- schema \`${c.file}\` changed (${c.compatible ? 'compatible' : 'incompatible'}): ${c.notes.join('; ')}`);
  }
  return `${lines.join('\n')}\n`;
}
