// Tests for the text-dump cleaner at an article's edges, where page furniture looks like the
// article's own lines: the lines between a standfirst and the body, a closing section under a
// picture, link teasers that end in an arrow, and a site's blurb under a closing box of links.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../pipeline/clean/text/index.ts';
import { measure } from '../../../pipeline/clean/text/shape.ts';

const BODY = [
  'The first of the new trams left the depot on Monday morning, and by noon a small crowd had gathered at the terminus to watch it turn on the loop.',
  'The transport authority says the line will run every ten minutes at first, and every five once the second batch of cars arrives in the spring.',
  'Traders along the route hope the trams will bring customers back, after two years in which the works kept most shoppers away from the street.',
];
const page = (...parts: string[]) => `  • Home\n  • City\n\n${parts.join('\n\n')}\n\nAbout us | Contact | Privacy\n`;

describe("the lines between an article's opening and its body", () => {
  it("keeps a picture's caption and a most-read box out when a share bar stands between standfirst and body", () => {
    const standfirst =
      'The city wants its trams back. After thirty years of buses on the high street, twelve new cars and a loop at the station are meant to carry the district again.';
    const dump = page(
      'Trams return to the high street',
      standfirst,
      'By Ana Ruiz',
      '  • Facebook\n  • Twitter\n  • WhatsApp',
      'The new tram at the depot',
      'Transport Authority Archive',
      'Most read',
      '  • Weather\n  • Traffic',
      ...BODY,
    );
    const { text } = cleanText(dump);
    expect(text).toContain(standfirst);
    expect(text).toContain(BODY[2]);
    for (const chrome of ['The new tram at the depot', 'Transport Authority Archive', 'Weather', 'Traffic']) expect(text).not.toContain(chrome);
  });
});

describe("an article's closing section", () => {
  it('keeps a Title Case subheading under a picture and the one short paragraph under it', () => {
    const closing = 'Ride the loop once before the crowds discover it, and take the front seat for the view.';
    const { text } = cleanText(page('Trams return to the high street', ...BODY, '[photo-3]', 'Final Thoughts', closing, 'Leave a comment'));
    expect(text).toContain('Final Thoughts');
    expect(text).toContain(closing);
  });
});

describe('sentence ends', () => {
  it('reads an emoji as a sentence end, and an arrow, a trade mark or a telephone sign printed as text as none', () => {
    expect(measure('and we liked that very much 😉').endsSentence).toBe(true);
    expect(measure('I love it so much ❤️').endsSentence).toBe(true);
    for (const line of ['Read the whole story about the new trams ▶', 'Try the new Tram Planner Pro®', 'Call us now for a free quote on your kitchen ☎'])
      expect(measure(line).endsSentence).toBe(false);
  });

  it('drops teasers that end in an arrow under the article', () => {
    const teasers = [
      'Plan your trip on the new line with our free family guide ▶',
      'Get our weekly newsletter with the best deals on tickets ▶',
      'Win a year of free travel on every tram in the city ▶',
    ];
    const { text } = cleanText(page('Trams return to the high street', ...BODY, ...teasers));
    expect(text).toContain(BODY[2]);
    for (const teaser of teasers) expect(text).not.toContain(teaser);
  });
});

describe('a box of links under the article', () => {
  it("keeps a site's blurb under a closing related box out of the article", () => {
    const blurb =
      'City Transit Weekly is an independent magazine about public transport, published since 1998 by a small team of editors in Leeds. We ride the lines we write about, test the apps and tickets ourselves and never take payment for reviews, so that our readers can trust what we write.';
    const dump = page(
      'Trams return to the high street',
      ...BODY,
      'Related articles',
      '  • Five ways to get around without a car\n  • Why night buses are coming back\n  • The best bike routes of the year',
      blurb,
    );
    const { text } = cleanText(dump);
    expect(text).toContain(BODY[2]);
    expect(text).not.toContain('City Transit Weekly');
  });
});
