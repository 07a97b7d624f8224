// The explorer page: loads the index data file, then shows the view the URL hash names.
import { html, render } from 'htm/preact';
import type { VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { DocumentsIndex, ExplorerIndex } from '../shape.ts';
import { ClaimsView } from './claims-view.ts';
import { CountsView } from './counts-view.ts';
import { loadFullIndex, loadIndex } from './data.ts';
import { DocumentView } from './document-view.ts';
import { DocumentsView } from './documents-view.ts';
import { useRoute } from './route.ts';

const VIEWS = [
  { view: 'documents', label: 'Documents' },
  { view: 'claims', label: 'Claims' },
  { view: 'counts', label: 'Counts' },
];

function App(): VNode {
  const [index, setIndex] = useState<DocumentsIndex | null>(null);
  const [full, setFull] = useState<ExplorerIndex | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [route, navigate] = useRoute();
  useEffect(() => {
    loadIndex().then(
      (documents) => {
        setIndex(documents);
        // The claims part is parsed after the first table has been drawn.
        requestAnimationFrame(() => setTimeout(() => loadFullIndex(documents).then(setFull, (e: Error) => setError(e.message)), 0));
      },
      (e: Error) => setError(e.message),
    );
  }, []);
  const needsClaims = route.view === 'document' || route.view === 'claims' || route.view === 'counts';
  useEffect(() => {
    if (index) document.title = `${index.dataset.title ?? 'Dataset'}${index.dataset.version ? ` ${index.dataset.version}` : ''} — explorer`;
  }, [index]);
  const active = route.view === 'document' ? 'documents' : route.view;
  return html`<header class="top">
      <h1>${index?.dataset.title ?? 'Dataset explorer'} ${index?.dataset.version ? html`<span class="version">${index.dataset.version}</span>` : ''}</h1>
      <nav>
        ${VIEWS.map((v) => html`<a href=${`#/${v.view}`} class=${active === v.view ? 'active' : ''} aria-current=${active === v.view ? 'page' : undefined}>${v.label}</a>`)}
      </nav>
    </header>
    <main>
      ${
        error
          ? html`<p class="error">${error}</p>`
          : !index
            ? html`<p class="status">Loading the data…</p>`
            : needsClaims && !full
              ? html`<p class="status">Loading the claims…</p>`
              : full && route.view === 'document'
                ? html`<${DocumentView} index=${full} route=${route} navigate=${navigate} />`
                : full && route.view === 'claims'
                  ? html`<${ClaimsView} index=${full} route=${route} navigate=${navigate} />`
                  : full && route.view === 'counts'
                    ? html`<${CountsView} index=${full} />`
                    : html`<${DocumentsView} index=${index} route=${route} navigate=${navigate} />`
      }
    </main>`;
}

const container = document.getElementById('app')!;
// The shell's "Loading" paragraph is static HTML; preact renders next to existing nodes, not over them.
container.replaceChildren();
render(html`<${App} />`, container);
