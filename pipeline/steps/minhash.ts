// Near-duplicate detection: the same article captured twice with different chrome. Each document's
// clean text becomes a MinHash signature over word 5-shingles (64 hash functions); locality-
// sensitive hashing (16 bands of 4 rows) finds candidate pairs, and a pair whose estimated Jaccard
// similarity is at least 0.8 is flagged. Linear in the number of documents.

export const SHINGLE_WORDS = 5;
export const SIGNATURE_SIZE = 64;
export const BANDS = 16;
export const THRESHOLD = 0.8;

// FNV-1a over the shingle, then one multiply-xorshift per hash function: cheap, well-mixed, stable.
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) ^ 0x5bd1e995) >>> 0);

function mix(value: number, seed: number): number {
  let h = (value ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The MinHash signature of a text, or null when it has fewer words than one shingle. */
export function minhashSignature(text: string): number[] | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < SHINGLE_WORDS) return null;
  const signature = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  const seen = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    const shingle = fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' '));
    if (seen.has(shingle)) continue;
    seen.add(shingle);
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const h = mix(shingle, SEEDS[k]);
      if (h < signature[k]) signature[k] = h;
    }
  }
  return signature;
}

export function estimatedJaccard(a: number[], b: number[]): number {
  let same = 0;
  for (let k = 0; k < SIGNATURE_SIZE; k++) if (a[k] === b[k]) same++;
  return same / SIGNATURE_SIZE;
}

export interface NearDuplicatePair {
  a: string;
  b: string;
  similarity: number;
}

/** Pairs of ids (a < b) whose texts are near-duplicates, sorted. */
export function findNearDuplicates(signatures: Map<string, number[]>): NearDuplicatePair[] {
  const rows = SIGNATURE_SIZE / BANDS;
  const buckets = new Map<string, string[]>();
  const ids = [...signatures.keys()].sort();
  for (const id of ids) {
    const signature = signatures.get(id)!;
    for (let band = 0; band < BANDS; band++) {
      const key = `${band}:${signature.slice(band * rows, (band + 1) * rows).join(',')}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(id);
      else buckets.set(key, [id]);
    }
  }
  const pairs = new Map<string, NearDuplicatePair>();
  for (const bucket of buckets.values()) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const key = `${bucket[i]} ${bucket[j]}`;
        if (pairs.has(key)) continue;
        const similarity = estimatedJaccard(signatures.get(bucket[i])!, signatures.get(bucket[j])!);
        if (similarity >= THRESHOLD) pairs.set(key, { a: bucket[i], b: bucket[j], similarity });
      }
    }
  }
  return [...pairs.values()].sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
}
