// Reads a trained model (model-weights.ts, written by `npm run train`) and applies it: class
// scores are a dot product of the draft's features with int8 weights, then a softmax with the
// temperature fitted on held-out drafts, so `score` is a calibrated probability.
import { KINDS, type Kind } from '../types.ts';
import { charBuckets, charGramCount, type FeatureOptions, type Features } from './features.ts';
import type { Token } from './text.ts';

/** The four kinds; the hot loops below unroll them (s0..s3). */
export const CLASSES = KINDS.length;
export const PROMOTIONAL = KINDS.indexOf('promotional');
const MIXED = KINDS.indexOf('mixed');

/** What the training script writes (see scripts/train.ts). */
export interface ModelFile {
  /** SHA-256 of tests/data when trained: a unit test compares it with the committed data. */
  dataHash: string;
  features: FeatureOptions;
  /** Weight = int8 * scale; the table is bucket-major, CLASSES per bucket, in KINDS order; base64. */
  scale: number;
  weights: string;
  temperature: number;
  /** The thresholds for drafts read as English, and for all others (see LANGUAGE_GROUPS). */
  thresholds: Record<LanguageGroup, Thresholds>;
  /** Added to 'mixed' when choosing among the other kinds (value plus a plug is easy to miss). */
  mixedBias: number;
}

/** The thresholds of one group of languages, at sensitivity 0, 25, 50, 75 and 100. */
export interface Thresholds {
  /** Probability of 'promotional' needed to flag. */
  flag: readonly number[];
  /** How sure a draft with no recognised ask (signals.ts) must be. */
  unasked: readonly number[];
}

/**
 * Drafts read as English have thresholds of their own: they are most of the labelled drafts,
 * so their held-out rates can be held lower without losing the recall the other languages'
 * fewer drafts need (scripts/model/calibrate.ts).
 */
export const LANGUAGE_GROUPS = ['en', 'other'] as const;
export type LanguageGroup = (typeof LANGUAGE_GROUPS)[number];
export const groupOf = (language: string): LanguageGroup => (language === 'en' ? 'en' : 'other');

/** A per-user adjustment on top of the shipped weights (corrections, see delta.ts). */
export interface WeightDelta {
  get(bucket: number): ArrayLike<number> | undefined;
}

/** Whether a draft is flagged at `threshold`: without a recognised ask the model must also clear `unasked`. */
export function isFlagged(promotional: number, asks: boolean, threshold: number, unasked: number): boolean {
  return promotional >= (asks ? threshold : Math.max(threshold, unasked));
}

/** The kind a draft not flagged at the default counts as: the likeliest of the others, nudged toward 'mixed'. */
export function otherKind(p: ArrayLike<number>, mixedBias: number): number {
  let best = -1;
  let top = -Infinity;
  for (let k = 0; k < CLASSES; k++) {
    if (k === PROMOTIONAL) continue;
    // What the model saw of promotion in a draft it does not flag is most likely a plug.
    const score = p[k]! + (k === MIXED ? mixedBias + p[PROMOTIONAL]! : 0);
    if (score > top) {
      top = score;
      best = k;
    }
  }
  return best;
}

function decode(base64: string): Int8Array {
  const binary = atob(base64);
  const out = new Int8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = (binary.charCodeAt(i) << 24) >> 24;
  return out;
}

/** The signed 16-bit halves of a cache slot's packed sums (see Model.cache). */
const low16 = (packed: number): number => (packed << 16) >> 16;
const high16 = (packed: number): number => packed >> 16;

/** Log-odds, kept finite at 0 and 1. */
export const logit = (p: number): number => Math.log(Math.max(1e-9, p) / Math.max(1e-9, 1 - p));

/** Slots of the per-word n-gram cache (a power of two): 16 bytes each, 256 KB, the words of many drafts. */
const CACHE_SLOTS = 16384;

export class Model {
  readonly weights: Int8Array;
  readonly buckets: number;
  /** int8 -> calibrated score: the weights' scale over the temperature. */
  private readonly unit: number;
  /**
   * Per word, its character n-grams' weights summed per kind. A word's n-grams are the same in
   * every draft, and the analysis runs again at each typing pause over mostly the same words,
   * so they are hashed and looked up once per word, not once per analysis. Direct-mapped by the
   * word's hash: no allocation, and a word only leaves when another takes its slot.
   *
   * A slot is four int32 side by side: the word's two hashes, then its four sums as 16-bit
   * pairs (s0 | s1 << 16, s2 | s3 << 16; int8 sums, at most 128 times a word's n-grams, so
   * only words up to `packedChars` long are kept here). So a word's look-up reads one cache
   * line: keys and sums in two arrays were two, for every word.
   */
  private readonly cache = new Int32Array(CACHE_SLOTS * 4);

  /** The default sensitivity's thresholds per language group, which the kind the balance counts always uses. */
  private readonly medium: Record<LanguageGroup, [number, number]>;

  constructor(readonly file: ModelFile) {
    this.weights = decode(file.weights);
    this.buckets = this.weights.length / CLASSES;
    this.unit = file.scale / file.temperature;
    this.medium = everyGroupAt(file.thresholds, 50);
    let chars = 0;
    while (charGramCount(chars + 1, file.features) * 128 <= 0x7fff) chars++;
    this.packedChars = chars;
  }

  /**
   * How a feature's weights turn into a pull toward 'promotional', given the probabilities `p`:
   * its weight for that class minus the others', each weighted by how likely that other kind is.
   */
  pullShares(p: ArrayLike<number>): Float64Array {
    const others = 1 - p[PROMOTIONAL]!;
    const share = new Float64Array(CLASSES);
    for (let k = 0; k < CLASSES; k++) share[k] = k === PROMOTIONAL ? 1 : -(others > 0 ? p[k]! / others : 1 / (CLASSES - 1));
    return share;
  }

  /** Each feature's pull toward 'promotional' (see pullShares), times its value, into `out`. */
  pulls(f: Features, share: Float64Array, delta: WeightDelta | undefined, out: Float64Array): Float64Array {
    const table = this.weights;
    const mask = this.buckets - 1;
    const unit = this.unit;
    for (let j = 0; j < f.n; j++) {
      const base = (f.ids[j]! & mask) * CLASSES;
      // Most people have corrected nothing: then no delta to look each feature up in.
      const d = delta?.get(f.ids[j]!);
      let pull = 0;
      if (d) for (let k = 0; k < CLASSES; k++) pull += share[k]! * (table[base + k]! * unit + d[k]!);
      else {
        pull = share[0]! * (table[base]! * unit) + share[1]! * (table[base + 1]! * unit) +
          share[2]! * (table[base + 2]! * unit) + share[3]! * (table[base + 3]! * unit);
      }
      out[j] = pull * f.values[j]!;
    }
    return out;
  }

  /**
   * Per token of the draft the last draftScores() read, its words' four n-gram sums (int8
   * units, four int32 per token): the why reads them there, without looking each word up again.
   */
  private wordSums = new Int32Array(1024);

  /**
   * The longest word whose sums always fit the cache's 16-bit halves (127 or -128 times its
   * n-grams); a longer one ("hahaha..." typed on and on) is summed without the cache each time.
   */
  private readonly packedChars: number;

  /** The pull of the character n-grams of word token `i` of the draft draftScores() last read, each weighing `charScale`. */
  charPull(i: number, share: Float64Array, charScale: number): number {
    const sums = this.wordSums;
    const k = 4 * i;
    const pull = share[0]! * sums[k]! + share[1]! * sums[k + 1]! + share[2]! * sums[k + 2]! + share[3]! * sums[k + 3]!;
    return pull * this.unit * charScale;
  }

  /** A word's n-gram weights summed per kind (int8 units), into `out` from `at`. */
  private sumGrams(word: string, out: Int32Array, at: number): void {
    const table = this.weights;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    const buckets = charBuckets(word, this.file.features, this.buckets - 1);
    for (let i = 0; i < buckets.count; i++) {
      const base = buckets.ids[i]! * CLASSES;
      s0 += table[base]!;
      s1 += table[base + 1]!;
      s2 += table[base + 2]!;
      s3 += table[base + 3]!;
    }
    out[at] = s0;
    out[at + 1] = s1;
    out[at + 2] = s2;
    out[at + 3] = s3;
  }

  /**
   * The packed sums of the lexicons' words (vocab.ts: a thousand or so, half the words of a
   * draft), by word id: one slot of four int32 (filled, then the two packed halves) each, filled
   * at a word's first use. These words need no probe of the cache above.
   */
  private known = new Int32Array(1024 * 4);

  /** sumGrams()'s four sums on a miss, before pack() puts them into the word's slot. */
  private readonly missed = new Int32Array(CLASSES);

  /**
   * The word's slot in the cache, where its n-gram weights summed per kind (int8 units) are, or
   * -1 for a word longer than `packedChars`. The cache knows a word by its two hashes (64 bits,
   * both from the tokenizer) and never reads the cached word's text: comparing with a string
   * stored long ago was a cache miss per word.
   */
  private charSlot(t: Pick<Token, 'text' | 'hash' | 'check'>): number {
    const at = (t.hash & (CACHE_SLOTS - 1)) * 4;
    const check = t.check;
    const cache = this.cache;
    if (cache[at] === t.hash && cache[at + 1] === check) return at;
    if (t.text.length > this.packedChars) return -1;
    cache[at] = t.hash;
    cache[at + 1] = check;
    this.pack(t.text, cache, at);
    return at;
  }

  /** Where in `known` the sums of lexicon word `id` are, as charSlot() for the cache (-1 for a word too long). */
  private knownSlot(t: Pick<Token, 'text'>, id: number): number {
    const at = id * 4;
    if (at >= this.known.length) {
      const grown = new Int32Array(at * 2);
      grown.set(this.known);
      this.known = grown;
    }
    const known = this.known;
    if (known[at] === 1) return at;
    if (t.text.length > this.packedChars) return -1;
    known[at] = 1;
    this.pack(t.text, known, at);
    return at;
  }

  /** A word's sums, packed into the halves of slot `at` of `table` (the cache's or `known`'s). */
  private pack(word: string, table: Int32Array, at: number): void {
    const sums = this.missed;
    this.sumGrams(word, sums, 0);
    table[at + 2] = (sums[0]! & 0xffff) | (sums[1]! << 16);
    table[at + 3] = (sums[2]! & 0xffff) | (sums[3]! << 16);
  }

  /**
   * Class scores of a draft whose features were extracted without character n-grams
   * (extract(..., false)): those are added from the per-word cache, or for the lexicons' words
   * (`ids`, vocab.ts) from `known`. The same as classScores() of the full features (a unit test
   * compares them).
   */
  draftScores(f: Features, tokens: Token[], ids: ArrayLike<number>, delta: WeightDelta | undefined, out: Float64Array): Float64Array {
    this.classScores(f, delta, out);
    if (f.chars === 0) return out;
    const cache = this.cache;
    if (this.wordSums.length < tokens.length * 4) this.wordSums = new Int32Array(tokens.length * 8);
    const sums = this.wordSums;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word') continue;
      const k = 4 * i;
      const id = ids[i]!;
      const at = id > 0 ? this.knownSlot(t, id) : this.charSlot(t);
      if (at < 0) {
        this.sumGrams(t.text, sums, k);
        s0 += sums[k]!;
        s1 += sums[k + 1]!;
        s2 += sums[k + 2]!;
        s3 += sums[k + 3]!;
        continue;
      }
      const from = id > 0 ? this.known : cache;
      const low = from[at + 2]!;
      const high = from[at + 3]!;
      const a = low16(low);
      const b = high16(low);
      const c = low16(high);
      const d = high16(high);
      sums[k] = a;
      sums[k + 1] = b;
      sums[k + 2] = c;
      sums[k + 3] = d;
      s0 += a;
      s1 += b;
      s2 += c;
      s3 += d;
    }
    const scale = f.charScale * this.unit;
    out[0]! += s0 * scale;
    out[1]! += s1 * scale;
    out[2]! += s2 * scale;
    out[3]! += s3 * scale;
    return out;
  }

  /** Calibrated class scores into `out` (a softmax of them gives probabilities); the delta is on the same scale. */
  classScores(f: Features, delta: WeightDelta | undefined, out: Float64Array): Float64Array {
    const { ids, values, n } = f;
    const table = this.weights;
    const mask = this.buckets - 1;
    // Four running sums in locals: this loop runs over every feature at every typing pause.
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let j = 0; j < n; j++) {
      const base = (ids[j]! & mask) << 2;
      const v = values[j]!;
      s0 += table[base]! * v;
      s1 += table[base + 1]! * v;
      s2 += table[base + 2]! * v;
      s3 += table[base + 3]! * v;
    }
    out[0] = s0 * this.unit;
    out[1] = s1 * this.unit;
    out[2] = s2 * this.unit;
    out[3] = s3 * this.unit;
    if (delta) {
      for (let j = 0; j < n; j++) {
        const d = delta.get(ids[j]!);
        if (d) for (let k = 0; k < CLASSES; k++) out[k]! += d[k]! * values[j]!;
      }
    }
    return out;
  }

  /** The thresholds at the last sensitivity asked for: a person's sensitivity rarely changes between two analyses. */
  private thresholdAt = NaN;
  private current: Record<LanguageGroup, [number, number]> = { en: [0, 0], other: [0, 0] };

  /** The probability of 'promotional' needed to flag a draft in `language` at a sensitivity (0..100): falls as sensitivity rises. */
  flagThreshold(sensitivity: number, language = 'en'): number {
    return this.at(sensitivity)[groupOf(language)][0];
  }

  private at(sensitivity: number): Record<LanguageGroup, [number, number]> {
    if (sensitivity !== this.thresholdAt) {
      this.current = everyGroupAt(this.file.thresholds, sensitivity);
      this.thresholdAt = sensitivity;
    }
    return this.current;
  }

  flags(p: ArrayLike<number>, asks: boolean, sensitivity: number, language: string): boolean {
    const t = this.at(sensitivity)[groupOf(language)];
    return isFlagged(p[PROMOTIONAL]!, asks, t[0], t[1]);
  }

  /** The kind the balance counts: promotional when flagged at the default sensitivity, else the likeliest other. */
  kindOf(p: ArrayLike<number>, asks: boolean, language: string): Kind {
    const t = this.medium[groupOf(language)];
    const flagged = isFlagged(p[PROMOTIONAL]!, asks, t[0], t[1]);
    return KINDS[flagged ? PROMOTIONAL : otherKind(p, this.file.mixedBias)]!;
  }
}

/** Each language group's flag and no-ask thresholds at a sensitivity. */
function everyGroupAt(thresholds: Record<LanguageGroup, Thresholds>, sensitivity: number): Record<LanguageGroup, [number, number]> {
  const at = (t: Thresholds): [number, number] => [between(t.flag, sensitivity), between(t.unasked, sensitivity)];
  return { en: at(thresholds.en), other: at(thresholds.other) };
}

/** A threshold at a sensitivity (0..100) from the ones chosen at 0, 25, 50, 75 and 100. */
function between(t: readonly number[], sensitivity: number): number {
  const s = Number.isFinite(sensitivity) ? Math.min(100, Math.max(0, sensitivity)) : 50;
  const at = Math.min(t.length - 2, Math.floor(s / 25));
  const f = s / 25 - at;
  // Between the chosen points, interpolated in log-odds, where the model's scores are linear.
  const x = logit(t[at]!) * (1 - f) + logit(t[at + 1]!) * f;
  return 1 / (1 + Math.exp(-x));
}

/** Scores -> probabilities, in place. */
export function softmax(z: Float64Array): Float64Array {
  let max = -Infinity;
  for (let k = 0; k < z.length; k++) max = Math.max(max, z[k]!);
  let sum = 0;
  for (let k = 0; k < z.length; k++) sum += z[k] = Math.exp(z[k]! - max);
  for (let k = 0; k < z.length; k++) z[k]! /= sum;
  return z;
}
