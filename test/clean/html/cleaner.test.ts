// Unit behaviour of the HTML cleaner on small pages: paragraph splitting on <br><br>, tables and
// code kept, link lists dropped, deep nesting survived, the container chosen by its prose.
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../../pipeline/clean/html/index.ts';
import { decodeCapture } from '../../../pipeline/ingest/decode.ts';
import { toPage } from '../../../pipeline/ingest/page.ts';

const clean = (html: string) => {
  const page = toPage(decodeCapture('page.html', Buffer.from(html)));
  return cleanHtml(page.html!, page.jsonLd);
};
const prose = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i + 1} says something about the cooperation between the two countries, with enough words, commas, and detail to read as prose.</p>`,
  ).join('');

describe('cleanHtml', () => {
  it('splits a run of text on <br><br> but not on a single <br>', () => {
    const { text } = clean(
      `<html><body><div class="content">${prose(2)}<div>First part of a long paragraph written without p tags, as old pages do.<br>Still the first paragraph.<br><br>Second paragraph after a double break, also long enough to count as prose.</div></div></body></html>`,
    );
    const paragraphs = text.split('\n\n');
    expect(paragraphs).toContain('First part of a long paragraph written without p tags, as old pages do. Still the first paragraph.');
    expect(paragraphs).toContain('Second paragraph after a double break, also long enough to count as prose.');
  });

  it('keeps data tables and code, drops a list of links inside the article', () => {
    const { text, markdown, blocks } = clean(`<html><body><article>${prose(3)}
      <table><thead><tr><th>Year</th><th>Deliveries</th></tr></thead><tbody><tr><td>2022</td><td>14</td></tr><tr><td>2023</td><td>9</td></tr></tbody></table>
      <pre>const a = 1;\n  const b = 2;</pre>
      <ul><li><a href="/1">Another story</a></li><li><a href="/2">Yet another story</a></li><li><a href="/3">More stories</a></li></ul>
      </article></body></html>`);
    expect(text).toContain('Year | Deliveries\n2022 | 14\n2023 | 9');
    expect(text).toContain('const a = 1;\n  const b = 2;');
    expect(markdown).toContain('| Year | Deliveries |');
    expect(markdown).toContain('```\nconst a = 1;');
    expect(text).not.toContain('Another story');
    expect(blocks.find((b) => b.text.startsWith('Another story'))?.reason).toMatch(/link/);
  });

  it('keeps the layout of code written across inline elements and forced breaks, and collapses the same pieces in prose', () => {
    const pieces = 'if (a) {<br>\n  <b>call</b>(a,  b);<br>\t<i>done</i>();\n}';
    const { text } = clean(`<html><body><article>${prose(3)}<pre><code>${pieces}</code></pre><p>Prose: ${pieces}</p></article></body></html>`);
    expect(text).toContain('if (a) {\n\n  call(a,  b);\n\tdone();\n}');
    expect(text).toContain('Prose: if (a) { call(a, b); done(); }');
  });

  it("drops a short figure caption as the picture's label, keeps and marks up a long one that explains a figure", () => {
    const explains =
      'Reading the chart: each bar is one year of deliveries, the darker part is aircraft and the lighter part air-defence systems, and the line above them is the total in millions.';
    const { text, markdown, blocks } = clean(`<html><body><article>${prose(3)}
      <figure><img src="/a.jpg" alt=""><figcaption>The two delegations in Algiers</figcaption></figure>
      <figure><img src="/b.png" alt=""><figcaption>${explains}</figcaption></figure>
      ${prose(2)}</article></body></html>`);
    expect(text).not.toContain('The two delegations');
    expect(blocks.find((b) => b.text.startsWith('The two delegations'))?.reason).toBe('picture caption');
    expect(text).toContain(explains);
    expect(markdown).toContain(`_${explains}_`);
  });

  it('picks the container with the prose over a sidebar with more links', () => {
    const sidebar = Array.from({ length: 30 }, (_, i) => `<li><a href="/${i}">Headline number ${i} about something else entirely</a></li>`).join('');
    const { text } = clean(`<html><body><div id="wrap"><div class="col">${prose(5)}</div><div class="col2"><ul>${sidebar}</ul></div></div></body></html>`);
    expect(text.split('\n\n')).toHaveLength(5);
    expect(text).not.toContain('Headline number');
  });

  it('does not overflow the stack on deeply nested markup', () => {
    const depth = 20000;
    const html = `<html><body>${'<div>'.repeat(depth)}${prose(2)}${'</div>'.repeat(depth)}</body></html>`;
    expect(() => clean(html)).not.toThrow();
  });

  it('drops the h1 title and a "By" byline at the head of the article', () => {
    const { text, blocks } = clean(
      `<html><head><title>The title | Site</title></head><body><article><h1>The title</h1><p>By Jane Doe</p>${prose(3)}</article></body></html>`,
    );
    expect(text).not.toContain('The title');
    expect(text).not.toContain('Jane Doe');
    expect(blocks.map((b) => b.kind)).toEqual(expect.arrayContaining(['title', 'byline']));
  });

  it('drops a "Reviewed by" line and a date line ending in a separator at the head of the article', () => {
    const { text, blocks } = clean(`<html><body><article><p>Reviewed by Jane Doe, MD</p><p>Jun 7, 2023, 8:54 PM UTC |</p>${prose(3)}</article></body></html>`);
    expect(text).not.toContain('Jane Doe');
    expect(text).not.toContain('Jun 7');
    expect(blocks.map((b) => b.kind)).toEqual(expect.arrayContaining(['byline', 'dateline']));
  });

  it('drops a page-feedback prompt, a previous-post link and a newsletter heading inside the article', () => {
    const { text } =
      clean(`<html><body><article>${prose(3)}<a class="feedback-link" href="/feedback"><p>We’re interested in your feedback on this page. Tell us what you think.</p></a>
      <p>← Previous: <a href="/older">Chasing quick fixes to sustainability</a></p><h3>Get our newsletter</h3></article></body></html>`);
    expect(text).toContain('Paragraph 3');
    expect(text).not.toContain('your feedback');
    expect(text).not.toContain('Chasing quick fixes');
    expect(text).not.toContain('Get our newsletter');
  });

  it('keeps a table of contents of in-page links, drops a list of links to other pages', () => {
    const toc = ['Detecting anomalies', 'Understanding the z-score', 'Analysing a server log'].map((h, i) => `<li><a href="#s${i}">${h}</a></li>`).join('');
    const teasers = ['Another story from the archive', 'A second story from elsewhere', 'One more headline']
      .map((h, i) => `<li><a href="/story/${i}">${h}</a></li>`)
      .join('');
    const { text } = clean(`<html><body><article>${prose(2)}<ul>${toc}</ul>${prose(2)}<ul>${teasers}</ul></article></body></html>`);
    expect(text).toContain('Understanding the z-score');
    expect(text).not.toContain('Another story from the archive');
  });

  it('reads date lines with an update, an author or a reading time as metadata, not a short sentence with a date', () => {
    const lines = ['April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm', 'Oct 18, 2019 · 8 min read', 'Posted on 2 September 2023 by Ruth'];
    const { text, blocks } = clean(
      `<html><body><article>${lines.map((line) => `<p>${line}</p>`).join('')}<p>March 3, 2024 we went.</p>${prose(3)}</article></body></html>`,
    );
    for (const line of lines) expect(blocks.find((b) => b.text === line)?.kind).toBe('dateline');
    expect(text).toContain('March 3, 2024 we went.');
  });

  it('drops a source line break between Chinese or Japanese characters, as browsers do, and keeps typed spaces and breaks elsewhere', () => {
    const { text } = clean(
      `<html><body><article>${prose(3)}<p>中国与阿尔及利亚\n    签署了合作协定，<a href="/a">双方</a>\n<a href="/b">同意</a>加强交流。 新的 协定<br>明年生效。 Two\nwords.</p></article></body></html>`,
    );
    expect(text).toContain('中国与阿尔及利亚签署了合作协定，双方同意加强交流。 新的 协定 明年生效。 Two words.');
  });

  it('drops a line break between Chinese characters that only inline elements hold, and collapses every kind of white space run', () => {
    // The break and the wide characters lie in different text nodes: asked of the nodes one by one,
    // they must still be seen together. The runs mix a no-break space, tabs and a trailing space.
    const { text } = clean(
      `<html><body><article>${prose(3)}<p><b>协定</b>\n<i>生效</i> and then\u00a0 two\t\twords, one space  more </p></article></body></html>`,
    );
    expect(text).toContain('协定生效 and then two words, one space more');
  });

  it('drops soft hyphens, which only hint where a word may break', () => {
    const { text } = clean(
      `<html><body><article>${prose(3)}<p>Prime Minister Benjamin Netan&shy;yahu met Vladi\u00admir Putin in Moscow on Thursday, and both spoke to reporters.</p></article></body></html>`,
    );
    expect(text).toContain('Benjamin Netanyahu met Vladimir Putin');
  });

  it("keeps an interview's short questions and answers whose words a share bar also uses", () => {
    const answers = [
      'Why Berlin? I like the city.',
      'Did the prices hold? Share prices fell sharply.',
      'Was ist zu tun? Teilen Sie die Last.',
      'Is it worth it? Print it and see.',
    ];
    const { text } = clean(`<html><body><article>${prose(2)}${answers.map((answer) => `<p>${answer}</p>`).join('')}${prose(1)}</article></body></html>`);
    for (const answer of answers) expect(text).toContain(answer);
  });

  it('returns empty output for a page without a body text', () => {
    const result = clean('<html><body><script>var x = 1;</script></body></html>');
    expect(result.text).toBe('');
    expect(result.markdown).toBe('');
  });
});

describe('the article head', () => {
  const body = Array.from(
    { length: 4 },
    (_, i) => `<p>Paragraph ${i + 1} of the report says something about the pipes under the streets, with commas, clauses, and detail.</p>`,
  ).join('');
  it('keeps the standfirst of a <header> that precedes the article body and states the title', () => {
    const { text, blocks } = clean(`<html><head><title>Winter wreaks havoc underneath the city | Paper</title></head><body>
      <header class="site"><h1><a href="/">Paper</a></h1><p>All the news that fits, every day of the week and twice on Sundays.</p></header>
      <div class="wrap"><header><h1>Winter wreaks havoc underneath the city</h1><p>The aging infrastructure is tough to maintain, and salt makes it even worse.</p><p>By Jane Doe</p></header>
      <div class="story-body">${body}</div></div></body></html>`);
    expect(text).toContain('The aging infrastructure is tough to maintain');
    expect(text).not.toContain('Winter wreaks havoc');
    expect(text).not.toContain('Jane Doe');
    expect(text).not.toContain('twice on Sundays');
    expect(blocks.find((b) => b.text.startsWith('Winter wreaks'))?.kind).toBe('title');
  });
});

describe('siblings of the article body', () => {
  const body = Array.from(
    { length: 4 },
    (_, i) => `<p>Paragraph ${i + 1} of the report says something about the season so far, with commas, clauses, and detail.</p>`,
  ).join('');
  it('keeps a standfirst written as a bare <div> beside the body, drops a link-only caption', () => {
    const { text } =
      clean(`<html><body><div class="article"><div class="perex">A miracle of one season? The club keeps answering its doubters, and the football world is starting to notice.</div>
      <div class="photo"><a href="/gallery/1">The captain after the win away from home. | Photo: Agency</a></div>
      <div class="article-body">${body}</div></div></body></html>`);
    expect(text).toContain('A miracle of one season?');
    expect(text).not.toContain('The captain after the win');
  });
});

describe("the page's hints around the article body", () => {
  const body = Array.from(
    { length: 8 },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the post says something about the survey's findings, with commas, clauses, figures, and detail enough to read as prose.</p>`,
  ).join('');
  it('does not widen the body to a <main> that adds only a few short lines of calls to action', () => {
    const { text } = clean(`<html><body><main><div class="wrapper">${body}</div>
      <div class="cta"><p>See what your team could do with one platform.</p><p>New here and not sure where to start?</p></div></main></body></html>`);
    expect(text).toContain('Paragraph 8 of the post');
    expect(text).not.toContain('not sure where to start');
  });
});

describe('lists inside the article', () => {
  const body = (n: number) =>
    Array.from(
      { length: n },
      (_, i) => `<p>Update ${i + 1}: the team landed several fixes this week, with more work, reviews, and tests still to come.</p>`,
    ).join('');
  it('keeps a list of ticket links that opens with a sentence of its own, drops a teaser list', () => {
    const tickets = Array.from(
      { length: 5 },
      (_, i) => `<li><a href="/bug/${i}">Bug ${i} – Ensure the window is not affected by switching source</a></li>`,
    ).join('');
    const teasers = Array.from({ length: 5 }, (_, i) => `<li><a href="/story/${i}">Another story from the archive, number ${i}</a></li>`).join('');
    const { text } =
      clean(`<html><body><article>${body(3)}<h4>Video</h4><ul><li>We have the green light for another round of students hacking on this feature next semester!</li><li>In progress:<ul>${tickets}</ul></li></ul>
      ${body(2)}<h4>Read next</h4><ul>${teasers}</ul></article></body></html>`);
    expect(text).toContain('We have the green light');
    expect(text).toContain('Bug 3 – Ensure the window');
    expect(text).not.toContain('Another story from the archive');
  });

  it('reads text set straight in a list with no items as paragraphs (an indent), drops loose text beside real items', () => {
    const { blocks, markdown } = clean(`<html><body><article>${body(3)}<blockquote><p>Eine Leserin schrieb:</p>
      <ul><i>Die Brücke war nie für Lastwagen gebaut, und das wusste in der Stadt jeder.</i></ul></blockquote>
      <dl>Une remarque mise en retrait par l'auteur, sans puce ni terme.</dl>
      <ol><li>Erster Punkt der Liste</li>Zwischenruf ohne Punkt<li>Zweiter Punkt der Liste</li></ol>${body(2)}</article></body></html>`);
    const kept = blocks.filter((block) => block.kept);
    expect(kept.find((block) => block.text.startsWith('Die Brücke'))?.kind).toBe('quote');
    expect(kept.find((block) => block.text.startsWith('Une remarque'))?.kind).toBe('paragraph');
    expect(markdown).not.toContain('- Une remarque');
    expect(kept.find((block) => block.kind === 'list')?.items).toEqual(['Erster Punkt der Liste', 'Zweiter Punkt der Liste']);
  });

  it('judges chrome and captions inside a list with no items where they stand, not by the list around them', () => {
    const { blocks, text } = clean(`<html><body><article>${body(4)}<ol>
      <div class="comment"><p>Great piece, I agree with every word of it and have sent it on to my whole family already.</p></div>
      <div class="advertisement">Save forty percent on your phone contract when you switch before the end of the month.</div>
      <figure><img src="bridge.jpg"><figcaption>The mayor at the opening of the new bridge on Tuesday.</figcaption></figure>
      Ein eingerückter Satz des Autors, der zum Artikel gehört und als Absatz bleibt.
    </ol>${body(1)}</article></body></html>`);
    expect(text).not.toContain('Great piece');
    expect(text).not.toContain('Save forty percent');
    expect(text).not.toContain('The mayor at the opening');
    expect(text).toContain('Ein eingerückter Satz des Autors');
    expect(blocks.find((block) => block.text.startsWith('Great piece'))?.reason).toMatch(/comment/);
  });

  it('keeps the link that opens loose text in a list with no items', () => {
    const { markdown } = clean(
      `<html><body><article>${body(3)}<dl><a href="https://example.org/minutes">The council minutes</a> say so in as many words, as the author notes in an indent.</dl>${body(1)}</article></body></html>`,
    );
    expect(markdown).toContain('[The council minutes](https://example.org/minutes) say so');
  });
});

describe('formulas', () => {
  it("keeps a formula drawn as an image as its source text, not other images' alt text", () => {
    const { text } =
      clean(`<html><body><article><p>A square matrix is Hermitian when <img class="mwe-math-fallback-image-inline" aria-hidden="true" alt="{\\displaystyle A=A^{H}}" src="/f.svg"> holds, which is the property, stated plainly, that this article is about.</p>
      <p>It is named after Charles Hermite, who showed in 1855 that such matrices, like real symmetric ones, have real eigenvalues.</p><img class="photo" alt="Portrait of Hermite" src="/p.jpg"></article></body></html>`);
    expect(text).toContain('Hermitian when {\\displaystyle A=A^{H}} holds');
    expect(text).not.toContain('Portrait');
  });
});
