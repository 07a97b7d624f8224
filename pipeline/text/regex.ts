// Building regular expressions from literal text: the one escaper the lexicon's patterns and the
// claims' quantity patterns share, so a word with "." or "$" matches itself, not a class of strings.

/** The text with every character that means something in a regular expression escaped. */
export const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
