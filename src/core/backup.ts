// Backups of the ledger: the versioned export, the validator every import passes before
// anything is written, and a CSV of entries for spreadsheets. Pure.
//
// The validator is strict on purpose: a file that is malformed, of another schema, huge, has
// duplicate ids, dates in the future or prototype-pollution keys is refused as a whole, so an
// import either adds clean entries or changes nothing. Why is a code with the numbers and names
// it needs, never a sentence: the options page says it in the person's language.
import { validateSettings, isRecord, type Settings } from './settings.ts';
import { refuse, refusalOf, type EntryProblem, type Refusal } from './backup-refusal.ts';
import { signalId } from './signal-ids.ts';
import { CONTEXTS, KINDS, LANGUAGES, effectiveKind, type Context, type Entry, type Kind, type Language } from './types.ts';

export const BACKUP_FORMAT = 'givefirst-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: number;
  /** The ledger's schema when exported, for the record; entries have one shape across schemas. */
  ledgerSchema?: number;
  settings?: Settings;
  entries: Entry[];
}

export const BACKUP_LIMITS = {
  /** Characters of JSON text. */
  chars: 64 * 1024 * 1024,
  entries: 250_000,
  /** Values walked while looking for forbidden keys: bounds the work on hostile input. */
  nodes: 20_000_000,
  /** Clocks on two devices may differ; more than this ahead of now is a date in the future. */
  futureSlackMs: 24 * 60 * 60 * 1000,
  idChars: 128,
  siteChars: 200,
  snippetChars: 140,
  reasons: 100,
  reasonChars: 500,
  fingerprint: 4096,
  /** A score's size: the model's scores are log-odds, a few dozen at most. */
  score: 1000,
} as const;

/** Since 2020-01-01: nothing older can have been written by GiveFirst. */
const EARLIEST = Date.UTC(2020, 0, 1);
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type Validated = { ok: true; backup: Backup } | { ok: false; refusal: Refusal };

export function makeBackup(entries: Entry[], settings: Settings | undefined, now: number, ledgerSchema?: number): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, ...(ledgerSchema ? { ledgerSchema } : {}), ...(settings ? { settings } : {}), entries };
}

/** Accepts the JSON text of a backup or the parsed value. */
export function validateBackup(input: unknown, now: number): Validated {
  try {
    return { ok: true, backup: check(input, now) };
  } catch (error) {
    return { ok: false, refusal: refusalOf(error) };
  }
}

/** Entry `i` (from 0) has `problem`. */
const bad = (i: number, problem: Exclude<EntryProblem, 'duplicate-id' | 'future'>): never => refuse({ code: 'entry', entry: i + 1, problem });

function check(input: unknown, now: number): Backup {
  let data = input;
  if (typeof input === 'string') {
    if (input.length > BACKUP_LIMITS.chars) refuse({ code: 'too-large', megabytes: BACKUP_LIMITS.chars / 1024 / 1024 });
    try {
      data = JSON.parse(input);
    } catch {
      refuse({ code: 'not-json' });
    }
  }
  findForbiddenKeys(data);
  if (!isRecord(data)) return refuse({ code: 'not-object' });
  if (data.format !== BACKUP_FORMAT) return refuse({ code: 'not-backup' });
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) return refuse({ code: 'no-version' });
  if (data.version > BACKUP_VERSION) return refuse({ code: 'newer-version' });
  if (!Array.isArray(data.entries)) return refuse({ code: 'no-entries' });
  if (data.entries.length > BACKUP_LIMITS.entries) refuse({ code: 'too-many-entries', limit: BACKUP_LIMITS.entries });
  const seen = new Set<string>();
  const entries = data.entries.map((raw, i) => {
    const entry = checkEntry(raw, i, now);
    if (seen.has(entry.id)) refuse({ code: 'entry', entry: i + 1, problem: 'duplicate-id', id: entry.id });
    seen.add(entry.id);
    return entry;
  });
  let settings: Settings | undefined;
  if (data.settings !== undefined) {
    if (!isRecord(data.settings)) refuse({ code: 'settings' });
    settings = validateSettings(data.settings);
  }
  const exportedAt = typeof data.exportedAt === 'number' && Number.isFinite(data.exportedAt) ? data.exportedAt : now;
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, ...(settings ? { settings } : {}), entries };
}

/** Walks the whole value without recursion (a deeply nested file cannot overflow the stack). */
function findForbiddenKeys(data: unknown): void {
  const stack: unknown[] = [data];
  let nodes = 0;
  while (stack.length) {
    const value = stack.pop();
    if (++nodes > BACKUP_LIMITS.nodes) refuse({ code: 'too-many-values' });
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) refuse({ code: 'forbidden-key', key });
      stack.push((value as Record<string, unknown>)[key]);
    }
  }
}

/** One entry as the content script sends it: a clean Entry, or why it is refused (as entry 1). */
export function validateEntry(raw: unknown, now: number): { ok: true; entry: Entry } | { ok: false; refusal: Refusal } {
  try {
    return { ok: true, entry: checkEntry(raw, 0, now) };
  } catch (error) {
    return { ok: false, refusal: refusalOf(error) };
  }
}

function checkEntry(raw: unknown, i: number, now: number): Entry {
  if (!isRecord(raw)) return bad(i, 'not-object');
  const { id, time, site, context, kind, score, reasons, language, fingerprint, scores, snippet, correction } = raw;
  if (typeof id !== 'string' || !id || id.length > BACKUP_LIMITS.idChars) return bad(i, 'id');
  if (typeof time !== 'number' || !Number.isFinite(time) || time < EARLIEST) return bad(i, 'time');
  if (time > now + BACKUP_LIMITS.futureSlackMs) refuse({ code: 'entry', entry: i + 1, problem: 'future', time });
  if (typeof site !== 'string' || !site || site.length > BACKUP_LIMITS.siteChars) bad(i, 'site');
  if (!CONTEXTS.includes(context as Context)) bad(i, 'context');
  if (!KINDS.includes(kind as Kind)) bad(i, 'kind');
  if (correction !== undefined && !KINDS.includes(correction as Kind)) bad(i, 'correction');
  if (typeof score !== 'number' || !(score >= 0 && score <= 1)) bad(i, 'score');
  if (language !== 'other' && !LANGUAGES.includes(language as Language)) bad(i, 'language');
  if (snippet !== undefined && typeof snippet !== 'string') bad(i, 'snippet');
  if (!Array.isArray(fingerprint) || fingerprint.length > BACKUP_LIMITS.fingerprint || !fingerprint.every((n) => Number.isInteger(n))) {
    bad(i, 'fingerprint');
  }
  if (scores !== undefined && !(Array.isArray(scores) && scores.length === KINDS.length &&
    scores.every((x) => typeof x === 'number' && Math.abs(x) <= BACKUP_LIMITS.score))) {
    bad(i, 'scores');
  }
  if (!Array.isArray(reasons) || reasons.length > BACKUP_LIMITS.reasons) return bad(i, 'reasons');
  const cleanReasons = reasons.map((r) => {
    // Signals are ids; a backup (or a tab) from before speaks the old English labels.
    const signal = isRecord(r) && typeof r.signal === 'string' ? signalId(r.signal) : null;
    if (!isRecord(r) || typeof r.text !== 'string' || !signal) return bad(i, 'reason');
    return { text: r.text.slice(0, BACKUP_LIMITS.reasonChars), signal };
  });
  // A clean object with only known fields: nothing else from the file reaches the ledger.
  const entry: Entry = {
    id,
    time,
    site: site as string,
    context: context as Context,
    kind: kind as Kind,
    score: score as number,
    reasons: cleanReasons,
    language: language as Language | 'other',
    fingerprint: (fingerprint as number[]).slice(),
  };
  if (scores !== undefined) entry.scores = (scores as number[]).slice();
  if (typeof snippet === 'string') entry.snippet = snippet.slice(0, BACKUP_LIMITS.snippetChars);
  if (correction !== undefined && correction !== kind) entry.correction = correction as Kind;
  return entry;
}

const CSV_COLUMNS = ['id', 'time', 'site', 'context', 'counted as', 'analysis said', 'corrected', 'score', 'language', 'snippet'];

/** Entries as CSV (RFC 4180), times in ISO 8601 UTC. */
export function entriesToCsv(entries: Entry[]): string {
  const rows = entries.map((e) => [
    e.id,
    new Date(e.time).toISOString(),
    e.site,
    e.context,
    effectiveKind(e),
    e.kind,
    e.correction ? 'yes' : 'no',
    e.score.toFixed(2),
    e.language,
    e.snippet ?? '',
  ]);
  return [CSV_COLUMNS, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Quotes when needed, and defuses cells a spreadsheet would run as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
