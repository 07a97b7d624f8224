// The post's meta line before the article (fields set apart by bars or bullets: a date, a byline, a
// site's name) is dropped as metadata; what only looks like one is kept: a table, code, a quote or a
// heading whose cells or parts a bar joins, and a line whose "byline" field goes on as a sentence.
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../../pipeline/clean/html/index.ts';
import { decodeCapture } from '../../../pipeline/ingest/decode.ts';
import { toPage } from '../../../pipeline/ingest/page.ts';

const article = (first: string, lang = 'en') => {
  const html = `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>The summit in Paris | World Desk</title></head><body>
<div class="masthead"><a href="/">World Desk</a> <a href="/a">Europe</a> <a href="/b">Asia</a></div>
<div class="entry"><h1>The summit in Paris</h1>
${first}
<p>The ministers of the twelve countries met for three days in the conference centre by the river and agreed on a common text about the harbour dues that each of them charges.</p>
<p>It was the first time in ten years that all of them had sat at one table, and the host said that the talks had been hard but fair, and that the text would be signed in June.</p>
<p>Observers from the shipping firms said that the agreement would cut costs for everyone, though the smaller ports feared that they would lose trade to the larger ones in the north.</p>
</div><div class="site-foot"><p>© 2020 World Desk</p></div></body></html>`;
  const page = toPage(decodeCapture('page.html', Buffer.from(html)));
  return cleanHtml(page.html!, page.jsonLd).text;
};

describe('meta line before the article', () => {
  it('drops a meta line of a date, a byline and a site name', () => {
    const text = article('<p>World Desk | 12 May 2020 | By Jane Doe and John Roe</p>');
    expect(text).not.toContain('Jane Doe');
    expect(text).toContain('The ministers of the twelve countries');
  });

  it('keeps a table, code, a quote and a heading whose parts a bar sets apart', () => {
    expect(article('<table><tr><td>Berlin</td><td>12 May 2020</td></tr><tr><td>Paris</td><td>3 June 2020</td></tr></table>')).toContain('Berlin | 12 May 2020');
    expect(article('<pre>v2.0.1 | 2020-05-12</pre>')).toContain('v2.0.1 | 2020-05-12');
    expect(article('<blockquote>Paris | 12 May 2020 | Jean Monnet</blockquote>')).toContain('Jean Monnet');
    expect(article('<h2>Paris | 12 May 2020 | Minister Resigns Over Scandal</h2>')).toContain('Minister Resigns Over Scandal');
  });

  it('keeps a line whose field after a lead-in word goes on as a sentence', () => {
    expect(
      article('<p>PARIS | 12 May 2020 | By Monday evening the talks between the twelve ministers had collapsed, and the host sent everyone home.</p>'),
    ).toContain('By Monday evening the talks');
    expect(article('<p>Berlin · 12.05.2020 · Von Montag an gelten in allen Läden der Stadt neue Regeln für Masken und Abstand.</p>', 'de')).toContain(
      'Von Montag an gelten',
    );
  });

  it('reads a date field as the date after a label and a weekday at most; other words before it make it text', () => {
    const meta = article('<p>Tuesday, 12 May 2020 | Updated 13 May 2020 | By Jane Doe</p>');
    expect(meta).not.toContain('Jane Doe');
    expect(article('<p>Ceasefire agreed 12 May 2020 | Talks collapsed 3 June 2020 | Fighting resumed 9 July 2020</p>')).toContain('Ceasefire agreed');
    expect(article('<p>Paris | Talks resumed on 12 May 2020</p>')).toContain('Talks resumed on 12 May 2020');
    expect(article('<p>Born 12 May 1950 · Died 3 June 2020 · Nationality French</p>')).toContain('Born 12 May 1950');
  });
});
