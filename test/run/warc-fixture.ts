// Generates a small web archive (.warc.gz) with the mix of records a real crawl holds.
import { writeFileSync } from 'node:fs';
import { WARCRecord, WARCSerializer } from 'warcio';
import { ARTICLE, FRENCH } from '../robustness/corpus.ts';

const page = (title: string, paragraphs: string[]) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article><footer>© 2024 Example</footer></body></html>`;

async function record(
  type: 'response' | 'request' | 'warcinfo' | 'resource',
  url: string,
  date: string,
  body: Uint8Array,
  httpHeaders?: Record<string, string>,
  statusline = 'HTTP/1.1 200 OK',
) {
  async function* content() {
    yield body;
  }
  const rec = WARCRecord.create({ url, date, type, warcVersion: 'WARC/1.1', httpHeaders, statusline: httpHeaders ? statusline : undefined }, content());
  return WARCSerializer.serialize(rec, { gzip: true });
}

/** A .warc.gz with the mix of records a real crawl holds. */
export async function makeWarc(path: string): Promise<void> {
  const parts = [
    await record('warcinfo', '', '2024-05-01T10:00:00Z', new TextEncoder().encode('software: test\n')),
    await record('request', 'https://news.example/a', '2024-05-01T10:00:01Z', new Uint8Array(), { host: 'news.example' }, 'GET /a HTTP/1.1'),
    await record('response', 'https://news.example/a', '2024-05-01T10:00:02Z', new TextEncoder().encode(page('A defence framework in the making', ARTICLE)), {
      'content-type': 'text/html; charset=utf-8',
    }),
    await record('response', 'https://news.example/logo.png', '2024-05-01T10:00:03Z', new Uint8Array([0x89, 0x50, 0x4e, 0x47]), {
      'content-type': 'image/png',
    }),
    await record(
      'response',
      'https://news.example/missing',
      '2024-05-01T10:00:04Z',
      new TextEncoder().encode('<html><body><p>Not found</p></body></html>'),
      { 'content-type': 'text/html' },
      'HTTP/1.1 404 Not Found',
    ),
    await record('response', 'https://presse.example/fr', '2024-05-02T08:30:00Z', Buffer.from(page("L'Algérie et la Russie", FRENCH), 'latin1'), {
      'content-type': 'text/html; charset=ISO-8859-1',
    }),
  ];
  writeFileSync(path, Buffer.concat(parts));
}
