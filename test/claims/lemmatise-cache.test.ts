// lemmatise (pipeline/claims/events.ts) keeps the last few texts it parsed: interleaving a sentence
// with copies of it (the actor rules lower-case its opening word) must give each text its own parse,
// the same as a fresh one.
import { describe, expect, it } from 'vitest';
import { lemmatise } from '../../pipeline/claims/events.ts';

describe('lemmatise', () => {
  it('answers each of several interleaved texts with its own tokens', () => {
    const texts = ['Rebels attacked the town.', 'rebels attacked the town.', 'Police arrested two men.', 'The army withdrew.', 'Talks resumed on Monday.'];
    const fresh = texts.map((text) => structuredClone(lemmatise(text)));
    // More texts than the cache holds, in an order that reuses and evicts entries.
    for (const i of [0, 1, 0, 2, 3, 4, 1, 0, 4, 4, 2]) expect(lemmatise(texts[i]!)).toEqual(fresh[i]);
    expect(fresh[0]![0]!.value).toBe('Rebels');
    expect(fresh[1]![0]!.value).toBe('rebels');
  });
});
