// The ledger's entries as CSV for spreadsheets. Pure, unit tested.
import { effectiveKind, type Entry } from '../core/types.ts';

export const CSV_COLUMNS = ['id', 'time', 'site', 'context', 'kind', 'analysis', 'correction', 'score', 'language', 'reasons', 'snippet'] as const;

export function entriesToCsv(entries: readonly Entry[]): string {
  const rows = entries.map((e) => [
    e.id,
    new Date(e.time).toISOString(),
    e.site,
    e.context,
    effectiveKind(e),
    e.kind,
    e.correction ?? '',
    e.score.toFixed(2),
    e.language,
    e.reasons.map((r) => r.text).join('; '),
    e.snippet ?? '',
  ]);
  return [CSV_COLUMNS, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * Quotes a field when needed. A field a spreadsheet would run as a formula (=, +, -, @, tab,
 * CR at the start) gets a leading apostrophe: snippets are text people wrote, not formulas.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
