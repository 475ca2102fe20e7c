// Backups of the ledger: the versioned export, the validator every import passes before
// anything is written, and a CSV of entries for spreadsheets. Pure.
//
// The validator is strict on purpose: a file that is malformed, of another schema, huge, has
// duplicate ids, dates in the future or prototype-pollution keys is refused as a whole with a
// sentence saying why, so an import either adds clean entries or changes nothing.
import { validateSettings, isRecord, type Settings } from './settings.ts';
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

export type Validated = { ok: true; backup: Backup } | { ok: false; error: string };

export function makeBackup(entries: Entry[], settings: Settings | undefined, now: number, ledgerSchema?: number): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, ...(ledgerSchema ? { ledgerSchema } : {}), ...(settings ? { settings } : {}), entries };
}

/** Accepts the JSON text of a backup or the parsed value. */
export function validateBackup(input: unknown, now: number): Validated {
  try {
    return { ok: true, backup: check(input, now) };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.message };
    return { ok: false, error: `This file could not be read as a GiveFirst backup (${(error as Error).message}).` };
  }
}

class Refusal extends Error {}
const refuse = (why: string): never => {
  throw new Refusal(why);
};

function check(input: unknown, now: number): Backup {
  let data = input;
  if (typeof input === 'string') {
    if (input.length > BACKUP_LIMITS.chars) refuse(`This file is too large to import (over ${BACKUP_LIMITS.chars / 1024 / 1024} MB).`);
    try {
      data = JSON.parse(input);
    } catch {
      refuse('This file is not valid JSON, so it is not a GiveFirst backup.');
    }
  }
  findForbiddenKeys(data);
  if (!isRecord(data)) return refuse('This file is not a GiveFirst backup (expected an object with "entries").');
  if (data.format !== BACKUP_FORMAT) return refuse('This file is not a GiveFirst backup (its "format" is missing or different).');
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) return refuse('This backup has no valid version number.');
  if (data.version > BACKUP_VERSION) return refuse('This backup was made by a newer version of GiveFirst; update GiveFirst to import it.');
  if (!Array.isArray(data.entries)) return refuse('This backup has no list of entries.');
  if (data.entries.length > BACKUP_LIMITS.entries) refuse(`This backup holds more than ${BACKUP_LIMITS.entries.toLocaleString('en')} entries, more than GiveFirst imports at once.`);
  const seen = new Set<string>();
  const entries = data.entries.map((raw, i) => {
    const entry = checkEntry(raw, i, now);
    if (seen.has(entry.id)) refuse(`Entry ${i + 1} repeats the id "${entry.id}"; a backup holds each post once.`);
    seen.add(entry.id);
    return entry;
  });
  let settings: Settings | undefined;
  if (data.settings !== undefined) {
    if (!isRecord(data.settings)) refuse('The settings in this backup are not an object.');
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
    if (++nodes > BACKUP_LIMITS.nodes) refuse('This file is too large to import.');
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) refuse(`This file contains the key "${key}", which GiveFirst refuses for safety; nothing was imported.`);
      stack.push((value as Record<string, unknown>)[key]);
    }
  }
}

/** One entry as the content script sends it: a clean Entry, or why it is refused. */
export function validateEntry(raw: unknown, now: number): { ok: true; entry: Entry } | { ok: false; error: string } {
  try {
    return { ok: true, entry: checkEntry(raw, 0, now) };
  } catch (error) {
    return { ok: false, error: (error as Error).message.replace('Entry 1', 'This post') };
  }
}

function checkEntry(raw: unknown, i: number, now: number): Entry {
  const at = `Entry ${i + 1}`;
  if (!isRecord(raw)) return refuse(`${at} is not an object.`);
  const { id, time, site, context, kind, score, reasons, language, fingerprint, scores, snippet, correction } = raw;
  if (typeof id !== 'string' || !id || id.length > BACKUP_LIMITS.idChars) return refuse(`${at} has no valid id.`);
  if (typeof time !== 'number' || !Number.isFinite(time) || time < EARLIEST) return refuse(`${at} has no valid time.`);
  if (time > now + BACKUP_LIMITS.futureSlackMs) refuse(`${at} is dated in the future (${new Date(time).toISOString().slice(0, 10)}).`);
  if (typeof site !== 'string' || !site || site.length > BACKUP_LIMITS.siteChars) refuse(`${at} has no valid site.`);
  if (!CONTEXTS.includes(context as Context)) refuse(`${at} has an unknown context.`);
  if (!KINDS.includes(kind as Kind)) refuse(`${at} has an unknown kind.`);
  if (correction !== undefined && !KINDS.includes(correction as Kind)) refuse(`${at} has an unknown correction.`);
  if (typeof score !== 'number' || !(score >= 0 && score <= 1)) refuse(`${at} has a score outside 0..1.`);
  if (language !== 'other' && !LANGUAGES.includes(language as Language)) refuse(`${at} has an unknown language.`);
  if (snippet !== undefined && typeof snippet !== 'string') refuse(`${at} has a snippet that is not text.`);
  if (!Array.isArray(fingerprint) || fingerprint.length > BACKUP_LIMITS.fingerprint || !fingerprint.every((n) => Number.isInteger(n))) {
    refuse(`${at} has an invalid fingerprint.`);
  }
  if (scores !== undefined && !(Array.isArray(scores) && scores.length === KINDS.length &&
    scores.every((x) => typeof x === 'number' && Math.abs(x) <= BACKUP_LIMITS.score))) {
    refuse(`${at} has invalid scores.`);
  }
  if (!Array.isArray(reasons) || reasons.length > BACKUP_LIMITS.reasons) return refuse(`${at} has invalid reasons.`);
  const cleanReasons = reasons.map((r) => {
    // Signals are ids; a backup (or a tab) from before speaks the old English labels.
    const signal = isRecord(r) && typeof r.signal === 'string' ? signalId(r.signal) : null;
    if (!isRecord(r) || typeof r.text !== 'string' || !signal) return refuse(`${at} has an invalid reason.`);
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
