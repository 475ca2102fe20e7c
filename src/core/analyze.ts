// The analysis: draft text + where it is written + the user's settings and corrections ->
// kind, score, flag, reasons, suggestion, language. Pure and synchronous; it runs on every
// typing pause, so it is one linear scan plus table lookups (no backtracking regexes).
//
// Long drafts: only the first 16,000 and the last 4,000 characters are analysed. A pitch sits
// at the start or the end of a post, and this keeps a pasted megabyte from stalling the page.
import type { Analysis, Context, Correction, Kind, Language } from './types.ts';
import { SENSITIVITY_PRESETS, type Settings } from './settings.ts';
import { emptyScan, scanText, type Scan } from './analysis-text.ts';
import { detectLanguage } from './language.ts';
import { gather, type Own } from './analysis-evidence.ts';
import { weigh } from './analysis-score.ts';
import { suggest } from './analysis-suggest.ts';
import { correctionFor, fingerprintOf } from './analysis-corrections.ts';

export interface AnalyzeInput {
  site?: string;
  context?: Context;
  settings?: Partial<Pick<Settings, 'sensitivity' | 'own' | 'languages'>>;
  corrections?: Correction[];
}

const HEAD = 16_000;
const TAIL = 4_000;

/** Score needed to flag at a sensitivity: 0.9 at 0, 0.5 at the default 50, 0.2 at 100. */
export function flagThreshold(sensitivity: number): number {
  const s = Number.isFinite(sensitivity) ? Math.min(100, Math.max(0, sensitivity)) : SENSITIVITY_PRESETS.medium;
  return s <= 50 ? 0.9 - 0.4 * (s / 50) : 0.5 - 0.3 * ((s - 50) / 50);
}

function scanDraft(text: string): Scan {
  if (text.length <= HEAD + TAIL) return scanText(text);
  const scan = scanText(text, 0, safeCut(text, HEAD));
  // The tail starts a new line so no phrase runs across the gap.
  scan.lineMarks.push('');
  scan.sentences++;
  return scanText(text, safeCut(text, text.length - TAIL), text.length, scan);
}

/** Never cut between the two halves of a surrogate pair. */
function safeCut(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c >= 0xdc00 && c <= 0xdfff ? at + 1 : at;
}

function ownOf(settings: AnalyzeInput['settings']): Own {
  const own = settings?.own;
  const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return {
    domains: list(own?.domains).map((d) => d.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').split('/')[0] ?? ''),
    handles: list(own?.handles),
    brands: list(own?.brands),
  };
}

export function analyze(text: string, input: AnalyzeInput = {}): Analysis {
  const draft = typeof text === 'string' ? text : String(text ?? '');
  const context: Context = input.context === 'reply' || input.context === 'comment' ? input.context : 'post';
  const scan = scanDraft(draft);
  let language: Language | 'other' = detectLanguage(draft, scan.tokens);
  const enabled = input.settings?.languages;
  if (language !== 'other' && Array.isArray(enabled) && enabled.length > 0 && !enabled.includes(language)) language = 'other';
  const evidence = gather(draft, scan, language, context, ownOf(input.settings));
  const verdict = weigh(evidence, language, context);
  let { kind, score } = verdict;
  let core = verdict.core;

  // The user's own verdict on a similar post wins over the heuristic.
  const adjustment = correctionFor(fingerprintOf(scan.tokens), input.corrections);
  if (adjustment) ({ kind, score, core } = corrected(adjustment.kind, score, core));

  const sensitivity = input.settings?.sensitivity ?? SENSITIVITY_PRESETS.medium;
  const flag = core && score >= flagThreshold(sensitivity);
  const reasons = evidence.reasons
    .filter((r) => r.weight !== 0)
    .sort((a, b) => b.weight - a.weight || a.start - b.start)
    .slice(0, 12)
    .sort((a, b) => a.start - b.start);
  return { kind, score, flag, reasons, suggestion: suggest(evidence, context, language), language };
}

/** A corrected kind sets the score on its side of every threshold, so no sensitivity undoes it. */
function corrected(kind: Kind, score: number, core: boolean): { kind: Kind; score: number; core: boolean } {
  if (kind === 'promotional') return { kind, score: Math.max(score, 0.95), core: true };
  return { kind, score: Math.min(score, 0.1), core: false };
}

/** Privacy-preserving hashed word features of a draft, stored in ledger entries instead of text. */
export function fingerprint(text: string): number[] {
  const draft = typeof text === 'string' ? text : String(text ?? '');
  return fingerprintOf(scanDraft(draft).tokens);
}
