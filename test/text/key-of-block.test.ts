// keyOfBlock (pipeline/lexicon/index.ts) caches a block's comparison key, seeded by the text cleaner:
// its answer must always be keyOf of the block's current text, also after the text changed, and the
// cleaner's seeded keys must be those keyOf gives.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../pipeline/clean/text/index.ts';
import { keyOf, keyOfBlock, rememberKeyOfBlock } from '../../pipeline/lexicon/index.ts';

describe('keyOfBlock', () => {
  it('keys a block as keyOf keys its text, and keys it afresh when the text changed', () => {
    const block = { text: 'Ｎews — Today' };
    expect(keyOfBlock(block)).toBe(keyOf('Ｎews — Today'));
    block.text += '\nSport, Weather';
    expect(keyOfBlock(block)).toBe('news today sport weather');
  });

  it('returns a remembered key only for the text it was remembered with', () => {
    const block = { text: 'Home' };
    rememberKeyOfBlock(block, 'home');
    expect(keyOfBlock(block)).toBe('home');
    block.text = 'About us';
    expect(keyOfBlock(block)).toBe('about us');
  });

  it("gives keyOf's key for every block the text cleaner made", () => {
    const dump = [
      'Site Name',
      '• Home',
      '• World',
      '• Sport',
      'A Headline For The Story',
      'By Jane Roe',
      'The council met on Tuesday to discuss the budget for the coming year, and members argued for hours.',
      'Abstract: The second paragraph carries on with more of the same story, at some length, to be prose.',
      'Site Name',
    ].join('\n\n');
    const { blocks } = cleanText(dump);
    expect(blocks.length).toBeGreaterThan(4);
    for (const block of blocks) expect(keyOfBlock(block)).toBe(keyOf(block.text));
  });
});
