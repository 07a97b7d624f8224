// Function words per language, as data for the paragraph classifier (pipeline/clean/html/classify.ts):
// a paragraph of running prose is dense in them, a menu, a teaser or a caption is not. Written for
// this project from general knowledge of each language (the commonest articles, pronouns,
// prepositions, conjunctions and auxiliaries); add a language by adding its list.
export const STOPWORDS: Record<string, readonly string[]> = {
  en: ['the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'it', 'its', 'this', 'that', 'these', 'those', 'he', 'she', 'they', 'we', 'you', 'i', 'his', 'her', 'their', 'our', 'not', 'no', 'so', 'if', 'than', 'then', 'there', 'which', 'who', 'what', 'when', 'will', 'would', 'can', 'could', 'also', 'about', 'into', 'more', 'all', 'one', 'do', 'does', 'did', 'just', 'out', 'up'],
  de: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'und', 'oder', 'aber', 'in', 'im', 'an', 'am', 'auf', 'aus', 'bei', 'mit', 'nach', 'von', 'vom', 'zu', 'zum', 'zur', 'für', 'über', 'unter', 'um', 'durch', 'ist', 'sind', 'war', 'waren', 'wird', 'werden', 'wurde', 'hat', 'haben', 'hatte', 'sein', 'es', 'er', 'sie', 'wir', 'ich', 'ihr', 'man', 'sich', 'nicht', 'auch', 'noch', 'nur', 'so', 'wie', 'als', 'dass', 'wenn', 'doch', 'schon', 'sehr', 'kann', 'können', 'diese', 'dieser', 'dieses', 'was', 'da', 'dann', 'mehr'],
  fr: ['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'et', 'ou', 'mais', 'à', 'au', 'aux', 'en', 'dans', 'par', 'pour', 'sur', 'avec', 'sans', 'sous', 'est', 'sont', 'était', 'a', 'ont', 'avait', 'être', 'avoir', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'je', 'se', 's', 'ce', 'cette', 'ces', 'qui', 'que', 'qu', 'ne', 'pas', 'plus', 'son', 'sa', 'ses', 'leur', 'leurs', 'y', 'comme', 'mais', 'aussi', 'tout', 'très', 'entre', 'c', 'n'],
  es: ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'y', 'o', 'pero', 'de', 'del', 'a', 'al', 'en', 'por', 'para', 'con', 'sin', 'sobre', 'entre', 'es', 'son', 'era', 'fue', 'ha', 'han', 'había', 'ser', 'estar', 'está', 'están', 'se', 'su', 'sus', 'lo', 'le', 'les', 'que', 'qué', 'quien', 'como', 'más', 'muy', 'no', 'sí', 'ya', 'también', 'este', 'esta', 'estos', 'esto', 'ese', 'esa', 'yo', 'él', 'ella', 'nos', 'cuando', 'donde'],
  it: ['il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'uno', 'una', 'e', 'o', 'ma', 'di', 'del', 'della', 'dei', 'delle', 'a', 'al', 'alla', 'da', 'dal', 'in', 'nel', 'nella', 'con', 'su', 'sul', 'per', 'tra', 'fra', 'è', 'sono', 'era', 'ha', 'hanno', 'essere', 'avere', 'che', 'chi', 'non', 'si', 'ci', 'come', 'più', 'anche', 'questo', 'questa', 'quello', 'quella', 'suo', 'sua', 'loro', 'io', 'lui', 'lei', 'noi', 'se', 'quando', 'dove', 'molto'],
  nl: ['de', 'het', 'een', 'en', 'of', 'maar', 'van', 'in', 'op', 'aan', 'met', 'voor', 'door', 'bij', 'naar', 'uit', 'over', 'om', 'tot', 'is', 'zijn', 'was', 'waren', 'wordt', 'worden', 'werd', 'heeft', 'hebben', 'had', 'het', 'hij', 'zij', 'ze', 'wij', 'we', 'ik', 'je', 'u', 'niet', 'ook', 'nog', 'al', 'dat', 'die', 'dit', 'deze', 'er', 'als', 'dan', 'wel', 'zo', 'te', 'kan', 'zal', 'meer', 'wat', 'wie', 'hoe'],
  pt: ['o', 'a', 'os', 'as', 'um', 'uma', 'e', 'ou', 'mas', 'de', 'do', 'da', 'dos', 'das', 'em', 'no', 'na', 'nos', 'nas', 'por', 'para', 'com', 'sem', 'sobre', 'entre', 'é', 'são', 'era', 'foi', 'tem', 'têm', 'ser', 'estar', 'está', 'se', 'seu', 'sua', 'que', 'quem', 'como', 'mais', 'muito', 'não', 'sim', 'já', 'também', 'este', 'esta', 'isso', 'isto', 'ele', 'ela', 'eles', 'nós', 'quando', 'onde', 'ao', 'aos', 'pelo', 'pela'],
  pl: ['i', 'w', 'z', 'na', 'do', 'nie', 'się', 'to', 'że', 'o', 'a', 'jest', 'są', 'był', 'była', 'od', 'po', 'za', 'dla', 'jak', 'ale', 'co', 'tak', 'jego', 'jej', 'ich', 'przez', 'przy', 'może', 'tym', 'ten', 'ta', 'te', 'już', 'czy', 'oraz', 'jako', 'lub', 'bardzo'],
  ru: ['и', 'в', 'во', 'не', 'что', 'он', 'на', 'я', 'с', 'со', 'как', 'а', 'то', 'все', 'она', 'так', 'его', 'но', 'да', 'ты', 'к', 'у', 'же', 'вы', 'за', 'бы', 'по', 'только', 'ее', 'мне', 'было', 'вот', 'от', 'меня', 'еще', 'нет', 'о', 'из', 'ему', 'для', 'это', 'был', 'были', 'они', 'мы', 'при', 'также'],
};

const SETS = Object.entries(STOPWORDS).map(([language, words]) => [language, new Set(words)] as const);

/** Words of a text, lower-cased, split on whitespace and punctuation (apostrophes split: l'état → l, état). */
export function words(text: string): string[] {
  return text.toLowerCase().split(/[\s\p{P}\p{S}]+/u).filter(Boolean);
}

/** The language whose function words are densest in a sample of the page's text, or null when none is. */
export function stopwordLanguage(sample: string[]): string | null {
  let best: string | null = null;
  let bestDensity = 0;
  for (const [language, set] of SETS) {
    const density = sample.filter((word) => set.has(word)).length / Math.max(1, sample.length);
    if (density > bestDensity) [best, bestDensity] = [language, density];
  }
  // Under 5% function words of any language: the page is in a language the lists do not cover.
  return bestDensity >= 0.05 ? best : null;
}

/** Share of a paragraph's words that are function words of the language. */
export function stopwordDensity(paragraphWords: string[], language: string): number {
  const set = SETS.find(([code]) => code === language)?.[1];
  if (!set || paragraphWords.length === 0) return 0;
  return paragraphWords.filter((word) => set.has(word)).length / paragraphWords.length;
}
