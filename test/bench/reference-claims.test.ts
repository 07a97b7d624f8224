// The dev bench's accounting of the reference text pagepress leaves out (bench:extract
// --miss-classes, issue 14's closing note): which dropped block claims which reference token, what no
// block holds, and the class a dropped block's reason puts it in.
import { describe, expect, it } from 'vitest';
import { MISS_CLASSES, missClassOf, pictureClaims, referenceClaims } from '../../bench/extract.ts';
import type { Block } from '../../pipeline/text/blocks.ts';

const block = (text: string, kept: boolean, kind: Block['kind'] = 'paragraph', reason: string | null = null): Block => ({
  text,
  kind,
  kept,
  reason,
  span: null,
});

describe('referenceClaims', () => {
  it('lets kept blocks claim their tokens first, a dropped duplicate claims nothing, and counts what no block holds', () => {
    const blocks = [
      block('Share this story', false, 'share', 'class/id "share"'),
      block('The river rose overnight.', true),
      block('The river rose', false, 'related', 'mostly link text'),
      block('Photo: the flooded bridge', false, 'attachment', 'picture caption'),
      block('Sign up now', true),
    ];
    const { dropped, unseen, extra } = referenceClaims(blocks, 'Share this story. The river rose overnight. Flooded bridge at dawn.');
    expect(dropped.map(({ block, tokens }) => [block.reason, tokens])).toEqual([
      ['class/id "share"', ['share', 'this', 'story']],
      ['picture caption', ['flooded', 'bridge']],
    ]);
    expect(unseen).toEqual(['at', 'dawn']);
    expect(extra).toEqual(new Map([['paragraph', 3]]));
  });
});

describe('missClassOf', () => {
  it('puts a dropped block in its class by the reason it carries', () => {
    expect(missClassOf(block('1. Smith 2001', false, 'boilerplate', 'reference list: the notes the footnote markers point to'))).toBe(MISS_CLASSES[0]);
    expect(missClassOf(block('The bridge at dawn', false, 'attachment', 'picture caption'))).toBe(MISS_CLASSES[1]);
    expect(missClassOf(block('Home News Sport', false, 'menu', 'outside the article container (<nav>)'))).toBe(MISS_CLASSES[3]);
    expect(missClassOf(block('By Ann Lee', false, 'byline', 'class/id "byline"'))).toBe(MISS_CLASSES[4]);
    expect(missClassOf(block('Sign up', false, 'newsletter', 'class/id "newsletter"'))).toBe(MISS_CLASSES[5]);
  });
});

describe('pictureClaims', () => {
  it("takes a picture's alt text or file name only as a whole, never the article words an alt text happens to share", () => {
    const html =
      '<p>x</p><img alt="The harbour at dawn" src="/a.jpg"><img src="https://cdn.example.org/2019/05/12-IMG_3886.jpg?w=300" alt=""><img alt=\'Map of the bay\'>';
    // "the", "at" and "bay" are article words the reference printed and no block holds; "harbour" and
    // "dawn" are not unclaimed, so the first picture's alt is not the reference's placeholder.
    const { pictures, other } = pictureClaims(html, ['the', 'at', 'bay', '12', 'img', '3886', 'jpg', 'map', 'of', 'the', 'kept']);
    expect(pictures).toEqual(['12', 'img', '3886', 'jpg', 'map', 'of', 'the', 'bay']);
    expect(other).toEqual(['the', 'at', 'kept']);
  });
});
