// The day an article's lead opens with, as agency copy and press releases date it ("29.11.2022 –
// Mehrfach hatte …", "Berlin, 3 May 2024 — …"): read by the HTML reader in the article's head and
// by the text-dump reader in the body's first paragraphs.
import { findDates, type DateOptions } from '../text/dates.ts';

/** What may stand before a lead's date: a place and a comma ("Berlin,", "Karlsruhe, ("). */
const LEAD_PLACE = /^(?:\p{Lu}[\p{L}.' -]{0,30},\s*)?\(?$/u;
/** What follows a lead's date: a dash, a bar or a colon, then the text ("12.03.2024 – Die …", "(12.11.2021). Traditionell …"). */
const LEAD_SEPARATOR = /^(?:\)?\s*[|:–—-]|\)\.?)\s+\S/u;

/**
 * The day a line opens with, the way agency copy and press releases date their lead ("29.11.2022 –
 * Mehrfach hatte …", "Berlin, 3 May 2024 — …", "05.02.2020 - Redaktion: …"); null when the line
 * opens otherwise. Only a full day, and only at the very start: a date further in is the story's.
 */
export function leadingDay(text: string, options: DateOptions): string | null {
  const head = text.slice(0, 60);
  const first = findDates(head, options)[0];
  if (!first || first.value.length < 10) return null;
  const at = head.indexOf(first.text);
  if (!LEAD_PLACE.test(head.slice(0, at))) return null;
  return LEAD_SEPARATOR.test(text.slice(at + first.text.length)) ? first.value.slice(0, 10) : null;
}
