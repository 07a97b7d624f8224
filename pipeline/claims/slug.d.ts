// Types of slug.js (plain JavaScript, shared with scripts/compile-actor-lexicon.mjs).
export function slug(name: string): string;
