// The analysis: draft text + where it is written + the user's settings and corrections ->
// kind, score, flag, reasons, suggestion, language. Pure and synchronous; it runs on every
// typing pause, so it is one linear scan, table lookups and one dot product.
//
// A linear model learned from the labelled drafts (model.ts) weighs the draft's words and the
// signals the lexicons found; `score` is its probability that the draft is purely promotional.
// It flags when that probability clears the user's sensitivity and the draft carries a
// recognised ask (a call to action, an offer, the author's own thing or link), or, without one,
// only when the model is very sure: hype, hashtags or a plain link alone are not a pitch.
import { KINDS, type Analysis, type Context, type LearnedDelta } from '../types.ts';
import { SENSITIVITY_PRESETS, type Settings } from '../settings.ts';
import { readDraft, type DraftSettings } from './draft.ts';
import { extract, Features, fingerprintOf } from './features.ts';
import { logit, Model, PROMOTIONAL, softmax } from './model.ts';
import { MODEL } from './model-weights.ts';
import { explain } from './explain.ts';
import { suggest } from './suggest.ts';
import { hasAsk, type Evidence } from './evidence.ts';
import { Delta } from './delta.ts';
import { SIGNAL_INDEX } from './signals.ts';

export interface AnalyzeInput {
  site?: string;
  context?: Context;
  settings?: Partial<Pick<Settings, 'sensitivity'>> & DraftSettings;
  /** What the user's corrections taught the model (delta.ts). */
  delta?: Delta;
}

export const SHIPPED = new Model(MODEL);
const buffer = new Features();
const scores = new Float64Array(KINDS.length);

/**
 * The user's own domains, handles and brands (settings) are the surest sign of a plug, and the
 * one signal no labelled draft can teach: the data has no settings. So what it does is set here,
 * not learned: a plug of the user's own thing turns a draft with nothing to give into a
 * promotion and a helpful one into a mix. One clear mention (a link to the user's domain) does
 * so fully; a bare brand name halfway.
 */
function ownShare(evidence: Evidence): number {
  return Math.min(1, evidence.bySignal[SIGNAL_INDEX.yours]! / 3);
}

const GIVING = KINDS.indexOf('giving');
const NEUTRAL = KINDS.indexOf('neutral');
const MIXED = KINDS.indexOf('mixed');

/** Moves the share `w` of neutral to promotional and of giving to mixed, in place; returns the promotional odds' gain (for the why). */
function withOwn(p: Float64Array, w: number): number {
  if (w <= 0) return 0;
  const before = p[PROMOTIONAL]!;
  p[PROMOTIONAL]! += w * p[NEUTRAL]!;
  p[MIXED]! += w * p[GIVING]!;
  p[NEUTRAL]! *= 1 - w;
  p[GIVING]! *= 1 - w;
  return logit(p[PROMOTIONAL]!) - logit(before);
}

export function flagThreshold(sensitivity: number, language = 'en'): number {
  return SHIPPED.flagThreshold(sensitivity, language);
}

export function analyze(text: string, input: AnalyzeInput = {}): Analysis {
  return analyzeWith(SHIPPED, text, input);
}

/** `analyze` with a given model: the evaluation measures freshly trained models through this same path. */
export function analyzeWith(model: Model, text: string, input: AnalyzeInput = {}): Analysis {
  const draft = readDraft(text, input.site, input.context, input.settings);
  extract(draft.scan, draft.evidence, draft, model.file.features, buffer, false);
  const delta = input.delta && input.delta.size > 0 ? input.delta : undefined;
  const p = softmax(model.draftScores(buffer, draft.scan.tokens, draft.ids, delta, scores));
  const own = withOwn(p, ownShare(draft.evidence));
  // Nothing but white space: no tokens and no emoji (cheaper than trimming the text).
  const empty = draft.scan.tokens.length === 0 && draft.scan.emoji === 0;
  const asks = hasAsk(draft.evidence, draft.language);
  const flag = !empty && model.flags(p, asks, input.settings?.sensitivity ?? SENSITIVITY_PRESETS.medium, draft.language);
  const kind = empty ? 'neutral' : model.kindOf(p, asks, draft.language);
  return {
    kind,
    score: Math.round(p[PROMOTIONAL]! * 1000) / 1000,
    flag,
    // Why it reads as promotion, for drafts the hint speaks up on or that count as promotional; the rest have no such why.
    reasons: flag || kind === 'promotional'
      ? explain(model, draft.text, draft.scan.tokens, draft.evidence, buffer, p, delta, own)
      : [],
    suggestion: suggest(draft.evidence, draft.context),
    language: draft.language,
  };
}

/**
 * What a ledger entry keeps of a draft instead of its text, so that a later correction can teach
 * the model (delta.ts): its hashed features, and the shipped model's calibrated class scores.
 */
export function fingerprint(text: string, input: Omit<AnalyzeInput, 'delta'> = {}): { fingerprint: number[]; scores: number[] } {
  const draft = readDraft(text, input.site, input.context, input.settings);
  extract(draft.scan, draft.evidence, draft, SHIPPED.file.features, buffer, false);
  const z = SHIPPED.draftScores(buffer, draft.scan.tokens, draft.ids, undefined, scores);
  return { fingerprint: fingerprintOf(buffer), scores: Array.from(z, (x) => Math.round(x * 100) / 100) };
}

const deltas = new WeakMap<LearnedDelta, Delta>();

/** The delta of stored rows (the ledger's, via delta:get), built once per rows received. */
export function deltaFrom(rows: LearnedDelta): Delta {
  let delta = deltas.get(rows);
  if (!delta) deltas.set(rows, (delta = Delta.fromRows(rows)));
  return delta;
}
