// Why the model leans to promotion, in the draft's own words: each feature's pull toward
// 'promotional' (its weight for that class minus the others', weighted by how likely they are)
// is credited to where the feature came from (a word, or the phrases of an evidence signal),
// neighbouring words that pull the same way merge into one phrase, and the strongest few are
// returned in reading order.
import type { Reason } from '../types.ts';
import { EVIDENCE, WHOLE, type Features } from './features.ts';
import type { Model, WeightDelta } from './model.ts';
import { ASK_SIDE, SIGNAL_IDS, SIGNAL_INDEX } from './signals.ts';
import type { Token } from './text.ts';
import type { Evidence } from './evidence.ts';
import { sortSmall } from './sort.ts';

const MAX_REASONS = 12;
const MAX_SPAN = 160;

let pulls = new Float64Array(1024);
/** Per token and per signal, the pull credited to it (reused: the analysis is synchronous). */
let byToken = new Float64Array(256);
const bySignal = new Float64Array(SIGNAL_IDS.length);
/** Per signal, the weight of all its evidence phrases. */
const totals = new Float64Array(SIGNAL_IDS.length);

/** `own`: the pull of the user's own things, which is set by hand rather than learned (analyze.ts). */
export function explain(model: Model, text: string, tokens: Token[], ev: Evidence, f: Features, p: Float64Array,
  delta: WeightDelta | undefined, own: number): Reason[] {
  if (byToken.length < tokens.length) byToken = new Float64Array(tokens.length * 2);
  byToken.fill(0, 0, tokens.length);
  bySignal.fill(0);
  if (pulls.length < f.n) pulls = new Float64Array(f.ids.length);
  const share = model.pullShares(p);
  model.pulls(f, share, delta, pulls);
  // Each word's n-gram sums as draftScores() read them for this draft, just before (analyze.ts).
  if (f.chars > 0) for (let i = 0; i < tokens.length; i++) if (tokens[i]!.kind === 'word') byToken[i]! += model.charPull(i, share, f.charScale);
  for (let j = 0; j < f.n; j++) {
    const origin = f.origins[j]!;
    if (origin === WHOLE) continue;
    const c = pulls[j]!;
    if (origin >= 0) byToken[origin]! += c;
    else bySignal[EVIDENCE - origin]! += c;
  }
  bySignal[SIGNAL_INDEX.yours]! += own;
  const reasons: Reason[] = [];
  // The evidence's phrases, each with its signal's share of that signal's pull.
  totals.fill(0);
  for (const r of ev.reasons) totals[r.at]! += Math.abs(r.weight);
  for (const r of ev.reasons) {
    const s = r.at;
    const share = bySignal[s]! * (Math.abs(r.weight) / (totals[s] || 1));
    // A giving phrase the model has seen in pitches ("shoutout") is named by its words, not as thanks.
    const signal = ASK_SIDE[s] ? r.signal : 'wording';
    if (share > 0) reasons.push({ start: r.start, end: r.end, text: text.slice(r.start, r.end), signal, weight: share });
  }
  // Runs of neighbouring words on one line that all pull toward promotion.
  let strongest = 0;
  for (let i = 0; i < tokens.length; i++) strongest = Math.max(strongest, byToken[i]!);
  const floor = strongest * 0.25;
  for (let i = 0; i < tokens.length; ) {
    if (!(byToken[i]! > floor)) {
      i++;
      continue;
    }
    let weight = 0;
    let last = i;
    while (last + 1 < tokens.length && byToken[last + 1]! > floor && tokens[last + 1]!.line === tokens[i]!.line) last++;
    for (let k = i; k <= last; k++) weight += byToken[k]!;
    const start = tokens[i]!.start;
    const end = Math.min(tokens[last]!.end, start + MAX_SPAN);
    reasons.push({ start, end, text: text.slice(start, end), signal: 'wording', weight });
    i = last + 1;
  }
  return strongestFirst(merge(text, reasons));
}

/** A word run inside or across an evidence phrase joins it: one phrase, the evidence's signal, both pulls. */
function merge(text: string, reasons: Reason[]): Reason[] {
  sortSmall(reasons, (a, b) => a.start - b.start || b.end - a.end);
  const out: Reason[] = [];
  for (const r of reasons) {
    const last = out.length > 0 ? out[out.length - 1] : undefined; // never out[-1] (evidence.ts says why)
    if (last && r.start < last.end) {
      if (r.end > last.end) {
        last.end = Math.min(r.end, last.start + MAX_SPAN);
        last.text = text.slice(last.start, last.end);
      }
      if (last.signal === 'wording') last.signal = r.signal;
      last.weight += r.weight;
    } else out.push({ start: r.start, end: r.end, text: r.text, signal: r.signal, weight: r.weight });
  }
  return out;
}

/** A reason pulling less than this share of the strongest one says little: it is left out. */
const WEAKEST = 0.1;

function strongestFirst(reasons: Reason[]): Reason[] {
  sortSmall(reasons, (a, b) => b.weight - a.weight || a.start - b.start);
  const floor = (reasons[0]?.weight ?? 0) * WEAKEST;
  const kept = reasons.filter((r) => r.weight >= floor).slice(0, MAX_REASONS);
  for (const r of kept) r.weight = Math.round(r.weight * 100) / 100;
  return sortSmall(kept, (a, b) => a.start - b.start);
}
