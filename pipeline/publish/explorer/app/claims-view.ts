// The claims: a table filtered by actor, relation, modality, period (and document), linking each
// claim to its evidence, and the actor network of the same claims drawn as SVG.
import { html } from 'htm/preact';
import type { VNode } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ExplorerIndex } from '../shape.ts';
import { loadDocumentChunk } from './data.ts';
import { actorNetwork, claimPasses, claimYearRange, filterClaims, range, type ClaimFilter } from './model.ts';
import { describeClaim, formatQuantities } from './describe.ts';
import { relationColour } from './palette.ts';
import { routeHash, type Route } from './route.ts';
import { PAGE_SIZE, Pager, Select } from './widgets.ts';

const NETWORK_SIZE = 640;
const NETWORK_NODES = 30;

function Network(props: { index: ExplorerIndex; filter: ClaimFilter; onActor: (actor: string) => void }): VNode {
  const { index, filter } = props;
  const { nodes, edges, claims } = useMemo(() => {
    const passing = range(index.claims.id.length).filter((i) => claimPasses(index, i, filter, true));
    return { ...actorNetwork(index, passing, NETWORK_NODES, NETWORK_SIZE), claims: passing.length };
  }, [index, filter.relation, filter.modality, filter.from, filter.to, filter.document]);
  const at = new Map(nodes.map((n) => [n.actor, n]));
  const maxWeight = Math.max(1, ...nodes.map((n) => n.weight));
  const colour = filter.relation ? relationColour(index.relations.findIndex((r) => r.name === filter.relation)) : '#556';
  return html`<figure class="network">
    <figcaption>
      Actor network: ${nodes.length} countries and organisations, ${edges.length} pairs, from ${claims.toLocaleString('en')} claims
      ${filter.relation ? ` (${filter.relation})` : ''}${filter.from || filter.to ? `, ${filter.from || '…'}–${filter.to || '…'}` : ''}. Line width: number of claims. Click a node to filter by it.
    </figcaption>
    ${
      nodes.length === 0
        ? html`<p class="empty">No claim between two countries or organisations passes these filters.</p>`
        : html`<svg viewBox=${`0 0 ${NETWORK_SIZE} ${NETWORK_SIZE}`} width=${NETWORK_SIZE} height=${NETWORK_SIZE} role="img" aria-label="actor network">
          <g class="edges">
            ${edges.map((e) => {
              const a = at.get(e.a)!;
              const b = at.get(e.b)!;
              return html`<line x1=${a.x.toFixed(1)} y1=${a.y.toFixed(1)} x2=${b.x.toFixed(1)} y2=${b.y.toFixed(1)} stroke=${colour} stroke-opacity="0.55" stroke-width=${(1 + 2 * Math.log2(e.count)).toFixed(2)} data-count=${e.count}>
                <title>${index.actors[e.a].label} — ${index.actors[e.b].label}: ${e.count} claims</title>
              </line>`;
            })}
          </g>
          <g class="nodes">
            ${nodes.map((n) => {
              const actor = index.actors[n.actor];
              const selected = filter.actor === String(n.actor);
              const right = n.x >= NETWORK_SIZE / 2;
              return html`<g class=${`node ${actor.type}${selected ? ' selected' : ''}`} data-actor=${actor.id} onClick=${() => props.onActor(selected ? '' : String(n.actor))}>
                <circle cx=${n.x.toFixed(1)} cy=${n.y.toFixed(1)} r=${(4 + 12 * Math.sqrt(n.weight / maxWeight)).toFixed(1)}><title>${actor.label} (${actor.id}, ${actor.type}): ${n.weight} claims</title></circle>
                <text x=${(n.x + (right ? 18 : -18)).toFixed(1)} y=${(n.y + 4).toFixed(1)} text-anchor=${right ? 'start' : 'end'}>${actor.label}</text>
              </g>`;
            })}
          </g>
        </svg>`
    }
  </figure>`;
}

export function ClaimsView(props: { index: ExplorerIndex; route: Route; navigate: (hash: string, replace?: boolean) => void }): VNode {
  const { index, route, navigate } = props;
  const c = index.claims;
  const d = index.documents;
  const p = route.params;
  const documentId = p.get('document') ?? '';
  const filter: ClaimFilter = {
    actor: p.get('actor') ?? '',
    relation: p.get('relation') ?? '',
    modality: p.get('modality') ?? '',
    from: p.get('from') ?? '',
    to: p.get('to') ?? '',
    document: documentId ? d.id.indexOf(documentId) : -1,
  };
  const page = Number(p.get('page') ?? '0') || 0;
  const set = (changes: Record<string, string | number>) =>
    navigate(
      routeHash('claims', null, {
        actor: filter.actor,
        relation: filter.relation,
        modality: filter.modality,
        from: filter.from,
        to: filter.to,
        document: documentId,
        page: 0,
        ...changes,
      }),
      true,
    );

  const options = useMemo(() => {
    const involving = new Array<number>(index.actors.length).fill(0);
    const byRelation = new Array<number>(index.relations.length).fill(0);
    const byModality = new Array<number>(index.modalities.length).fill(0);
    for (let i = 0; i < c.id.length; i++) {
      involving[c.subject[i]] += 1;
      if (c.object[i] !== c.subject[i]) involving[c.object[i]] += 1;
      byRelation[c.relation[i]] += 1;
      byModality[c.modality[i]] += 1;
    }
    const years = claimYearRange(index).map((y) => ({ value: String(y), label: String(y) }));
    return {
      actor: index.actors
        .map((a, i) => ({ value: String(i), label: `${a.label} (${a.id}, ${a.type}) · ${involving[i]}`, sortKey: a.label }))
        .sort((a, b) => a.sortKey.localeCompare(b.sortKey)),
      relation: index.relations.map((r, i) => ({ value: r.name, label: `${r.name} (${byRelation[i]})` })),
      modality: index.modalities.map((m, i) => ({ value: m.name, label: `${m.name} (${byModality[i]})` })),
      years,
    };
  }, [index]);
  const rows = useMemo(() => filterClaims(index, filter), [index, route]);
  const shown = rows.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  // The index leaves the evidence sentences out (they would double its size); the rows on screen
  // read theirs from the document chunks, as the offsets say.
  const [evidence, setEvidence] = useState<Map<number, string>>(new Map());
  const shownKey = shown.join(',');
  useEffect(() => {
    let cancelled = false;
    const chunks = [...new Set(shown.filter((i) => c.doc[i] >= 0).map((i) => d.chunk[c.doc[i]]))];
    Promise.all(chunks.map(loadDocumentChunk)).then((loaded) => {
      if (cancelled) return;
      const texts = new Map(loaded.flat().map((doc) => [doc.id, doc.text]));
      setEvidence(new Map(shown.filter((i) => c.doc[i] >= 0).map((i) => [i, (texts.get(d.id[c.doc[i]]) ?? '').slice(c.start[i], c.end[i])])));
    });
    return () => {
      cancelled = true;
    };
  }, [shownKey]);

  return html`<section class="view claims-view">
    <h2>Claims</h2>
    <form class="filters" onSubmit=${(e: Event) => e.preventDefault()}>
      <${Select} label="Actor (subject or object)" name="actor" value=${filter.actor} options=${options.actor} onChange=${(v: string) => set({ actor: v })} />
      <${Select} label="Relation" name="relation" value=${filter.relation} options=${options.relation} onChange=${(v: string) => set({ relation: v })} />
      <${Select} label="Modality" name="modality" value=${filter.modality} options=${options.modality} onChange=${(v: string) => set({ modality: v })} />
      <${Select} label="From year" name="from" value=${filter.from} options=${options.years} onChange=${(v: string) => set({ from: v })} />
      <${Select} label="To year" name="to" value=${filter.to} options=${options.years} onChange=${(v: string) => set({ to: v })} />
      ${
        documentId
          ? html`<span class="field">document: <a href=${routeHash('document', documentId)}>${d.title[filter.document] ?? documentId}</a> <button type="button" onClick=${() => set({ document: '' })}>all documents</button></span>`
          : ''
      }
    </form>
    <p class="status" aria-live="polite">${rows.length.toLocaleString('en')} of ${c.id.length.toLocaleString('en')} claims${filter.from || filter.to ? ' (undated claims are left out when a period is chosen)' : ''}</p>
    <table class="table claims">
      <thead>
        <tr><th scope="col">Subject</th><th scope="col">Relation</th><th scope="col">Object</th><th scope="col">Modality</th><th scope="col">Time</th><th scope="col">Quantities</th><th scope="col">Evidence</th><th scope="col">Document</th></tr>
      </thead>
      <tbody>
        ${shown.map((i) => {
          const doc = c.doc[i];
          return html`<tr data-id=${c.id[i]} data-relation=${index.relations[c.relation[i]]?.name} title=${describeClaim(index, i)}>
            <td>${index.actors[c.subject[i]].label} <small>${index.actors[c.subject[i]].id}</small></td>
            <td><span class="chip" style=${`--relation:${relationColour(c.relation[i])}`}>${index.relations[c.relation[i]]?.name}</span></td>
            <td>${index.actors[c.object[i]].label} <small>${index.actors[c.object[i]].id}</small></td>
            <td>${index.modalities[c.modality[i]]?.name}${c.negative[i] ? ' (negative)' : ''}</td>
            <td>${c.timeValue[i] ?? '—'}</td>
            <td>${c.quantities[i].length ? formatQuantities(c.quantities[i]) : '—'}</td>
            <td class="evidence">
              ${doc >= 0 ? html`<a class="evidence-link" href=${routeHash('document', d.id[doc], { claim: c.id[i] })}>${evidence.get(i) ?? 'evidence'}</a>` : '—'}
            </td>
            <td class="title">${doc >= 0 ? (d.title[doc] ?? d.path[doc]) : html`<span class="error">missing document</span>`}</td>
          </tr>`;
        })}
      </tbody>
    </table>
    <${Pager} page=${page} total=${rows.length} what="claims" onPage=${(n: number) => set({ page: n })} />
    <${Network} index=${index} filter=${filter} onActor=${(actor: string) => set({ actor })} />
  </section>`;
}
