// Personal corrections. The ledger keeps a fingerprint of each post, never its text: the set
// of its words hashed into a small space (so many words share a bucket and the set cannot be
// read back), sorted. A new draft that shares most of its words with a post the user
// corrected takes the user's verdict; anything else is untouched.
import type { Correction, Kind } from '../types.ts';
import type { Token } from './text.ts';

/** 2^20 buckets: collisions make the fingerprint lossy on purpose, rare enough for matching. */
const BUCKETS = 1 << 20;
const MAX_FEATURES = 64;
/** Share of words in common (Jaccard) from which a draft counts as "the same kind of post". */
export const SIMILAR_AT = 0.5;

function hash(word: string): number {
  let h = 2166136261;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
  return (h >>> 0) % BUCKETS;
}

/** Words of two letters or more, links by host-and-path, codes; the smallest 64 hashes kept. */
export function fingerprintOf(tokens: Token[]): number[] {
  const set = new Set<number>();
  for (const t of tokens) {
    if (t.kind === 'sym' || (t.kind === 'word' && t.text.length < 2)) continue;
    set.add(hash(t.kind === 'word' || t.kind === 'num' ? t.text : t.kind + ':' + t.text));
  }
  // Keeping the smallest hashes (a bottom-k sketch) keeps Jaccard estimates fair for long posts.
  return Array.from(set).sort(ascending).slice(0, MAX_FEATURES);
}

function ascending(a: number, b: number): number {
  return a - b;
}

export function similarity(a: number[], b: number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const small = new Set(a);
  let common = 0;
  for (const x of b) if (small.has(x)) common++;
  return common / (a.length + b.length - common);
}

export interface Adjustment {
  kind: Kind;
  similarity: number;
}

/** The most similar correction's verdict, if similar enough; later corrections win ties. */
export function correctionFor(print: number[], corrections: Correction[] | undefined): Adjustment | undefined {
  if (!corrections || corrections.length === 0) return undefined;
  let best: Adjustment | undefined;
  for (const c of corrections.slice(-500)) {
    if (!c || !Array.isArray(c.fingerprint) || c.was === c.kind) continue;
    const s = similarity(print, c.fingerprint);
    if (s >= SIMILAR_AT && (!best || s >= best.similarity)) best = { kind: c.kind, similarity: s };
  }
  return best;
}
