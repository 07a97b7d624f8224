// Small building blocks the views share: a labelled select box, a pager, a bar table.
import { html } from 'htm/preact';
import type { VNode } from 'preact';

export interface Option {
  value: string;
  label: string;
}

export function Select(props: { label: string; name: string; value: string; options: Option[]; anyLabel?: string; onChange: (value: string) => void }): VNode {
  return html`<label class="field">
    <span>${props.label}</span>
    <select name=${props.name} value=${props.value} onChange=${(e: Event) => props.onChange((e.currentTarget as HTMLSelectElement).value)}>
      <option value="">${props.anyLabel ?? 'any'}</option>
      ${props.options.map((o) => html`<option value=${o.value} selected=${o.value === props.value}>${o.label}</option>`)}
    </select>
  </label>`;
}

export const PAGE_SIZE = 50;

export function Pager(props: { page: number; total: number; onPage: (page: number) => void; what: string }): VNode {
  const pages = Math.max(1, Math.ceil(props.total / PAGE_SIZE));
  const first = props.total === 0 ? 0 : props.page * PAGE_SIZE + 1;
  const last = Math.min(props.total, (props.page + 1) * PAGE_SIZE);
  return html`<div class="pager">
    <button type="button" disabled=${props.page === 0} onClick=${() => props.onPage(props.page - 1)}>← previous</button>
    <span class="pager-status">${first}–${last} of ${props.total.toLocaleString('en')} ${props.what} · page ${props.page + 1} of ${pages}</span>
    <button type="button" disabled=${props.page + 1 >= pages} onClick=${() => props.onPage(props.page + 1)}>next →</button>
  </div>`;
}

export function BarTable(props: { title: string; rows: [string, number][]; colour?: (label: string) => string | undefined; name: string }): VNode {
  const max = Math.max(1, ...props.rows.map(([, n]) => n));
  return html`<section class="bars" data-count=${props.name}>
    <h3>${props.title}</h3>
    ${
      props.rows.length === 0
        ? html`<p class="empty">none</p>`
        : html`<table>
          <tbody>
            ${props.rows.map(
              ([label, n]) => html`<tr data-label=${label}>
                <th scope="row">${label}</th>
                <td class="n">${n.toLocaleString('en')}</td>
                <td class="bar"><span style=${`width:${(100 * n) / max}%;${props.colour?.(label) ? `background:${props.colour(label)}` : ''}`}></span></td>
              </tr>`,
            )}
          </tbody>
        </table>`
    }
  </section>`;
}
