// Choices made on held-out predictions only (drafts the weights were not fitted on): the
// softmax temperature that makes `score` a calibrated probability, the flag thresholds behind
// the sensitivity slider, the stricter ones for drafts with no recognised ask, and the
// nudge toward 'mixed' when telling the other kinds apart.
import { KINDS } from '../../src/core/types.ts';
import { isFlagged, otherKind } from '../../src/core/analysis/model.ts';

const PROMOTIONAL = KINDS.indexOf('promotional');

export interface HeldOut {
  /** Class scores before temperature. */
  scores: Float64Array;
  label: number;
  asks: boolean;
}

export function probabilitiesAt(scores: Float64Array, temperature: number): Float64Array {
  const p = new Float64Array(scores.length);
  let max = -Infinity;
  for (const z of scores) max = Math.max(max, z);
  let sum = 0;
  for (let k = 0; k < p.length; k++) sum += p[k] = Math.exp((scores[k]! - max) / temperature);
  for (let k = 0; k < p.length; k++) p[k]! /= sum;
  return p;
}

/** The temperature with the least log-loss on held-out drafts (golden-section search). */
export function fitTemperature(held: HeldOut[]): number {
  const loss = (t: number): number => {
    let sum = 0;
    for (const h of held) sum -= Math.log(Math.max(1e-12, probabilitiesAt(h.scores, t)[h.label]!));
    return sum;
  };
  let lo = 0.2;
  let hi = 6;
  const phi = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 60; i++) {
    const a = hi - phi * (hi - lo);
    const b = lo + phi * (hi - lo);
    if (loss(a) < loss(b)) hi = b;
    else lo = a;
  }
  return Math.round(((lo + hi) / 2) * 1000) / 1000;
}

/** Share of giving and of neutral drafts flagged, the larger of the two. */
function falseFlagRate(held: HeldOut[], flagged: (i: number) => boolean): number {
  let worst = 0;
  for (const kind of ['giving', 'neutral'] as const) {
    const label = KINDS.indexOf(kind);
    let total = 0;
    let flags = 0;
    held.forEach((h, i) => {
      if (h.label !== label) return;
      total++;
      if (flagged(i)) flags++;
    });
    if (total > 0) worst = Math.max(worst, flags / total);
  }
  return worst;
}

const GRID = Array.from({ length: 95 }, (_, i) => Math.round((0.04 + i * 0.01) * 100) / 100);

/** False-flag rates the sensitivities 0, 25 (low), 50 (default), 75 (high) and 100 aim at. */
export const TARGET_RATES = [0.0025, 0.01, 0.02, 0.05, 0.12] as const;
/**
 * Among drafts with no recognised ask, at most this share of held-out help may be flagged, at
 * each of those sensitivities: a quarter of the overall rate (0.5% at the default), so a draft
 * with no ask needs more certainty, and a higher sensitivity still asks for less of it.
 */
const UNASKED_RATES = TARGET_RATES.map((rate) => rate / 4);

export interface Thresholds {
  thresholds: number[];
  /** Per sensitivity as `thresholds`: what a draft with no recognised ask must reach. */
  unaskedThresholds: number[];
}

/** The lowest threshold on GRID at which `rate(t)` is at most `limit` (the grid's top if none). */
function lowest(limit: number, rate: (t: number) => number): number {
  for (const t of GRID) if (rate(t) <= limit) return t;
  return GRID[GRID.length - 1]!;
}

export function chooseThresholds(held: HeldOut[], temperature: number): Thresholds {
  const p = held.map((h) => probabilitiesAt(h.scores, temperature)[PROMOTIONAL]!);
  const unaskedHeld = held.filter((h) => !h.asks);
  const unaskedP = p.filter((_, i) => !held[i]!.asks);
  // Drafts without an ask first: the lowest threshold at which hardly any help among them is
  // flagged; then, with that gate, the lowest threshold that meets the rate over all drafts.
  const unaskedThresholds = UNASKED_RATES.map((rate) => lowest(rate, (t) => falseFlagRate(unaskedHeld, (i) => unaskedP[i]! >= t)));
  const thresholds = TARGET_RATES.map((rate, k) =>
    lowest(rate, (t) => falseFlagRate(held, (i) => isFlagged(p[i]!, held[i]!.asks, t, unaskedThresholds[k]!))));
  // Higher sensitivity never needs more certainty; a draft with no ask never needs less than one with.
  for (let i = 1; i < thresholds.length; i++) {
    thresholds[i] = Math.min(thresholds[i]!, thresholds[i - 1]!);
    unaskedThresholds[i] = Math.min(unaskedThresholds[i]!, unaskedThresholds[i - 1]!);
  }
  return { thresholds, unaskedThresholds: unaskedThresholds.map((u, i) => Math.max(u, thresholds[i]!)) };
}

/**
 * The nudge toward 'mixed' among drafts that are not flagged: the one that best tells mixed,
 * giving and neutral apart (the mean of the three labels' recall), on held-out drafts.
 */
export function chooseMixedBias(held: HeldOut[], temperature: number, flagAt: (p: Float64Array, asks: boolean) => boolean): number {
  let best = 0;
  let bestScore = -1;
  for (let b = -0.3; b <= 0.6001; b += 0.05) {
    const hits = new Map<number, [number, number]>();
    for (const h of held) {
      if (h.label === PROMOTIONAL) continue;
      const p = probabilitiesAt(h.scores, temperature);
      const kind = flagAt(p, h.asks) ? PROMOTIONAL : otherKind(p, b);
      const [right, total] = hits.get(h.label) ?? [0, 0];
      hits.set(h.label, [right + (kind === h.label ? 1 : 0), total + 1]);
    }
    let score = 0;
    for (const [right, total] of hits.values()) score += right / total / hits.size;
    if (score > bestScore + 1e-9) {
      bestScore = score;
      best = Math.round(b * 100) / 100;
    }
  }
  return best;
}
