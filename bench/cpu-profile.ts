// `npx tsx bench/cpu-profile.ts FILE.cpuprofile... [--inclusive name,name,…]`: where a V8 CPU
// profile's time went, per file (one per thread: node --cpu-prof for the main thread,
// PAGEPRESS_CPU_PROF=<folder> for build workers, see run/executor.ts). Prints the profile's span,
// its idle share, the top functions by self time, and the inclusive time of the functions named
// (each counted once per sample however deep it recurses), so the steps of a build can be compared
// across threads and runs without a viewer.
import './usage.ts'; // first: --help prints the comment above and exits before the bench loads
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const args = process.argv.slice(2);
const at = args.indexOf('--inclusive');
const inclusiveNames = at === -1 ? [] : args[at + 1].split(',');
const files = args.filter((_, i) => at === -1 || (i !== at && i !== at + 1));
if (files.length === 0) {
  console.error('usage: npx tsx bench/cpu-profile.ts FILE.cpuprofile... [--inclusive name,name,…]');
  process.exit(2);
}

const label = (node: ProfileNode) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url ? `${basename(url)}:${lineNumber + 1}` : '';
  return `${functionName || '(anonymous)'} ${where}`.trim();
};

for (const file of files) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>(inclusiveNames.map((n) => [n, 0]));
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    // A sample's time is the delta to the next one (V8's convention).
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(profile.samples[i])!;
    total += ms;
    self.set(label(node), (self.get(label(node)) ?? 0) + ms);
    if (inclusiveNames.length === 0) continue;
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const name = byId.get(id)!.callFrame.functionName;
      if (inclusive.has(name) && !seen.has(name)) {
        seen.add(name);
        inclusive.set(name, inclusive.get(name)! + ms);
      }
    }
  }
  const idle = self.get('(idle)') ?? 0;
  const pct = (ms: number) => `${((100 * ms) / total).toFixed(1)}%`;
  console.log(`${basename(file)}: ${(total / 1000).toFixed(2)} s sampled, busy ${((total - idle) / 1000).toFixed(2)} s (idle ${pct(idle)})`);
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
  for (const [name, ms] of top) console.log(`  self ${(ms / 1000).toFixed(2).padStart(7)} s ${pct(ms).padStart(6)}  ${name}`);
  for (const [name, ms] of inclusive) console.log(`  incl ${(ms / 1000).toFixed(2).padStart(7)} s ${pct(ms).padStart(6)}  ${name}`);
}
