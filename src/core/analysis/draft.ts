// The front half of the analysis, shared by `analyze` and by the training script so that the
// model is trained on exactly what it later sees: the draft scanned into tokens, its words
// looked up, its language, and the evidence of the lexicons, links and structure.
//
// Long drafts: only the first 16,000 and the last 4,000 characters are read. A pitch sits at the
// start or the end of a post, and this keeps a pasted megabyte from stalling the page.
import type { Context, Language } from '../types.ts';
import { normalizeDomain, type Settings } from '../settings.ts';
import { scanText, type Scan } from './text.ts';
import { lookupWords } from './vocab.ts';
import { detectLanguage } from './language.ts';
import { gather, type Evidence, type Own } from './evidence.ts';

const HEAD = 16_000;
const TAIL = 4_000;

export type DraftSettings = Partial<Pick<Settings, 'own' | 'languages'>>;

export interface Draft {
  text: string;
  context: Context;
  /** The site's id ("x", "reddit", ...), or '' when unknown. */
  site: string;
  scan: Scan;
  /** Per token, its word id in the vocabulary (vocab.ts): 0 for the rest. */
  ids: number[];
  language: Language | 'other';
  evidence: Evidence;
}

export function readDraft(text: unknown, site: unknown, context: unknown, settings: DraftSettings | undefined): Draft {
  const draft = typeof text === 'string' ? text : String(text ?? '');
  const where: Context = context === 'reply' || context === 'comment' ? context : 'post';
  const scan = scanDraft(draft);
  const ids = lookupWords(scan.tokens);
  let language = detectLanguage(draft, scan.tokens, ids, scan.accents);
  // A language the user switched off is read like any other unsupported one.
  const enabled = settings?.languages;
  if (language !== 'other' && Array.isArray(enabled) && enabled.length > 0 && !enabled.includes(language)) language = 'other';
  const evidence = gather(draft, scan, ids, language, where, ownOf(settings));
  return { text: draft, context: where, site: typeof site === 'string' ? site.slice(0, 40) : '', scan, ids, language, evidence };
}

export function scanDraft(text: string): Scan {
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
function ownOf(settings: DraftSettings | undefined): Own {
  const own = settings?.own;
  if (!own) return NO_OWN;
  const domains = strings(own.domains).map(normalizeDomain).filter(Boolean);
  return { domains, handles: strings(own.handles), brands: strings(own.brands) };
}
