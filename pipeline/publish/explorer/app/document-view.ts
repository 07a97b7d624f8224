// One document: its clean text with every claim's evidence highlighted, its claims, its metadata
// with the source of each field, and the audit view of the blocks the cleaner kept and removed.
import { html } from 'htm/preact';
import type { VNode } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ExplorerBlock, ExplorerDocument, ExplorerIndex } from '../shape.ts';
import { loadBlocks, loadDocument } from './data.ts';
import { segmentText, type EvidenceSpan } from './highlight.ts';
import { range } from './model.ts';
import { MODALITY_STYLES, relationColour } from './palette.ts';
import { routeHash, type Route } from './route.ts';
import { actorAsWritten, describeClaim, formatQuantities } from './describe.ts';

/** Fields the pipeline computes itself rather than reads from the page. */
const COMPUTED_FIELDS = new Set(['id', 'source', 'word_count', 'warnings']);

function isEmpty(value: unknown): boolean {
  return value === null || (Array.isArray(value) && value.length === 0) || (typeof value === 'object' && value !== null && Object.keys(value).length === 0);
}

function showValue(value: unknown): string {
  if (value === null) return '—';
  if (Array.isArray(value))
    return value
      .map((v) =>
        typeof v === 'object' && v !== null
          ? Object.values(v)
              .filter((x) => x !== null)
              .join(' · ')
          : String(v),
      )
      .join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function Metadata(props: { doc: ExplorerDocument }): VNode {
  const { doc } = props;
  // The capture's own fields (path, hashes, sizes, encoding) get one row each, as source.*.
  const fields = Object.entries(doc)
    .filter(([key]) => key !== 'text' && key !== 'provenance')
    .flatMap(([key, value]): [string, unknown][] => (key === 'source' ? Object.entries(doc.source).map(([k, v]) => [`source.${k}`, v]) : [[key, value]]));
  return html`<table class="table metadata">
    <thead><tr><th scope="col">Field</th><th scope="col">Value</th><th scope="col">Read from</th></tr></thead>
    <tbody>
      ${fields.map(([key, value]) => {
        const source = doc.provenance[key] ?? (COMPUTED_FIELDS.has(key.split('.')[0]) ? 'computed by pagepress' : isEmpty(value) ? 'not stated' : '—');
        return html`<tr data-field=${key} class=${isEmpty(value) ? 'missing' : ''}>
          <th scope="row">${key}</th>
          <td>${key.startsWith('source.') ? html`<code>${showValue(value)}</code>` : showValue(value)}</td>
          <td class="provenance">${source}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}

function HighlightedText(props: { index: ExplorerIndex; doc: ExplorerDocument; claims: number[]; focus: string | null }): VNode {
  const { index, doc, claims } = props;
  const c = index.claims;
  const runs = useMemo(() => {
    const spans: EvidenceSpan[] = claims.map((i) => ({ start: c.start[i], end: c.end[i], claim: i }));
    spans.sort((a, b) => a.start - b.start || a.end - b.end || a.claim - b.claim);
    return segmentText(doc.text.length, spans);
  }, [doc, claims]);
  return html`<div class="clean-text" lang=${doc.language ?? undefined}>
    ${runs.map((run) => {
      const text = doc.text.slice(run.start, run.end);
      if (run.claims.length === 0) return text;
      const first = run.claims[0];
      const modality = index.modalities[c.modality[first]]?.name ?? '';
      const ids = run.claims.map((i) => c.id[i]);
      const style = `--relation:${relationColour(c.relation[first])};text-decoration-style:${MODALITY_STYLES[modality] ?? 'solid'}`;
      return html`<mark
        class=${`claim${run.claims.length > 1 ? ' several' : ''}${props.focus && ids.includes(props.focus) ? ' focus' : ''}`}
        data-claims=${ids.join(' ')}
        data-relation=${index.relations[c.relation[first]]?.name}
        data-modality=${modality}
        style=${style}
        title=${run.claims.map((i) => describeClaim(index, i)).join('\n\n')}
      >${text}</mark>`;
    })}
  </div>`;
}

function Audit(props: { blocks: ExplorerBlock[] | null; hasBlocks: boolean }): VNode {
  const [onlyRemoved, setOnlyRemoved] = useState(false);
  if (!props.hasBlocks) return html`<p class="empty audit-missing">This version has no blocks.jsonl, so the blocks the cleaner removed cannot be shown.</p>`;
  if (!props.blocks) return html`<p class="status">Loading blocks…</p>`;
  const removed = props.blocks.filter((b) => !b.kept).length;
  return html`<div class="audit">
    <p class="status">
      ${props.blocks.length} blocks in the capture: ${props.blocks.length - removed} kept as text, ${removed} removed.
      <label><input type="checkbox" name="only-removed" checked=${onlyRemoved} onChange=${() => setOnlyRemoved(!onlyRemoved)} /> only removed blocks</label>
    </p>
    <ol class="blocks">
      ${props.blocks
        .filter((b) => !onlyRemoved || !b.kept)
        .map(
          (b) => html`<li class=${`block ${b.kept ? 'kept' : 'removed'}`} data-position=${b.position} data-kind=${b.kind} data-kept=${String(b.kept)}>
            <span class="block-kind">${b.kind}</span>
            ${
              b.kept
                ? html`<span class="block-text">${b.text}</span>`
                : html`<span class="block-label" data-reason=${b.reason ?? ''}>removed: ${b.reason ?? b.kind}</span><del class="block-text">${b.text}</del>`
            }
            ${b.start !== null ? html`<span class="block-span" title="characters in the capture">${b.start}–${b.end}</span>` : ''}
          </li>`,
        )}
    </ol>
  </div>`;
}

function Legend(props: { index: ExplorerIndex; claims: number[] }): VNode {
  const { index, claims } = props;
  const relations = [...new Set(claims.map((i) => index.claims.relation[i]))].sort((a, b) => a - b);
  const modalities = [...new Set(claims.map((i) => index.claims.modality[i]))].sort((a, b) => a - b);
  return html`<div class="legend">
    ${relations.map((r) => html`<span class="chip" style=${`--relation:${relationColour(r)}`} title=${index.relations[r]?.definition}>${index.relations[r]?.name}</span>`)}
    ${modalities.map((m) => {
      const name = index.modalities[m]?.name ?? '';
      return html`<span class="modality-sample" style=${`text-decoration-style:${MODALITY_STYLES[name] ?? 'solid'}`} title=${index.modalities[m]?.definition}>${name}</span>`;
    })}
  </div>`;
}

export function DocumentView(props: { index: ExplorerIndex; route: Route; navigate: (hash: string, replace?: boolean) => void }): VNode {
  const { index, route, navigate } = props;
  const position = index.documents.id.indexOf(route.id ?? '');
  const audit = route.params.get('audit') === '1';
  const focus = route.params.get('claim');
  const [doc, setDoc] = useState<ExplorerDocument | null>(null);
  const [blocks, setBlocks] = useState<ExplorerBlock[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setDoc(null);
    setBlocks(null);
    if (position < 0) return;
    loadDocument(index, position).then(setDoc, (e: Error) => setError(e.message));
    if (index.hasBlocks) loadBlocks(index, position).then(setBlocks, (e: Error) => setError(e.message));
  }, [position]);
  const claims = useMemo(() => range(index.claims.id.length).filter((i) => index.claims.doc[i] === position), [position]);
  useEffect(() => {
    if (!doc || !focus || audit) return;
    document.querySelector(`mark[data-claims~="${CSS.escape(focus)}"]`)?.scrollIntoView({ block: 'center' });
  }, [doc, focus, audit]);

  if (position < 0) return html`<section class="view"><p class="error">No document ${route.id} in this version.</p></section>`;
  if (error) return html`<section class="view"><p class="error">${error}</p></section>`;
  if (!doc) return html`<section class="view"><p class="status">Loading…</p></section>`;
  const c = index.claims;
  const here = (params: Record<string, string | null>) => routeHash('document', doc.id, { audit: audit ? 1 : null, claim: focus, ...params });
  return html`<section class="view document-view" data-id=${doc.id}>
    <p class="crumbs"><a href="#/documents">← documents</a></p>
    <h2>${doc.title ?? html`<em>untitled</em>`}</h2>
    <p class="byline">${[doc.site_name, doc.published, doc.authors.map((a) => a.name).join(', '), doc.language, doc.genre].filter(Boolean).join(' · ')}</p>
    <div class="toolbar">
      <button type="button" class="audit-toggle" aria-pressed=${audit} onClick=${() => navigate(here({ audit: audit ? null : '1' }), true)}>
        ${audit ? 'Show the clean text' : 'Audit view: what the cleaner removed'}
      </button>
      <span class="status">${index.documents.blocksKept[position]} blocks kept, ${index.documents.blocksDropped[position]} removed · ${claims.length} claims · ${doc.word_count.toLocaleString('en')} words</span>
    </div>
    <div class="document-body">
      <div class="text-column">
        ${
          audit
            ? html`<${Audit} blocks=${blocks} hasBlocks=${index.hasBlocks} />`
            : html`${claims.length > 0 ? html`<${Legend} index=${index} claims=${claims} />` : ''}<${HighlightedText} index=${index} doc=${doc} claims=${claims} focus=${focus} />`
        }
      </div>
      <aside class="side-column">
        <h3>Claims (${claims.length})</h3>
        ${
          claims.length === 0
            ? html`<p class="empty">No claims were extracted from this document.</p>`
            : html`<ol class="claim-list">
              ${claims.map(
                (i) => html`<li data-claim=${c.id[i]} class=${focus === c.id[i] ? 'focus' : ''}>
                  <a href=${here({ claim: c.id[i], audit: null })} style=${`--relation:${relationColour(c.relation[i])}`} class="claim-link">
                    ${actorAsWritten(index, c.subject[i], c.subjectName[i])} <span class="relation">${index.relations[c.relation[i]]?.name}</span> ${actorAsWritten(index, c.object[i], c.objectName[i])}
                  </a>
                  <span class="claim-meta">
                    ${index.modalities[c.modality[i]]?.name}${c.negative[i] ? ' · negative' : ''}${c.timeValue[i] ? ` · ${c.timeValue[i]}` : ''}${c.quantities[i].length ? ` · ${formatQuantities(c.quantities[i])}` : ''} · ${c.confidence[i]}
                  </span>
                  ${c.evidenceMismatch[i] ? html`<span class="error">evidence offsets do not match the claim text</span>` : ''}
                </li>`,
              )}
            </ol>`
        }
        <h3>Metadata</h3>
        <${Metadata} doc=${doc} />
      </aside>
    </div>
  </section>`;
}
