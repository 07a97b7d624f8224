// Unit tests for the text-dump cleaner: rejoining hard-wrapped lines, classifying chrome lines,
// locating the article, and the Markdown rendering.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../pipeline/clean/text/index.ts';
import { matchChrome } from '../../../pipeline/text/chrome-vocabulary.ts';

const PROSE_A = 'The committee met on Tuesday to review the draft agreement, and its members asked for more time to study the annexes.';
const PROSE_B = 'Several delegations said that the timetable was too short, while others wanted the talks to continue without a break.';

describe('rejoining hard-wrapped lines', () => {
  it('joins lines broken mid-sentence even with a blank line after each, and hyphenated breaks', () => {
    const dump = [
      'Abstract: The article examines the cooperation between the two countries in the energy sector,',
      '',
      'which is of key importance for their relations, and the effects of the Russian-',
      '',
      'Ukrainian war on the trade in gas and oil between them over the last ten years.',
      '',
    ].join('\n');
    const { text } = cleanText(dump);
    expect(text).toContain('sector, which is of key importance');
    expect(text).toContain('the Russian-Ukrainian war');
    expect(text.split('\n')).toHaveLength(1);
  });

  it('keeps a byline in lower case apart from the long headline a blank line above it', () => {
    const dump = ['Seven quiet ways the city council rewrote its budget this spring', '', 'by Tomas Herrera', '', PROSE_A, '', PROSE_B, ''].join('\n');
    const texts = cleanText(dump).blocks.map((block) => block.text);
    expect(texts).toContain('Seven quiet ways the city council rewrote its budget this spring');
    expect(texts).toContain('by Tomas Herrera');
  });

  it('keeps paragraphs apart when a sentence ends a line', () => {
    const { text } = cleanText(`${PROSE_A}\n\n${PROSE_B}\n`);
    expect(text).toBe(`${PROSE_A}\n\n${PROSE_B}`);
  });
});

describe('classifying lines', () => {
  const dump = [
    'By using this site, you agree to the Privacy Policy and Terms of Use.',
    'Accept',
    '  • Home',
    '  • Politics',
    '  • Economy',
    'Home > Politics > Africa > Talks resume',
    'Talks resume on the draft agreement',
    'By Jane Doe Published May 3, 2024 2 Min Read',
    'Share',
    '',
    PROSE_A,
    '',
    PROSE_B,
    '',
    'Leave a Reply Cancel reply',
    'TwitterFollow',
    '© 2024 Example Media. All Rights Reserved.',
  ].join('\n');
  const cleaned = cleanText(dump);
  const kindOf = (start: string) => cleaned.blocks.find((block) => block.text.startsWith(start))?.kind;

  it('keeps only the article', () => expect(cleaned.text).toBe(`${PROSE_A}\n\n${PROSE_B}`));
  it('names what it dropped', () => {
    expect(kindOf('Accept')).toBe('cookie');
    expect(kindOf('Home > Politics')).toBe('breadcrumb');
    expect(kindOf('Talks resume on')).toBe('title');
    expect(kindOf('By Jane Doe')).toBe('byline');
    expect(kindOf('Share')).toBe('share');
    expect(kindOf('Leave a Reply')).toBe('comment');
    expect(kindOf('TwitterFollow')).toBe('share');
    expect(kindOf('© 2024')).toBe('footer');
    expect(kindOf('Politics')).toBe('menu');
  });
  it('reads run-together widget labels', () => {
    expect(matchChrome('YoutubeSubscribe')?.kind).toBe('share');
    expect(matchChrome('Suivez-nous sur Facebook')?.kind).toBe('share');
    expect(matchChrome(PROSE_A)).toBeNull();
  });
  it("reads the widgets' words in the voseo of Rioplatense Spanish pages", () => {
    expect(matchChrome('Suscribite a nuestro newsletter')?.kind).toBe('newsletter');
    expect(matchChrome('Dejá tu comentario')?.kind).toBe('comment');
    expect(matchChrome('Suscribite o ingresá')?.kind).toBe('signin');
  });
});

describe('markdown', () => {
  it('renders headings and lists inside the article', () => {
    const dump = `${PROSE_A}\n\nWhat the delegations asked for\n\n${PROSE_B}\n\n  • ${PROSE_A}\n  • ${PROSE_B}\n`;
    const { markdown, blocks } = cleanText(dump);
    expect(blocks.some((block) => block.kind === 'heading' && block.kept)).toBe(true);
    expect(markdown).toContain('## What the delegations asked for');
    expect(markdown).toContain(`- ${PROSE_A}`);
  });
});

describe('pages without prose', () => {
  it('keeps a tiny page that holds nothing recognised as chrome', () => {
    expect(cleanText('abc\n\ndef\n\nghi\n').text).toBe('abc\n\ndef\n\nghi');
  });
  it('drops a few stray labels on a page of chrome', () => {
    const dump = [
      'Sign in',
      'Subscribe to our newsletter',
      'Share on Facebook',
      'Follow us on Twitter',
      'Home',
      'News',
      'Copyright © 2024 Example Media. All rights reserved.',
    ].join('\n\n');
    expect(cleanText(dump).text).toBe('');
  });
});

describe('teasers after the article', () => {
  it('leaves out one-sentence excerpts under headlines past a stretch of chrome', () => {
    const article = ['Talks resume on the draft agreement', '', `${PROSE_A} ${PROSE_B} ${PROSE_A}`, '', `${PROSE_B} ${PROSE_A}`];
    const teaser = (n: number) => [
      '',
      `Ministers weigh new budget rules ${n}`,
      '',
      `The finance ministers of the region will meet next week in the capital to discuss the plan ${n}.`,
      '',
      'Read more',
    ];
    const chrome = ['', 'Share', '', 'Tweet', '', 'Email', '', 'More from the site', '', 'Newsletter', ''];
    const dump = [...article, ...chrome, ...teaser(1), ...teaser(2), ...teaser(3), ...teaser(4)].join('\n');
    const { text } = cleanText(dump);
    expect(text).toContain(PROSE_B);
    expect(text).not.toContain('finance ministers');
  });
});

describe('chrome told in sentences', () => {
  const article = `Talks resume on the draft agreement\n\n${PROSE_A}\n\n${PROSE_B}\n\n${PROSE_A} ${PROSE_B}`;
  it('drops a cookie consent banner and sign-up prompts above the article', () => {
    const dump = [
      'We use cookies and similar technologies to improve your browsing experience and show you personalised offers. By clicking Accept you consent to this.',
      'Sign up for a free account to save articles and follow the topics you care about.',
      article,
    ].join('\n\n');
    const { text, blocks } = cleanText(dump);
    expect(text).not.toContain('cookies');
    expect(text).not.toContain('free account');
    expect(blocks.find((block) => block.text.startsWith('We use cookies'))?.kind).toBe('cookie');
    expect(blocks.find((block) => block.text.startsWith('Sign up for'))?.kind).toBe('signin');
  });
  it('keeps an article paragraph about cookies', () => {
    const about =
      'Regulators said that many publishers use cookies to follow readers across sites, and that the rules adopted last year were meant to make such tracking depend on explicit consent from each reader rather than on a banner that is clicked away without reading, which in their view had become the norm across the industry.';
    expect(cleanText(`${article}\n\n${about}\n\n${PROSE_B}`).text).toContain('Regulators said');
  });
  it('ends the article at a counted comment thread written as a sentence', () => {
    const comment =
      'I have followed these negotiations for years and I think the delegations are right to ask for more time, because the annexes are long and the last agreement was rushed through without any real debate in the national parliaments.';
    const { text } = cleanText(`${article}\n\nThere are 3 comments\n\n${comment}\n\nReply\n\n${comment} ${comment}`);
    expect(text).toContain(PROSE_B);
    expect(text).not.toContain('I have followed');
  });
});

describe('the article span', () => {
  it('opens with a one-sentence lede under the title', () => {
    const { text, blocks } = cleanText(`Home\n\nNews\n\nTalks resume\n\nDelegates are back at the table.\n\n${PROSE_A}\n\n${PROSE_B}\n`);
    expect(text.startsWith('Delegates are back at the table.')).toBe(true);
    expect(blocks.find((block) => block.kind === 'title')?.text).toBe('Talks resume');
  });
});

describe('a related-articles heading', () => {
  const LONG =
    'The delegations then turned to the annexes, which set out how the commission would check the figures each country reports every year, who would pay for the inspectors, and what would happen to a country whose figures the inspectors could not confirm after two visits.';
  const RESUMED =
    'On the second day the chair put forward a compromise on the inspections, under which a country could ask for a third visit at its own cost, and most delegations said they could accept it if the commission published every report in full.';
  const teasers = [
    'Ministers meet again in the spring',
    'The talks will resume in March with the same agenda, and the chair hopes to close the first three chapters before the summer recess begins.',
    'Exports fall for a second month',
    'Shipments were lower in every region but the south, where a new port opened in January and took traffic from the older harbours along the coast.',
  ];
  const page = (...after: string[]) => [LONG, '', PROSE_B, '', 'Related articles', '', ...teasers.flatMap((line) => [line, '']), ...after].join('\n');

  it('ends the article when only teasers follow it', () => {
    const { text, blocks } = cleanText(page());
    expect(text).toBe(`${LONG}\n\n${PROSE_B}`);
    expect(blocks.find((block) => block.text === 'Related articles')?.kind).toBe('related');
  });

  it('does not end it when the article resumes under a box set inside it', () => {
    const { text } = cleanText(page(RESUMED, ''));
    expect(text.startsWith(`${LONG}\n\n${PROSE_B}`)).toBe(true);
    expect(text.endsWith(RESUMED)).toBe(true);
    expect(text).not.toContain('Related articles');
  });
});

describe('scripts written without spaces', () => {
  it('rejoins lines the renderer wrapped at its column width, counting wide characters as two columns', () => {
    const first =
      '国际空间站的造价高达一千五百亿美元，而且在接近真空的太空中其运行速度非常快。宇航员在长期飞行中如何保持健康，一直是科学家们研究的问题。' +
      '这项研究由多个国家的机构共同完成，结果将在明年发表。研究人员发现，微重力环境会改变人体对许多物质的反应。';
    const second =
      '天空实验室是美国第一座空间站，宇航员曾经在那里进行过多项医学实验。当时的测试结果并不理想，因此相关计划被推迟了。' +
      '如今，新的实验设备已经运抵空间站，科学家们希望能够得到更加准确的数据，并据此制定新的规定。';
    // Wrapped at 120 columns: 60 wide characters a line, cut mid-sentence.
    const wrapped = (text: string) => (text.match(/.{1,60}/gu) ?? []).join('\n');
    const { text } = cleanText(`${wrapped(first)}\n\n${wrapped(second)}\n`);
    expect(text).toBe(`${first}\n\n${second}`);
  });
});

describe('line rules inside the article keep its prose', () => {
  // The rules for chrome inside the span (ticker entries, licence notices, captions) read a line's
  // own evidence; a sentence of the article that merely resembles one stays.
  it('keeps a live post opening with a time and a sentence that tells of a Creative Commons licence', () => {
    const post = '14:05 The mayor said that the road would open again on Friday, once the wall had been made safe.';
    const licence = 'The museum said the pictures were licensed under Creative Commons so that anyone could use them again.';
    const { text } = cleanText(`${PROSE_A}\n\n${post}\n\n${licence}\n\n${PROSE_B}\n`);
    expect(text).toBe(`${PROSE_A}\n\n${post}\n\n${licence}\n\n${PROSE_B}`);
  });

  it('drops a ticker entry and a licence notice at the article end', () => {
    const dump = `${PROSE_A}\n\n${PROSE_B}\n\n14:44 Parliament votes on the budget tonight\n\nThis work is licensed under a Creative Commons Attribution 4.0 International License.\n`;
    expect(cleanText(dump).text).toBe(`${PROSE_A}\n\n${PROSE_B}`);
  });
});

describe('picture galleries set into an article', () => {
  it('drops numbered slides ("2/4 Title") and the caption under each, keeping the article around them', () => {
    const slides = [1, 2, 3, 4].flatMap((n) => [
      `  • ${n}/4 Slide number ${n} of the harbour`,
      `The harbour seen from the pier on the morning of day ${n}, when the boats came back in.`,
    ]);
    const dump = [PROSE_A, '', ...slides, '', PROSE_B, ''].join('\n');
    const cleaned = cleanText(dump);
    expect(cleaned.text).toBe(`${PROSE_A}\n\n${PROSE_B}`);
    expect(cleaned.blocks.filter((block) => block.reason?.startsWith('picture gallery'))).toHaveLength(8);
  });

  it('keeps a list of entries dated day/month that runs back in time', () => {
    const entries = [
      '12/10 The council published the final version of the plan.',
      '05/10 The second reading was held in public.',
      '01/10 The draft went out for comment.',
    ];
    const dump = [PROSE_A, '', ...entries.map((entry) => `  • ${entry}`), '', PROSE_B, ''].join('\n');
    const { text } = cleanText(dump);
    for (const entry of entries) expect(text).toContain(entry);
  });

  const PROSE_C = 'The chair closed the session in the evening and said the committee would meet again next month to vote on the text.';

  it('keeps slides whose caption is printed on their own line, and the article after the last one', () => {
    const slides = [1, 2, 3].map((n) => `${n}/3 The harbour seen from the pier on the morning of day ${n}, when the boats came back in from the sea.`);
    const dump = [PROSE_A, '', PROSE_B, '', ...slides.flatMap((slide) => [slide, '']), PROSE_C, ''].join('\n');
    const { text } = cleanText(dump);
    expect(text).toContain(PROSE_C);
    for (const slide of slides) expect(text).toContain(slide);
  });

  it('keeps a numbered thread quoted in the article and the paragraphs after it', () => {
    const thread = [
      '1/4 So here is what happened at the council meeting last night, a thread.',
      '2/4 The mayor opened by saying the budget had a hole of two million.',
      '3/4 Then the opposition walked out before the vote on the harbour plan.',
      '4/4 The vote was moved to next week, and the mayor said she would resign if it failed.',
    ];
    const dump = [PROSE_A, '', 'The reporter wrote on social media:', '', ...thread.flatMap((post) => [post, '']), PROSE_B, ''].join('\n');
    const { text } = cleanText(dump);
    expect(text).toContain(PROSE_B);
    for (const post of thread) expect(text).toContain(post);
  });

  it('keeps an agenda dated day/month running forward in leaps (no gallery of 12 slides)', () => {
    const entries = ['01/12 Concert of the town band', '05/12 Lecture on the harbour', '10/12 Christmas market on the quay'];
    const dump = [PROSE_A, '', ...entries.map((entry) => `  • ${entry}`), '', PROSE_B, ''].join('\n');
    const cleaned = cleanText(dump);
    expect(cleaned.blocks.filter((block) => block.reason?.startsWith('picture gallery'))).toHaveLength(0);
    for (const entry of entries) expect(cleaned.text).toContain(entry);
  });

  it('reads no gallery from numbers past their size (days past the month)', () => {
    const entries = ['28/12 Concert of the town band', '29/12 Lecture on the harbour', '30/12 Christmas market on the quay'];
    const dump = [PROSE_A, '', ...entries.map((entry) => `  • ${entry}`), '', PROSE_B, ''].join('\n');
    const cleaned = cleanText(dump);
    expect(cleaned.blocks.filter((block) => block.reason?.startsWith('picture gallery'))).toHaveLength(0);
  });

  it('takes no caption under the slides when only the last slide has a paragraph under it', () => {
    const slides = [1, 2, 3].map((n) => `  • ${n}/3 Harbour view number ${n}`);
    const dump = [PROSE_A, '', PROSE_B, '', ...slides, '', PROSE_C, ''].join('\n');
    const cleaned = cleanText(dump);
    expect(cleaned.text).toContain(PROSE_C);
    expect(cleaned.blocks.filter((block) => block.reason?.startsWith('picture gallery'))).toHaveLength(3);
  });
});

describe("a post's filing notice", () => {
  it('drops a filing line that the theme runs past a notice length with its feed and trackback sentences', () => {
    const notice =
      'This entry was posted in Events, Region North, Tastings and Calendar on Wednesday, 27. November 2019 at 15:21. ' +
      'You can follow any responses to this entry through the RSS 2.0 feed. Responses are currently closed, but you can ' +
      'trackback from your own site, and all the replies will be shown under the post.';
    expect(notice.length).toBeGreaterThan(300);
    const cleaned = cleanText(`${PROSE_A}\n\n${PROSE_B}\n\n${notice}\n`);
    expect(cleaned.text).toBe(`${PROSE_A}\n\n${PROSE_B}`);
    expect(cleaned.blocks.find((block) => block.text === notice)?.reason).toMatch(/^post notice/);
  });

  it("keeps a paragraph past a notice length whose first sentence holds a mail prompt's words, not a filing line", () => {
    const paragraph =
      'Readers who sign up for our newsletter this month will get the full report on the harbour works, the council said on Monday. ' +
      'The report covers the cost of the new pier, the dredging of the channel and the plan to move the fish market to the old warehouse, ' +
      'which the council bought last year after a long debate about its price.';
    expect(paragraph.length).toBeGreaterThan(300);
    const { text } = cleanText(`${PROSE_A}\n\n${paragraph}\n\n${PROSE_B}\n`);
    expect(text).toContain(paragraph);
  });

  it('keeps a long paragraph that quotes a filing phrase after its first sentence', () => {
    const paragraph =
      'The blog software prints a line under every post, and the designers chose to keep it. Its wording, that this entry was posted in ' +
      'a category, tells readers where to find more, and the team found in a survey that most readers used it at least once a week when they ' +
      'looked for older posts on the same subject.';
    const { text } = cleanText(`${PROSE_A}\n\n${paragraph}\n\n${PROSE_B}\n`);
    expect(text).toContain(paragraph);
  });
});

describe('numbered lines', () => {
  const steps = [
    'Measure the window you will use as the lid and note its size.',
    'Cut the four sides from timber so that the back stands higher.',
    'Screw the corners together with brackets on the inside.',
    'Sand the top edges so that the lid closes without a gap.',
    'Paint the outside with a water-based wood stain and let it dry.',
    'Fix two hinges to the back edge for the window lid.',
    'Lay the frame on level ground facing the morning sun.',
    'Fill the bottom with a layer of gravel for drainage.',
    'Spread compost over the gravel to the depth of a hand.',
    'Put the window on its hinges and check that it closes well.',
    'Prop the lid open on warm days so that the plants do not cook.',
    'Close it at night whenever frost is forecast in the area.',
  ];

  it('reads "10." at the margin under a right-aligned " 9." as the next item of the ordered list', () => {
    // w3m right-aligns an ordered list's numbers: " 9." is indented, "10." starts at the margin.
    const dump = [
      'Building a cold frame in a weekend',
      '',
      PROSE_A,
      '',
      ...steps.map((step, i) => `${String(i + 1).padStart(2)}. ${step}`),
      '',
      PROSE_B,
      '',
    ].join('\n');
    const { text, markdown } = cleanText(dump);
    for (const step of steps) expect(markdown).toContain(`- ${step}`);
    expect(text).not.toMatch(/\b1[0-2]\. /u);
  });

  it('gives a number kept in the text no list marker: the line is a heading, not a list item', () => {
    const dump = [
      PROSE_A,
      '',
      '1. Feed the starter the night before',
      '',
      PROSE_B,
      '',
      '2. Give the dough time',
      '',
      PROSE_A.replace('Tuesday', 'Friday'),
      '',
    ].join('\n');
    const { markdown, blocks } = cleanText(dump);
    expect(markdown).toContain('1. Feed the starter the night before');
    expect(markdown).not.toContain('- 1');
    expect(blocks.filter((block) => block.kept && block.kind === 'list')).toEqual([]);
  });
});
