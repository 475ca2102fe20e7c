// The analysis's one hash: 32-bit FNV-1a, computed incrementally by the tokenizer as it reads a
// word (so no string is hashed twice), with a final avalanche so that its low bits can index
// the model's buckets. Vocabulary lookups, model features, the per-word cache's check (from
// another starting value), entry fingerprints and the eval's fixed split all use it.

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;
/**
 * Another starting value: a second hash of the same word, as good as the first. With both (64
 * bits) the vocabulary, the phrase matcher and the per-word n-gram cache tell words apart
 * without comparing their text.
 */
export const CHECK_SEED = 0x9e3779b1 | 0;

/** A word's second hash, never 0 (an empty slot's mark); the tokenizer computes it in its own loop for plain words. */
export const wordCheck = (text: string): number => fnv(text, CHECK_SEED) | 1;

/** FNV-1a of a string, optionally continuing from `h`. */
export function fnv(text: string, h: number = FNV_OFFSET): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Murmur3's finaliser: spreads every input bit over the low bits that pick a bucket. */
export function avalanche(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Combines two hashes into one (order matters: "follow me" is not "me follow"). */
export function combine(a: number, b: number): number {
  return Math.imul(a ^ (a >>> 15), 0x2c1b3c6d) ^ b;
}
