// The shared vocabulary of GiveFirst. Pure types: every context (page, worker, popup,
// options, Node tests) speaks these, so they live in core and import nothing.

export const KINDS = ['promotional', 'mixed', 'giving', 'neutral'] as const;
export type Kind = (typeof KINDS)[number];

export const CONTEXTS = ['post', 'reply', 'comment'] as const;
export type Context = (typeof CONTEXTS)[number];

export const LANGUAGES = ['en', 'es', 'de', 'fr', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A piece of the draft and the signal it carries; `weight` > 0 pushes toward promotion. */
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
  /** One concrete giving move that fits the draft. */
  suggestion: string;
  /** Detected language, or 'other' when none of the supported ones. */
  language: Language | 'other';
}

/**
 * A user's "that was wrong": the entry's privacy-preserving fingerprint (hashed word
 * features, never the text), what the analysis said and what the user says it was.
 */
export interface Correction {
  fingerprint: number[];
  was: Kind;
  kind: Kind;
}

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
  fingerprint: number[];
  /** First 140 characters, only when the user keeps snippets. */
  snippet?: string;
  /** The user's own verdict when the analysis was wrong. */
  correction?: Kind;
}

/** The kind that counts: the user's correction wins over the analysis. */
export function effectiveKind(entry: Pick<Entry, 'kind' | 'correction'>): Kind {
  return entry.correction ?? entry.kind;
}
