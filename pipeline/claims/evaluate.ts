// Scores extracted claims against hand labels: precision and recall of (subject, relation, object)
// triples (undirected relations match either way round), accuracy of modality on the matched ones,
// and the errors grouped by relation. Used by the benchmark and by the test that pins its floors.
import { RELATIONS, type ClaimRecord, type Modality, type Relation } from '../records/claim.ts';
import { extractClaims } from './index.ts';

export interface LabelledClaim {
  subject: string;
  relation: Relation;
  object: string;
  modality: Modality;
}
export interface LabelledItem {
  language: string;
  text: string;
  claims: LabelledClaim[];
}

export interface ErrorCase {
  text: string;
  triple: string;
  modality?: string;
}

export interface Score {
  items: number;
  expected: number;
  predicted: number;
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
  modalityCorrect: number;
  modalityAccuracy: number;
  falsePositives: Map<Relation, ErrorCase[]>;
  falseNegatives: Map<Relation, ErrorCase[]>;
  modalityErrors: ErrorCase[];
}

/** A triple's key; undirected relations are keyed with their two ids in sorted order. */
export function tripleKey(subject: string, relation: Relation, object: string): string {
  if (!RELATIONS[relation].directed && object < subject) return `${object} ${relation} ${subject}`;
  return `${subject} ${relation} ${object}`;
}

/**
 * The relations the labelled sets were written under (the vocabulary before the PLOVER event
 * relations were added): a claim of a later relation is neither right nor wrong there, only unlabelled.
 */
export const LABELLED_RELATIONS: ReadonlySet<Relation> = new Set<Relation>([
  'arms_transfer',
  'military_cooperation',
  'strategic_partnership',
  'economic_cooperation',
  'diplomatic_support',
  'neutrality',
  'criticism',
  'mediation',
  'rapprochement',
  'armed_conflict',
  'sanctions',
  'relations_outlook',
  'influence',
]);

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key) ?? [];
  list.push(value);
  map.set(key, list);
}

export function scoreLabelled(items: readonly LabelledItem[], extract: (item: LabelledItem, index: number) => ClaimRecord[] = defaultExtract): Score {
  let expected = 0,
    predicted = 0,
    truePositives = 0,
    modalityCorrect = 0;
  const falsePositives = new Map<Relation, ErrorCase[]>();
  const falseNegatives = new Map<Relation, ErrorCase[]>();
  const modalityErrors: ErrorCase[] = [];
  items.forEach((item, index) => {
    const gold = new Map(item.claims.map((c) => [tripleKey(c.subject, c.relation, c.object), c]));
    const found = new Map<string, ClaimRecord>();
    for (const claim of extract(item, index)) {
      if (!LABELLED_RELATIONS.has(claim.relation)) continue;
      const key = tripleKey(claim.subject.id, claim.relation, claim.object.id);
      if (!found.has(key)) found.set(key, claim);
    }
    expected += gold.size;
    predicted += found.size;
    for (const [key, claim] of found) {
      const label = gold.get(key);
      if (!label) {
        push(falsePositives, claim.relation, { text: item.text, triple: key, modality: claim.modality });
        continue;
      }
      truePositives += 1;
      if (label.modality === claim.modality) modalityCorrect += 1;
      else modalityErrors.push({ text: item.text, triple: key, modality: `${label.modality} → ${claim.modality}` });
    }
    for (const [key, label] of gold) if (!found.has(key)) push(falseNegatives, label.relation, { text: item.text, triple: key });
  });
  const precision = ratio(truePositives, predicted);
  const recall = ratio(truePositives, expected);
  return {
    items: items.length,
    expected,
    predicted,
    truePositives,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    modalityCorrect,
    modalityAccuracy: ratio(modalityCorrect, truePositives),
    falsePositives,
    falseNegatives,
    modalityErrors,
  };
}

function defaultExtract(item: LabelledItem, index: number): ClaimRecord[] {
  const id = `doc_${index.toString(16).padStart(16, '0')}`;
  return extractClaims({ id, text: item.text, language: item.language });
}
