// Measures the shape of a paragraph of a text dump: how many words, whether it reads as prose
// (sentences, mostly lower-case words) or as a headline, label or widget text.

export interface Shape {
  words: number;
  /** Words, or for scripts written without spaces an equivalent count from the characters. */
  weight: number;
  endsSentence: boolean;
  /** Most longer words capitalised, as in titles and menu items ("Foreign Affairs & Defence"). */
  titleCase: boolean;
  /** Reads as running text: sentence(s) of ordinary words. */
  prose: boolean;
  /** Share of words opening in lower case (or in a script without case): running text is mostly lower case. */
  lowerRatio: number;
}

const SENTENCE_END = /[.!?…。！？؟][”"’'»)\]]*$/u;
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;

export function measure(text: string): Shape {
  const tokens = text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token));
  const unspaced = text.match(UNSPACED_SCRIPT)?.length ?? 0;
  const words = tokens.length;
  const weight = Math.max(words, Math.round(unspaced / 2));
  let cased = 0;
  let capitalised = 0;
  let lower = 0;
  for (const token of tokens) {
    const letters = token.replace(/^[^\p{L}]+/u, '');
    if (/^\p{Ll}/u.test(letters) || /^\p{Lo}/u.test(letters)) lower++;
    if (letters.length < 4) continue;
    if (/^\p{Lu}/u.test(letters)) {
      cased++;
      capitalised++;
    } else if (/^\p{Ll}/u.test(letters)) cased++;
  }
  const endsSentence = SENTENCE_END.test(text);
  // A headline leaves at most one longer word in lower case; a German sentence capitalises its
  // nouns but not its verbs ("Banken finanzieren Unternehmungen, die dem Klima schaden").
  const titleCase = cased >= 2 && capitalised / cased >= 0.7 && cased - capitalised <= 1;
  const lowerRatio = words ? lower / words : 0;
  const prose = (endsSentence && weight >= 6 && !titleCase && lowerRatio >= 0.3) || (weight >= 16 && lowerRatio >= 0.4) || (unspaced >= 40 && endsSentence);
  return { words, weight, endsSentence, titleCase, prose, lowerRatio };
}
