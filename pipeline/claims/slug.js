// The one slug function for actor ids made from names: ids of dictionary entries written by
// scripts/compile-actor-lexicon.mjs (a plain Node script, hence plain JavaScript here) and ids of the
// groups the claims stage recognises at run time (actors.ts). One function, so a group named in a page
// and the same group listed in the dictionaries get the same id.
// Compatibility decomposition (NFKD) folds ligatures and full-width letters as well as accents; it runs
// before lower-casing so a capital with an accent ("É") loses its mark the same way as the small letter.

/**
 * "Front de Libération du Québec" → "front-de-liberation-du-quebec": letters without their marks,
 * lower case, every run of other characters one hyphen, none at either end.
 * @param {string} name
 * @returns {string}
 */
export function slug(name) {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
}
