// Counts at a glance: documents by site, year, language and genre; claims by relation and modality.
import { html } from 'htm/preact';
import type { VNode } from 'preact';
import { useMemo } from 'preact/hooks';
import type { ExplorerIndex } from '../shape.ts';
import { NONE, countBy, yearOf } from './model.ts';
import { relationColour } from './palette.ts';
import { BarTable } from './widgets.ts';

export function CountsView(props: { index: ExplorerIndex }): VNode {
  const { index } = props;
  const d = index.documents;
  const c = index.claims;
  const counts = useMemo(() => {
    const byYear = countBy(d.published, (p) => String(yearOf(p) ?? NONE)).sort(([a], [b]) => a.localeCompare(b));
    const inVocabularyOrder = (names: string[], counted: [string, number][]) => {
      const found = new Map(counted);
      return names.map((name): [string, number] => [name, found.get(name) ?? 0]);
    };
    return {
      site: countBy(d.site, (s) => s ?? NONE),
      year: byYear,
      language: countBy(d.language, (s) => s ?? NONE),
      genre: countBy(d.genre, (s) => s ?? NONE),
      relation: inVocabularyOrder(
        index.relations.map((r) => r.name),
        countBy(c.relation, (r) => index.relations[r]?.name ?? String(r)),
      ),
      modality: inVocabularyOrder(
        index.modalities.map((m) => m.name),
        countBy(c.modality, (m) => index.modalities[m]?.name ?? String(m)),
      ),
    };
  }, [index]);
  const kept = d.blocksKept.reduce((a, b) => a + b, 0);
  const dropped = d.blocksDropped.reduce((a, b) => a + b, 0);
  const relationIndex = new Map(index.relations.map((r, i) => [r.name, i]));
  return html`<section class="view counts-view">
    <h2>Counts</h2>
    <p class="totals">
      <strong>${d.id.length.toLocaleString('en')}</strong> documents${' · '}
      <strong>${d.words.reduce((a, b) => a + b, 0).toLocaleString('en')}</strong> words${' · '}
      <strong>${c.id.length.toLocaleString('en')}</strong> claims${' · '}
      <strong>${index.actors.length.toLocaleString('en')}</strong> actors
      ${index.hasBlocks ? html` · <strong>${kept.toLocaleString('en')}</strong> blocks kept, <strong>${dropped.toLocaleString('en')}</strong> removed` : ''}
    </p>
    <div class="bar-grid">
      <${BarTable} name="documents-by-site" title="Documents by site" rows=${counts.site} />
      <${BarTable} name="documents-by-year" title="Documents by year published" rows=${counts.year} />
      <${BarTable} name="claims-by-relation" title="Claims by relation" rows=${counts.relation} colour=${(name: string) => (relationIndex.has(name) ? relationColour(relationIndex.get(name)!) : undefined)} />
      <${BarTable} name="claims-by-modality" title="Claims by modality" rows=${counts.modality} />
      <${BarTable} name="documents-by-language" title="Documents by language" rows=${counts.language} />
      <${BarTable} name="documents-by-genre" title="Documents by genre" rows=${counts.genre} />
    </div>
  </section>`;
}
