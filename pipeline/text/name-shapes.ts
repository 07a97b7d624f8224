// Name shapes: whether a short line is only a person's name or a list of names ("Jane Doe",
// "Jane Doe and John Roe"), and the words that mark an organisation rather than a person. Shared
// below the stages: the cleaner drops name lines near the title, metadata reads bylines with them.

/** Words that name an organisation rather than a person. */
export const ORGANISATION_WORDS = new Set(
  (
    'center centre institute institut instituto istituto agency agence agencia press presse news network networks ' +
    'group foundation fondation council university université universidad association ministry ministère media ' +
    'times post newsroom desk team staff editors editorial board committee commission office service services ' +
    'reuters afp ap dpa tass ria xinhua bloomberg associated company corporation inc ltd llc gmbh sa ' +
    'society organisation organization department bureau union federation journal magazine review tribune herald ' +
    'gazette daily weekly radio tv television channel'
  ).split(' '),
);

// Conjunctions as whole words in any script: JavaScript's \b knows only ASCII letters, so "Renée"
// would end in the Italian "e" and the Russian "и" would never match.
const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}])';
const WORD_END = '(?![\\p{L}\\p{M}\\p{N}])';
export const conjunctions = (words: readonly string[]) => words.map((word) => `${WORD_START}${word}${WORD_END}`).join('|');
const NAME_LIST_SPLIT = new RegExp(`\\s*(?:,|&|${conjunctions(['and', 'et', 'und', 'и'])})\\s*`, 'u');

/** A short line that is only a person's name or a list of names ("Jane Doe", "Jane Doe and John Roe"). */
export function looksLikeNameLine(text: string): boolean {
  if (text.length > 100 || /[\d:!?@|]/.test(text)) return false;
  const names = text.split(NAME_LIST_SPLIT).filter(Boolean);
  return (
    names.length > 0 &&
    names.every((name) => {
      const words = name.split(/\s+/);
      return (
        words.length >= 2 &&
        words.length <= 5 &&
        words.every((word) => /^(?:\p{Lu}[\p{L}'’.-]*|de|da|di|del|van|von|der|al|el|bin|ibn|la|le)$/u.test(word)) &&
        !words.some((word) => ORGANISATION_WORDS.has(word.toLowerCase()))
      );
    })
  );
}
