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
  /** Reads as program code (a script a renderer printed as text): dense in brackets and operators, with a statement's marks. */
  code: boolean;
}

/**
 * A sentence's last mark, or the emoji or emoticon that informal writing ends a sentence with in its
 * place ("… und das gefällt mir 😉", "Bis bald :)"), after a word or a stop. Only a symbol drawn as
 * an emoji counts: arrows, marks and signs printed as text ("Read more ▶", "Office®", "☎") close
 * links and labels, not sentences, though Unicode files them as pictographs too.
 */
const EMOJI = String.raw`(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)`;
const SENTENCE_END = new RegExp(String.raw`(?:[.!?…。！？؟][”"’'»)\]]*|(?<=[\p{L}\p{N}.!?,)]\s?)(?:${EMOJI}|[:;=]-?[)D(P]|<3)(?:\s*\)|\s*${EMOJI})*)$`, 'u');
const CODE_CHARACTER = /[{}()[\];=<>&|]/gu;
const CODE_SHARE = 0.1;
const CODE_MIN_CHARS = 80;
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
  // Minified script printed as text ("a.parentElement&&e.body.removeChild(a),setTimeout(…)") has
  // mostly lower-case tokens and long lines, which is what prose looks like to the counts above.
  // Running text rarely spends one character in CODE_SHARE on brackets and operators. Quotes do
  // not count (an etymology quotes every other word); a short line may be dense (a price
  // "(19,90 €)"), so only a long paragraph is weighed, and only one with a statement's marks
  // (";", "=", braces), which a table of bracketed figures lacks.
  const nonSpace = text.replace(/\s+/gu, '');
  const code = nonSpace.length >= CODE_MIN_CHARS && (nonSpace.match(CODE_CHARACTER)?.length ?? 0) >= nonSpace.length * CODE_SHARE && /[;{}=]/u.test(text);
  const prose =
    !code && ((endsSentence && weight >= 6 && !titleCase && lowerRatio >= 0.3) || (weight >= 16 && lowerRatio >= 0.4) || (unspaced >= 40 && endsSentence));
  return { words, weight, endsSentence, titleCase, prose, lowerRatio, code };
}
