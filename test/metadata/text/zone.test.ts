// The title line's trims: a breadcrumb printed before the headline, and a picture's file name after it.
import { describe, expect, it } from 'vitest';
import { lastOfTrail, stripImageName } from '../../../pipeline/metadata/text/zone.ts';

describe('lastOfTrail', () => {
  it('keeps the headline at the end of a trail', () => {
    expect(lastOfTrail('Home » Recipes » Cakes » Lemon cake with poppy seeds')).toBe('Lemon cake with poppy seeds');
    expect(lastOfTrail('Home / World / Europe / Talks on the border resume')).toBe('Talks on the border resume');
    expect(lastOfTrail('You are here: Home / Garden / Small Gardens / Ten ways to grow beans on a balcony')).toBe('Ten ways to grow beans on a balcony');
  });
  it('reads » and › as quotation marks when the line closes them with « and ‹', () => {
    const quoted = 'Kanzlerin zu »Wende«: »Wir werden das leisten«';
    expect(lastOfTrail(quoted)).toBe(quoted);
    const inner = 'Der Minister sagt ›nie wieder‹ › und ›jetzt erst recht‹ zum Plan';
    expect(lastOfTrail(inner)).toBe(inner);
  });
  it('keeps a bilingual title whose parts are joined by " / "', () => {
    const title = 'Die Grenze am Fluss heute / The border on the river today / La frontière sur le fleuve';
    expect(lastOfTrail(title)).toBe(title);
  });
});

describe('stripImageName', () => {
  it("drops a picture's file name after the headline", () => {
    expect(stripImageName('Storm closes the harbour [storm-harbour-702x336.jpg]')).toBe('Storm closes the harbour');
    expect(stripImageName('Storm closes the harbour [storm-harbour-702x336]')).toBe('Storm closes the harbour');
    expect(stripImageName('Storm closes the harbour [harbour5c9b]')).toBe('Storm closes the harbour');
  });
  it('keeps brackets that name no picture', () => {
    for (const title of ['Annual Report [2023]', 'A Study of Rivers [v2]', 'Cities Ranking [Top-10]', 'Notes [draft_2]'])
      expect(stripImageName(title)).toBe(title);
  });
});
