// The shared vocabulary of GiveFirst. Pure types: every context (page, worker, popup,
// options, Node tests) speaks these, so they live in core and import nothing.

export const KINDS = ['promotional', 'mixed', 'giving', 'neutral'] as const;
export type Kind = (typeof KINDS)[number];

export const CONTEXTS = ['post', 'reply', 'comment'] as const;
export type Context = (typeof CONTEXTS)[number];

export const LANGUAGES = ['en', 'es', 'de', 'fr', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * A piece of the draft and how hard it pushed the verdict toward promotion (`weight` > 0).
 * `signal` is an id (src/core/analysis/signals.ts, or 'wording' for words the model learned),
 * shown translated as `signal_<id>`.
 */
export interface Reason {
  start: number;
  end: number;
  text: string;
  signal: string;
  weight: number;
}

export interface Analysis {
  kind: Kind;
  /** 0..1, how promotional. */
  score: number;
  /** Whether the inline hint should show at the user's sensitivity. */
  flag: boolean;
  reasons: Reason[];
  /** One concrete giving move that fits the draft: a move id (analysis/suggest.ts), shown as `move_<id>`. */
  suggestion: string;
  /** Detected language, or 'other' when none of the supported ones. */
  language: Language | 'other';
}

/**
 * What the user's corrections taught the analysis (src/core/analysis/delta.ts): rows of
 * [bucket, then one weight per kind in KINDS order], added to the shipped model's weights.
 */
export type LearnedDelta = number[][];

/** One submitted post in the ledger. `id` is made in the tab so a retry is not counted twice. */
export interface Entry {
  id: string;
  time: number;
  site: string;
  context: Context;
  kind: Kind;
  score: number;
  reasons: { text: string; signal: string }[];
  language: Language | 'other';
  /** The post's hashed features (never its words), packed by src/core/analysis/delta.ts. */
  fingerprint: number[];
  /** The model's four scores for the post (KINDS order): with the fingerprint, what a correction learns from. */
  scores?: number[];
  /** First 140 characters, only when the user keeps snippets. */
  snippet?: string;
  /** The user's own verdict when the analysis was wrong. */
  correction?: Kind;
}

/** The kind that counts: the user's correction wins over the analysis. */
export function effectiveKind(entry: Pick<Entry, 'kind' | 'correction'>): Kind {
  return entry.correction ?? entry.kind;
}
