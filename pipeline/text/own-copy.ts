// A string in storage of its own, for what a cache keeps across pages. V8 keeps a substring of 13
// characters or more as a view of the string it was cut from, so a cut-out attribute, line or date
// kept in a module's cache kept its whole page alive until the cache was cleared, and a pool
// worker's heap grew with every page it ran (40 MB of page sources on 275 captures in one thread).
// Concatenation makes a new string that slicing then flattens into new storage.

/** `text` in a string of its own, holding no page it was cut from. */
export const ownCopy = (text: string): string => ` ${text}`.slice(1);
