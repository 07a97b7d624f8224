// The documents table: sortable columns, filters by site, language, genre and year, a search over
// titles (instant) and texts (document chunks are loaded and scanned in the background).
import { html } from 'htm/preact';
import type { VNode } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DocumentsIndex } from '../shape.ts';
import { loadDocumentChunk } from './data.ts';
import { NONE, countBy, filterDocuments, range, yearOf, type DocumentColumn, type DocumentFilter } from './model.ts';
import { routeHash, type Route } from './route.ts';
import { PAGE_SIZE, Pager, Select, type Option } from './widgets.ts';

const COLUMNS: { key: DocumentColumn; label: string; numeric?: boolean }[] = [
  { key: 'title', label: 'Title' },
  { key: 'site', label: 'Site' },
  { key: 'published', label: 'Date' },
  { key: 'language', label: 'Language' },
  { key: 'genre', label: 'Genre' },
  { key: 'words', label: 'Words', numeric: true },
  { key: 'claims', label: 'Claims', numeric: true },
];

const isColumn = (value: string | null): value is DocumentColumn => COLUMNS.some((c) => c.key === value);

function optionsOf(values: Iterable<string>): Option[] {
  return countBy(values, (v) => v)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([value, n]) => ({ value, label: `${value} (${n})` }));
}

interface TextSearch {
  query: string;
  matches: Set<number>;
  chunksDone: number;
}

let firstTableMarked = false;

export function DocumentsView(props: { index: DocumentsIndex; route: Route; navigate: (hash: string, replace?: boolean) => void }): VNode {
  const { index, route, navigate } = props;
  const d = index.documents;
  const p = route.params;
  const sort = p.get('sort');
  const filter: DocumentFilter = {
    query: p.get('q') ?? '',
    site: p.get('site') ?? '',
    language: p.get('language') ?? '',
    genre: p.get('genre') ?? '',
    year: p.get('year') ?? '',
    sort: isColumn(sort) ? sort : 'published',
    descending: p.has('sort') ? p.get('desc') === '1' : true,
  };
  const page = Number(p.get('page') ?? '0') || 0;
  const set = (changes: Record<string, string | number | boolean>) => {
    const next = {
      q: filter.query,
      site: filter.site,
      language: filter.language,
      genre: filter.genre,
      year: filter.year,
      sort: filter.sort,
      desc: filter.descending ? 1 : 0,
      page: 0,
      ...changes,
    };
    navigate(routeHash('documents', null, next), true);
  };

  const options = useMemo(
    () => ({
      site: optionsOf(d.site.map((v) => v ?? NONE)),
      language: optionsOf(d.language.map((v) => v ?? NONE)),
      genre: optionsOf(d.genre.map((v) => v ?? NONE)),
      year: optionsOf(d.published.map((v) => String(yearOf(v) ?? NONE))),
    }),
    [index],
  );

  // Text search: scan the document chunks one after the other; a newer query abandons an older scan.
  const [search, setSearch] = useState<TextSearch>({ query: '', matches: new Set(), chunksDone: 0 });
  const query = filter.query.trim().toLowerCase();
  useEffect(() => {
    if (query.length < 2) return;
    let cancelled = false;
    const matches = new Set<number>();
    setSearch({ query, matches, chunksDone: 0 });
    const positions = new Map(d.id.map((id, i) => [id, i]));
    const timer = setTimeout(async () => {
      for (const chunk of range(index.documentChunks)) {
        const documents = await loadDocumentChunk(chunk);
        if (cancelled) return;
        for (const doc of documents) if (doc.text.toLowerCase().includes(query)) matches.add(positions.get(doc.id)!);
        setSearch({ query, matches: new Set(matches), chunksDone: chunk + 1 });
      }
    }, 200);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [query, index]);
  const textMatches = search.query === query ? search.matches : new Set<number>();
  const rows = useMemo(() => filterDocuments(index, filter, textMatches), [index, route, textMatches]);
  const shown = rows.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);

  useEffect(() => {
    if (firstTableMarked) return;
    firstTableMarked = true;
    performance.mark('pagepress:first-table');
    document.documentElement.dataset.firstTable = 'rendered';
  }, []);

  const searching = query.length >= 2 && (search.query !== query || search.chunksDone < index.documentChunks);
  return html`<section class="view documents-view">
    <h2>Documents</h2>
    <form class="filters" onSubmit=${(e: Event) => e.preventDefault()}>
      <label class="field search">
        <span>Search titles and text</span>
        <input type="search" name="q" value=${filter.query} placeholder="words in the title or text" onInput=${(e: Event) => set({ q: (e.currentTarget as HTMLInputElement).value })} />
      </label>
      <${Select} label="Site" name="site" value=${filter.site} options=${options.site} onChange=${(v: string) => set({ site: v })} />
      <${Select} label="Language" name="language" value=${filter.language} options=${options.language} onChange=${(v: string) => set({ language: v })} />
      <${Select} label="Genre" name="genre" value=${filter.genre} options=${options.genre} onChange=${(v: string) => set({ genre: v })} />
      <${Select} label="Year" name="year" value=${filter.year} options=${options.year} onChange=${(v: string) => set({ year: v })} />
    </form>
    <p class="status" aria-live="polite">
      ${rows.length.toLocaleString('en')} of ${d.id.length.toLocaleString('en')} documents
      ${searching ? html` · searching texts (${search.query === query ? search.chunksDone : 0}/${index.documentChunks} parts)…` : ''}
    </p>
    <table class="table documents">
      <thead>
        <tr>
          ${COLUMNS.map(
            (
              c,
            ) => html`<th scope="col" class=${c.numeric ? 'n' : ''} aria-sort=${filter.sort === c.key ? (filter.descending ? 'descending' : 'ascending') : 'none'}>
              <button type="button" data-sort=${c.key} onClick=${() => set({ sort: c.key, desc: filter.sort === c.key ? (filter.descending ? 0 : 1) : c.numeric ? 1 : 0 })}>
                ${c.label}${filter.sort === c.key ? (filter.descending ? ' ▼' : ' ▲') : ''}
              </button>
            </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${shown.map(
          (i) => html`<tr data-id=${d.id[i]}>
            <td class="title"><a href=${routeHash('document', d.id[i])}>${d.title[i] ?? html`<em>untitled (${d.path[i]})</em>`}</a></td>
            <td>${d.site[i] ?? '—'}</td>
            <td class="date">${d.published[i] ?? '—'}</td>
            <td>${d.language[i] ?? '—'}</td>
            <td>${d.genre[i] ?? '—'}</td>
            <td class="n">${d.words[i].toLocaleString('en')}</td>
            <td class="n">${d.claims[i] > 0 ? html`<a href=${routeHash('claims', null, { document: d.id[i] })}>${d.claims[i]}</a>` : '0'}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    <${Pager} page=${page} total=${rows.length} what="documents" onPage=${(n: number) => navigate(routeHash('documents', null, { ...Object.fromEntries(p), page: n }), true)} />
  </section>`;
}
