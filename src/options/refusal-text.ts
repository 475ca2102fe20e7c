// A refused backup in the person's words: each refusal code has its sentence in _locales
// (backup_<code>, backup_entry_<problem>), with its numbers and dates in the same language.
import type { Refusal } from '../core/backup-refusal.ts';
import { formatDate, formatNumber, t } from '../platform/i18n.ts';

/** Message names take no hyphens: 'too-large' is backup_too_large. */
const name = (code: string) => code.replace(/-/g, '_');

/** What an entry's sentence names after its number: the repeated id, or the date in the future. */
function entryDetail(refusal: Extract<Refusal, { code: 'entry' }>): string[] {
  if (refusal.problem === 'duplicate-id') return [refusal.id];
  if (refusal.problem === 'future') return [formatDate(refusal.time, { dateStyle: 'medium' })];
  return [];
}

export function refusalText(refusal: Refusal): string {
  switch (refusal.code) {
    case 'entry':
      return t(`backup_entry_${name(refusal.problem)}`, formatNumber(refusal.entry), ...entryDetail(refusal));
    case 'too-large':
      return t('backup_too_large', formatNumber(refusal.megabytes));
    case 'too-many-entries':
      return t('backup_too_many_entries', formatNumber(refusal.limit));
    case 'forbidden-key':
      return t('backup_forbidden_key', refusal.key);
    default:
      return t(`backup_${name(refusal.code)}`);
  }
}
