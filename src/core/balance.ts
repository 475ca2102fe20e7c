// Ledger entries -> the weekly balance. Pure: the worker and the tests call it alike.
import type { BalanceSummary } from './messages.ts';
import { effectiveKind, type Entry } from './types.ts';

const DAY = 24 * 60 * 60 * 1000;

export function weeklyBalance(entries: Entry[], targetRatio: number, now: number): BalanceSummary {
  const since = now - 7 * DAY;
  const counts = { giving: 0, promotional: 0, mixed: 0, neutral: 0 };
  for (const entry of entries) {
    if (entry.time > since && entry.time <= now) counts[effectiveKind(entry)] += 1;
  }
  const earned = Math.floor(counts.giving / targetRatio);
  return { ...counts, credits: earned - counts.promotional, targetRatio };
}
