// Language of a text, as an ISO 639-1 code (639-3 where there is none), detected with franc.
// Returns null when the text is too short or franc cannot tell: a blank beats a guess.
import { franc } from 'franc';
import { iso6393To1 } from 'iso-639-3';

/** Below this many characters franc's trigram statistics are unreliable. */
const MIN_LENGTH = 40;

export function detectLanguage(text: string): string | null {
  // A text dump's metadata and the dispatcher both ask about the same clean text: franc once.
  if (last && last.text === text) return last.language;
  const language = detect(text);
  last = { text, language };
  return language;
}

let last: { text: string; language: string | null } | null = null;

function detect(text: string): string | null {
  if (text.trim().length < MIN_LENGTH) return null;
  const code = franc(text, { minLength: MIN_LENGTH });
  if (code === 'und') return null;
  return iso6393To1[code] ?? code;
}

/** Normalises a declared language tag (`en-US`, `fr_FR`, `EN`) to its primary subtag. */
export function normaliseLanguageTag(tag: string | null | undefined): string | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}
