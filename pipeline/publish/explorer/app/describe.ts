// Words for a claim: what its highlight's tooltip and the claims table say about it.
import type { Quantity } from '../../../records/claim.ts';
import type { ExplorerIndex } from '../shape.ts';

export const formatQuantities = (quantities: Quantity[]) => quantities.map((q) => q.text).join(', ');

export function actorText(index: ExplorerIndex, actor: number, name: number): string {
  const entry = index.actors[actor];
  return `${index.strings[name]} (${entry.id}, ${entry.type})`;
}

/** The actor's label, with the words the evidence used when they differ ("Russia ‘their’"). */
export function actorAsWritten(index: ExplorerIndex, actor: number, name: number): string {
  const label = index.actors[actor].label;
  const written = index.strings[name];
  return written === label ? label : `${label} ‘${written}’`;
}

/** "subject → relation → object", then modality, time and quantities, one per line. */
export function describeClaim(index: ExplorerIndex, i: number): string {
  const c = index.claims;
  const lines = [
    `${actorText(index, c.subject[i], c.subjectName[i])} → ${index.relations[c.relation[i]]?.name} → ${actorText(index, c.object[i], c.objectName[i])}`,
    `modality: ${index.modalities[c.modality[i]]?.name}${c.negative[i] ? ', negative' : ''}${c.attributedTo[i] >= 0 ? `, attributed to ${index.strings[c.attributedTo[i]]}` : ''}`,
  ];
  if (c.timeValue[i]) lines.push(`time: ${c.timeValue[i]} ("${index.strings[c.timeText[i]]}")`);
  if (c.quantities[i].length > 0) lines.push(`quantities: ${formatQuantities(c.quantities[i])}`);
  lines.push(`confidence: ${c.confidence[i]} · ${c.id[i]}`);
  return lines.join('\n');
}
