// What the model sees of a draft: hashed word 1-2-grams and character n-grams (robust to
// spelling, inflection and languages the lexicons barely know), plus the structural signals the
// evidence stage found (links and whose they are, the user's own things, prices, codes, calls to
// action, ...) and the draft's shape (length, person, questions, emoji, hashtags, context, site).
//
// Every feature is a bucket of the model's table and a value. Each also records where it came
// from, so the hint can point at the words that pushed the verdict: a token index, EVIDENCE - i
// for the i-th signal in SIGNAL_IDS (its spans are the evidence's reasons), or WHOLE.
import type { Context } from '../types.ts';
import { avalanche, combine, fnv, FNV_PRIME } from './hash.ts';
import { SIGNAL_IDS, SIGNALS } from './signals.ts';
import type { Scan, TokenKind } from './text.ts';
import type { Evidence } from './evidence.ts';
import { FINGERPRINT_SIZE, packFeature } from './delta.ts';

/** How the features are made; the generated model records the options it was trained with. */
export interface FeatureOptions {
  /** log2 of the number of buckets. */
  bits: number;
  /** Character n-gram lengths, inclusive (0 for none). */
  charMin: number;
  charMax: number;
  /** The character n-grams' share of the text features' weight (the words' is 1). */
  charWeight: number;
}

export const WHOLE = -1;
export const EVIDENCE = -2;

/** A reusable buffer: the analysis runs on every typing pause, so it allocates nothing per call. */
export class Features {
  n = 0;
  /** How many character n-grams the draft has, and the value each gets (see extract). */
  chars = 0;
  charScale = 0;
  ids = new Int32Array(1024);
  values = new Float32Array(1024);
  origins = new Int32Array(1024);

  push(id: number, value: number, origin: number): void {
    if (this.n === this.ids.length) this.grow();
    this.ids[this.n] = id;
    this.values[this.n] = value;
    this.origins[this.n++] = origin;
  }

  private grow(): void {
    const size = this.ids.length * 2;
    const ids = new Int32Array(size);
    const values = new Float32Array(size);
    const origins = new Int32Array(size);
    ids.set(this.ids);
    values.set(this.values);
    origins.set(this.origins);
    this.ids = ids;
    this.values = values;
    this.origins = origins;
  }
}

const SEED_WORD = fnv('word');
const SEED_PAIR = fnv('pair');
const SEED_CHARS = fnv('chars');
const LINE_START = fnv('<line>');
/** Token kinds other than words stand for their class: one link is like another. */
const NUM_KEY = fnv('<num>');
const URL_KEY = fnv('<url>');
const MENTION_KEY = fnv('<@>');
const CODE_KEY = fnv('<code>');
const TAG_KEY = fnv('<#>');
/** A comparison per kind, where a lookup by the kind's name was one of V8's slow (megamorphic) keyed loads per token. */
function classKey(kind: TokenKind): number {
  if (kind === 'num') return NUM_KEY;
  if (kind === 'url') return URL_KEY;
  if (kind === 'mention') return MENTION_KEY;
  if (kind === 'code') return CODE_KEY;
  return TAG_KEY;
}

/** A named feature's bucket before masking ("ctx:reply", "sig:cta"), hashed once at load. */
const named = (name: string): number => avalanche(fnv(name));
const BIAS = named('bias');
const SIGNAL_KEYS = SIGNAL_IDS.map((s) => named('sig:' + s));
const CONTEXT_KEYS: Record<Context, number> = { post: named('ctx:post'), reply: named('ctx:reply'), comment: named('ctx:comment') };
const LINK_IN_REPLY = named('ctx:answer+link');
const SELF_IN_REPLY = named('ctx:answer+self');
const siteKeys = new Map<string, number>();

/** A bucketed count: one feature per (name, bucket), its keys hashed once at load. */
interface Bucketed {
  edges: number[];
  keys: number[];
}

const counted = (name: string, edges: number[]): Bucketed => ({ edges, keys: edges.map((_, i) => named(`${name}:${i}`)) });

function bucketed({ edges, keys }: Bucketed, value: number): number {
  let i = 0;
  while (i < edges.length - 1 && value >= edges[i + 1]!) i++;
  return keys[i]!;
}

function keyed(cache: Map<string, number>, prefix: string, value: string): number {
  let key = cache.get(value);
  if (key === undefined) {
    key = named(prefix + value);
    if (cache.size < 64) cache.set(value, key);
  }
  return key;
}

const LENGTH_EDGES = [0, 4, 8, 16, 32, 64, 128];
const COUNT_EDGES = [0, 1, 2, 3];
const TAG_EDGES = [0, 1, 3, 6];
const SHARE_EDGES = [0, 0.0001, 0.05, 0.1, 0.2];
const WORDS = counted('words', LENGTH_EDGES);
// No count of links: in the labelled drafts three in four with a link are pitches, and a count
// learned that ratio, so any link appended to ordinary chatter tipped it toward a flag. Whose a
// link is (the evidence's link signals) and the words around it speak instead.
const MENTIONS = counted('mentions', COUNT_EDGES);
const TAGS = counted('tags', TAG_EDGES);
const EMOJI = counted('emoji', TAG_EDGES);
const QUESTIONS = counted('questions', COUNT_EDGES);
const SELF_SHARE = counted('self', SHARE_EDGES);
const READER_SHARE = counted('reader', SHARE_EDGES);
/** Each signal's cap, by its index (SIGNAL_IDS). */
const CAPS = SIGNAL_IDS.map((s) => SIGNALS[s].cap);

/**
 * Where the draft is written. Not its language: the labelled drafts in other languages come from
 * files with more pitches than real feeds have, so a language feature only learned that prior
 * (leaving it out changed no held-out figure).
 */
export interface DraftFacts {
  context: Context;
  site: string;
}

/**
 * Fills `out` with the draft's features. Words and character n-grams are each scaled by
 * 1/sqrt(their count), so long posts don't shout and a word's many n-grams don't drown it.
 * With `chars` false the n-grams are left out (the analysis adds them from its per-word cache,
 * model.ts): their count is still needed for the scale, and is returned in `out.chars`.
 */
export function extract(scan: Scan, ev: Evidence, facts: DraftFacts, options: FeatureOptions, out: Features, chars = true): Features {
  out.n = 0;
  const mask = (1 << options.bits) - 1;
  const tokens = scan.tokens;
  let previous = LINE_START;
  let line = -1;
  let mentions = 0;
  let tags = 0;
  let charCount = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.line !== line) {
      line = t.line;
      previous = LINE_START;
    }
    const key = t.kind === 'word' || t.kind === 'sym' ? t.hash : classKey(t.kind);
    if (t.kind === 'mention') mentions++;
    if (t.kind === 'tag') {
      tags++;
      // The tag's word too: "#hiring" says more than "a hashtag".
      out.push(avalanche(combine(SEED_WORD, combine(key, t.hash))) & mask, 1, i);
    }
    out.push(avalanche(combine(SEED_WORD, key)) & mask, 1, i);
    out.push(avalanche(combine(combine(SEED_PAIR, previous), key)) & mask, 1, i);
    previous = key;
    if (t.kind === 'word') charCount += charGramCount(t.text.length, options);
  }
  const wordFeatures = out.n;
  const wordScale = wordFeatures > 0 ? 1 / Math.sqrt(wordFeatures) : 0;
  for (let j = 0; j < wordFeatures; j++) out.values[j] = wordScale;
  out.chars = charCount;
  out.charScale = charCount > 0 ? options.charWeight / Math.sqrt(charCount) : 0;
  if (chars && charCount > 0) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word') continue;
      const found = charBuckets(t.text, options, mask);
      for (let g = 0; g < found.count; g++) out.push(found.ids[g]!, out.charScale, i);
    }
  }
  out.push(BIAS & mask, 1, WHOLE);
  for (let s = 0; s < SIGNAL_IDS.length; s++) {
    const raw = ev.bySignal[s]!;
    if (raw === 0) continue;
    const cap = CAPS[s]!;
    out.push(SIGNAL_KEYS[s]! & mask, Math.min(cap, Math.abs(raw)) / cap, EVIDENCE - s);
  }
  out.push(CONTEXT_KEYS[facts.context] & mask, 1, WHOLE);
  if (facts.context !== 'post') {
    if (ev.links > 0) out.push(LINK_IN_REPLY & mask, 1, WHOLE);
    if (ev.selfWords > 0) out.push(SELF_IN_REPLY & mask, 1, WHOLE);
  }
  if (facts.site) out.push(keyed(siteKeys, 'site:', facts.site) & mask, 1, WHOLE);
  const words = Math.max(1, ev.words);
  out.push(bucketed(WORDS, ev.words) & mask, 1, WHOLE);
  out.push(bucketed(MENTIONS, mentions) & mask, 1, WHOLE);
  out.push(bucketed(TAGS, tags) & mask, 1, WHOLE);
  out.push(bucketed(EMOJI, scan.emoji) & mask, 1, WHOLE);
  out.push(bucketed(QUESTIONS, scan.questions.length) & mask, 1, WHOLE);
  out.push(bucketed(SELF_SHARE, ev.selfWords / words) & mask, 1, WHOLE);
  out.push(bucketed(READER_SHARE, ev.readerWords / words) & mask, 1, WHOLE);
  return out;
}

/** How many n-grams charGrams() gives for a word of `length` characters. */
export function charGramCount(length: number, options: FeatureOptions): number {
  const size = length + 2;
  let count = 0;
  for (let n = options.charMin; n <= Math.min(options.charMax, size); n++) count += size - n + 1;
  // The whole "<word>" is the word feature again.
  return size <= options.charMax && size >= options.charMin ? count - 1 : count;
}

const grams = { ids: new Int32Array(256), count: 0 };

/**
 * The buckets of the character n-grams of "<word>" (reused: valid until the next call), hashed
 * as they are read: from each start, one FNV pass extends the gram a character at a time,
 * giving every length on the way.
 */
export function charBuckets(word: string, options: FeatureOptions, mask: number): { ids: Int32Array; count: number } {
  grams.count = 0;
  if (options.charMax === 0) return grams;
  const length = word.length + 2;
  const needed = charGramCount(word.length, options);
  if (grams.ids.length < needed) grams.ids = new Int32Array(needed * 2);
  for (let start = 0; start + options.charMin <= length; start++) {
    let h = SEED_CHARS;
    const end = Math.min(length, start + options.charMax);
    for (let k = start; k < end; k++) {
      h = Math.imul(h ^ charAt(word, k), FNV_PRIME); // FNV-1a, one n-gram at a time
      if (k - start + 1 >= options.charMin && !(start === 0 && k === length - 1)) grams.ids[grams.count++] = avalanche(h) & mask;
    }
  }
  return grams;
}

/** "<" + word + ">" without building the string. */
function charAt(word: string, k: number): number {
  return k === 0 ? 60 : k === word.length + 1 ? 62 : word.charCodeAt(k - 1);
}

/**
 * The features as a ledger entry keeps them instead of the text (delta.ts packs each): bucket,
 * value, and whether corrections may move it: only the draft's own words, never what many
 * unrelated drafts share (the signals, length, context), so a correction stays local.
 */
export function fingerprintOf(f: Features): number[] {
  const merged = new Map<number, { value: number; learnable: boolean }>();
  for (let j = 0; j < f.n && merged.size < FINGERPRINT_SIZE; j++) {
    const bucket = f.ids[j]!;
    const seen = merged.get(bucket);
    if (seen) seen.value += f.values[j]!;
    else merged.set(bucket, { value: f.values[j]!, learnable: f.origins[j]! >= 0 });
  }
  return Array.from(merged, ([bucket, { value, learnable }]) => packFeature(bucket, learnable, Math.min(1, value)));
}
