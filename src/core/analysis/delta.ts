// Corrections teach the model. A ledger entry keeps the draft's hashed features (its
// fingerprint: buckets and values, never words) and the model's class scores at the time. When
// the user says "that was wrong", a few bounded steps on that one example move a small
// per-user weight delta until the corrected kind wins there with a margin; the analysis adds the
// delta to the shipped weights. Drafts that share most features with the corrected one follow
// it; unrelated drafts share little (corrections move only the draft's own words, never the
// signals or draft-wide features that many drafts share), so they keep their verdict.
//
// This file needs neither the shipped weights nor the vocabulary: the background runs it on
// stored entries, so it must stay small.
import { KINDS, type Kind } from '../types.ts';

/** Most buckets a fingerprint keeps (a long post's later words are dropped). */
export const FINGERPRINT_SIZE = 512;
/** Most buckets the delta holds; further corrections only adjust buckets it already has. */
export const DELTA_SIZE = 20_000;
/** No delta weight grows beyond this (a shipped weight is rarely above 3). */
const LIMIT = 4;
const STEPS = 12;
/** Log-odds by which the corrected kind must win (20 to 1), so that similar drafts follow too. */
const MARGIN = 3;

const ID_BITS = 20;
const LEARNABLE = 1 << ID_BITS;
const VALUE_SHIFT = ID_BITS + 1;

/** Packs a feature: its bucket, whether corrections may move it, and its value in 1/255 steps. */
export function packFeature(bucket: number, learnable: boolean, value: number): number {
  const q = Math.max(1, Math.min(255, Math.round(value * 255)));
  return q * 2 ** VALUE_SHIFT + (learnable ? LEARNABLE : 0) + (bucket & (LEARNABLE - 1));
}

function unpack(packed: number): { bucket: number; learnable: boolean; value: number } {
  const low = packed % 2 ** VALUE_SHIFT;
  return { bucket: low & (LEARNABLE - 1), learnable: low >= LEARNABLE, value: Math.floor(packed / 2 ** VALUE_SHIFT) / 255 };
}

/** The per-user weights: bucket -> one adjustment per kind (KINDS order). */
export class Delta {
  private readonly table = new Map<number, Float64Array>();

  get size(): number {
    return this.table.size;
  }

  get(bucket: number): Float64Array | undefined {
    return this.table.get(bucket);
  }

  /** For storage and backups: [bucket, d0, d1, d2, d3] rows, rounded. */
  toRows(): number[][] {
    return Array.from(this.table, ([bucket, d]) => [bucket, ...Array.from(d, (x) => Math.round(x * 1000) / 1000)]);
  }

  /** Rebuilds a delta from stored rows, dropping anything malformed. */
  static fromRows(rows: unknown): Delta {
    const delta = new Delta();
    if (!Array.isArray(rows)) return delta;
    for (const row of rows.slice(0, DELTA_SIZE)) {
      if (!Array.isArray(row) || row.length !== KINDS.length + 1 || !Number.isInteger(row[0]) || row[0] < 0 || row[0] >= LEARNABLE) continue;
      const values = row.slice(1).map((x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? Math.max(-LIMIT, Math.min(LIMIT, x)) : 0));
      delta.table.set(row[0], Float64Array.from(values));
    }
    return delta;
  }

  /** The row for `bucket`, made if there is room. */
  private row(bucket: number): Float64Array | undefined {
    let d = this.table.get(bucket);
    if (!d && this.table.size < DELTA_SIZE) this.table.set(bucket, (d = new Float64Array(KINDS.length)));
    return d;
  }

  /**
   * Learns one correction: `fingerprint` and `scores` (the model's log-probabilities then) of an
   * entry the user says was `kind`. Returns whether the corrected kind now wins there.
   */
  learn(fingerprint: readonly number[], scores: readonly number[], kind: Kind): boolean {
    const target = KINDS.indexOf(kind);
    if (target < 0 || scores.length !== KINDS.length || fingerprint.length === 0) return false;
    const features = fingerprint.map(unpack).filter((f) => f.learnable);
    if (features.length === 0) return false;
    let norm = 0;
    for (const f of features) norm += f.value * f.value;
    const z = new Float64Array(KINDS.length);
    for (let step = 0; step <= STEPS; step++) {
      for (let k = 0; k < z.length; k++) z[k] = scores[k]!;
      for (const f of features) {
        const d = this.table.get(f.bucket);
        if (d) for (let k = 0; k < z.length; k++) z[k]! += d[k]! * f.value;
      }
      let rival = -1;
      for (let k = 0; k < z.length; k++) if (k !== target && (rival < 0 || z[k]! > z[rival]!)) rival = k;
      const short = MARGIN - (z[target]! - z[rival]!);
      if (short <= 0) return true;
      if (step === STEPS) break;
      // The smallest change that makes the corrected kind beat its strongest rival by the margin
      // (a passive-aggressive step): half raises the corrected kind, half lowers the rival. A
      // log-loss step shrinks as it nears the margin and may never reach it on a draft the
      // model was very sure of. Capped weights may leave it short, and another rival may then
      // lead: the loop goes on with that one.
      const tau = short / (2 * norm);
      for (const f of features) {
        const d = this.row(f.bucket);
        if (!d) continue;
        d[target] = Math.min(LIMIT, d[target]! + tau * f.value);
        d[rival] = Math.max(-LIMIT, d[rival]! - tau * f.value);
      }
    }
    return false;
  }
}
