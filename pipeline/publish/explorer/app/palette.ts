// Colours for relations (by their position in the vocabulary, so they are stable across versions)
// and the line style that marks each modality.
export const RELATION_COLOURS = [
  '#e6194b',
  '#3cb44b',
  '#4363d8',
  '#f58231',
  '#911eb4',
  '#42d4f4',
  '#f032e6',
  '#9a6324',
  '#469990',
  '#808000',
  '#000075',
  '#a9a9a9',
  '#bfef45',
];

export const relationColour = (relation: number) => RELATION_COLOURS[relation % RELATION_COLOURS.length];

/** Underline styles by modality name; unknown modalities get a plain line. */
export const MODALITY_STYLES: Record<string, string> = {
  asserted: 'solid',
  hedged: 'dotted',
  predicted: 'dashed',
  attributed: 'double',
  negated: 'wavy',
};
