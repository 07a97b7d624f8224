// The page's own site and the hosts its links point to: one reading of an address's host for both,
// so a link to another of the site's pages is told from a citation of another site (judge.ts).
import type { CheerioAPI } from 'cheerio';
import { elementsByRel, elementsByTag } from '../../ingest/dom-index.ts';

/** The host of an absolute ("https://…") or protocol-relative ("//…") address. */
const ADDRESS_HOST = /^(?:https?:)?\/\/([^/?#:\s]+)/i;

/**
 * The host an address names, lower-cased and without "www." (the same site's pages are printed
 * with it and without); null for a relative address or another scheme (mailto:, javascript:).
 */
export function hostOf(address: string): string | null {
  const host = ADDRESS_HOST.exec(address.trim())?.[1];
  return host ? host.toLowerCase().replace(/^www\./, '') : null;
}

/**
 * The page's own site, as the page states its address (the canonical link, og:url, <base>): its
 * host (hostOf), or null when the page does not say.
 */
export function pageSite($: CheerioAPI): string | null {
  const stated = [
    elementsByRel($, ['link'], 'canonical')[0]?.attribs.href,
    elementsByTag($, 'meta').find((el) => el.attribs.property === 'og:url')?.attribs.content,
    elementsByTag($, 'base')[0]?.attribs.href,
  ];
  for (const address of stated) {
    const host = address ? hostOf(address) : null;
    if (host) return host;
  }
  return null;
}

/** A host of the page's site: the site itself, one of its subdomains ("m.", "blog."), or the host it is a subdomain of. */
export function onSite(host: string, site: string): boolean {
  return host === site || host.endsWith(`.${site}`) || site.endsWith(`.${host}`);
}
