// Which of an analysis's reasons a hint names, and in what order. A phrase that names an ask, an
// offer, a price or the author's own link tells the writer what to change; a word the model only
// leans on ("great", "same", a weekday) is right about the model but says little to the writer,
// so such words only fill the list when few asks were found.
import type { Reason } from './types.ts';

/** The most phrases a hint names. */
export const SHOWN_REASONS = 4;
/** Words the model leans on are named only until the hint names this many phrases, unless it found no ask at all. */
const WORDS_FILL_TO = 2;

/**
 * The strongest phrases that name a signal, then the strongest wording up to WORDS_FILL_TO (or
 * SHOWN_REASONS when no phrase names a signal); without repeats or overlaps; in reading order.
 */
export function shownReasons(reasons: readonly Reason[]): Reason[] {
  const strongest = reasons.filter((r) => r.weight > 0).sort((a, b) => b.weight - a.weight);
  const kept: Reason[] = [];
  const seen = new Set<string>();
  const take = (reason: Reason): void => {
    const key = reason.text.trim().toLowerCase();
    if (seen.has(key) || kept.some((k) => reason.start < k.end && k.start < reason.end)) return;
    seen.add(key);
    kept.push(reason);
  };
  for (const r of strongest) if (r.signal !== 'wording' && kept.length < SHOWN_REASONS) take(r);
  const words = kept.length === 0 ? SHOWN_REASONS : Math.max(kept.length, WORDS_FILL_TO);
  for (const r of strongest) if (r.signal === 'wording' && kept.length < words) take(r);
  return kept.sort((a, b) => a.start - b.start);
}
