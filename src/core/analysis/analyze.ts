// The analysis: draft text + where it is written + the user's settings and corrections ->
// kind, score, flag, reasons, suggestion, language. Pure and synchronous; it runs on every
// typing pause, so it is one linear scan plus table lookups (no backtracking regexes).
//
// Long drafts: only the first 16,000 and the last 4,000 characters are analysed. A pitch sits
// at the start or the end of a post, and this keeps a pasted megabyte from stalling the page.
import type { Analysis, Context, Correction, Kind, Language, Reason } from '../types.ts';
import { normalizeDomain, SENSITIVITY_PRESETS, type Settings } from '../settings.ts';
import { emptyScan, scanText, type Scan } from './text.ts';
import { detectLanguage } from './language.ts';
import { gather, type Own } from './evidence.ts';
import { weigh } from './score.ts';
import { suggest } from './suggest.ts';
import { correctionFor, fingerprintOf } from './corrections.ts';

export interface AnalyzeInput {
  site?: string;
  context?: Context;
  settings?: Partial<Pick<Settings, 'sensitivity' | 'own' | 'languages'>>;
  corrections?: Correction[];
}

const HEAD = 16_000;
const MAX_REASONS = 12;

function byStart(a: Reason, b: Reason): number {
  return a.start - b.start;
}

function byStrength(a: Reason, b: Reason): number {
  return Math.abs(b.weight) - Math.abs(a.weight) || a.start - b.start;
}
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

const NO_OWN: Own = { domains: [], handles: [], brands: [] };

function strings(v: unknown): string[] {
  const out: string[] = [];
  if (Array.isArray(v)) for (const x of v) if (typeof x === 'string' && x.trim()) out.push(x.trim());
  return out;
}

/** The user's own domains ("https://www.x.com/" -> "x.com"), handles and brands, tolerating junk. */
function ownOf(settings: AnalyzeInput['settings']): Own {
  const own = settings?.own;
  if (!own) return NO_OWN;
  const domains = strings(own.domains).map(normalizeDomain).filter(Boolean);
  return { domains, handles: strings(own.handles), brands: strings(own.brands) };
}

export function analyze(text: string, input: AnalyzeInput = {}): Analysis {
  const draft = typeof text === 'string' ? text : String(text ?? '');
  const context: Context = input.context === 'reply' || input.context === 'comment' ? input.context : 'post';
  const scan = scanDraft(draft);
  let language: Language | 'other' = detectLanguage(draft, scan.tokens, scan.accents);
  const enabled = input.settings?.languages;
  if (language !== 'other' && Array.isArray(enabled) && enabled.length > 0 && !enabled.includes(language)) language = 'other';
  const evidence = gather(draft, scan, language, context, ownOf(input.settings));
  const verdict = weigh(evidence, language, context);
  let { kind, score } = verdict;
  let core = verdict.core;

  // The user's own verdict on a similar post wins over the heuristic.
  const corrections = Array.isArray(input.corrections) && input.corrections.length > 0 ? input.corrections : undefined;
  const adjustment = corrections && correctionFor(fingerprintOf(scan.tokens), corrections);
  if (adjustment) ({ kind, score, core } = corrected(adjustment.kind, score, core));

  const sensitivity = input.settings?.sensitivity ?? SENSITIVITY_PRESETS.medium;
  const flag = core && score >= flagThreshold(sensitivity);
  // The dozen strongest reasons, shown in text order.
  const reasons = evidence.reasons.length <= MAX_REASONS
    ? evidence.reasons.sort(byStart)
    : evidence.reasons.sort(byStrength).slice(0, MAX_REASONS).sort(byStart);
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
