// The popup's sentences, kept apart from the components so they read as one voice. The words
// come from the message catalogue, the numbers and dates from Intl in the same language.
import type { Balance } from '../src/core/balance.ts';
import type { Kind } from '../src/core/types.ts';
import { formatAgo, formatDate, formatNumber, t, tn } from '../src/platform/i18n.ts';

export const kindLabel = (kind: Kind): string => t(`kind_short_${kind}`);

/** "1 credit left", "no credits left", "2 credits short". */
export function creditsPhrase(credits: number): string {
  if (credits > 0) return tn('credits_left', credits);
  if (credits === 0) return t('credits_none');
  return tn('credits_short', -credits);
}

/** The line a person reads in one glance. */
export function headline(b: Balance): string[] {
  return [tn('headline_given', b.giving), tn('headline_promoted', b.promotional), creditsPhrase(b.credits)];
}

export function windowLabel(b: Balance): string {
  return t(b.week === 'calendar' ? 'window_calendar' : 'window_rolling');
}

/** What to do next, in one sentence. */
export function nextStep(b: Balance): string {
  return tn(b.credits < 0 ? 'next_step_deficit' : 'next_step', b.nextCreditIn, formatNumber(b.targetRatio));
}

/** Mixed and neutral posts neither earn nor spend, so they are only mentioned. */
export function otherCounts(b: Balance): string | null {
  return b.mixed > 0 || b.neutral > 0 ? t('also_counts', formatNumber(b.mixed), formatNumber(b.neutral)) : null;
}

export function streakPhrase(days: number): string | null {
  return days >= 2 ? t('streak', formatNumber(days)) : null;
}

export function milestonePhrase(b: Balance): string | null {
  const reached = b.milestone.reached;
  return reached === null ? null : t('milestone', formatNumber(reached));
}

const MIN = 60_000;
const HOUR = 60 * MIN;

/** "just now", "12 min. ago", "3 hr. ago", "Yesterday 14:05", "Mon, Jun 8", each in the UI language. */
export function when(time: number, now: number): string {
  const ago = now - time;
  if (ago < MIN) return t('when_now');
  if (ago < HOUR) return formatAgo(Math.floor(ago / MIN), 'minute');
  const date = new Date(time);
  const clock = formatDate(date, { hour: '2-digit', minute: '2-digit' });
  const today = new Date(now);
  const yesterday = new Date(now);
  yesterday.setDate(today.getDate() - 1);
  if (date.toDateString() === today.toDateString()) return ago < 6 * HOUR ? formatAgo(Math.floor(ago / HOUR), 'hour') : t('when_today', clock);
  if (date.toDateString() === yesterday.toDateString()) return t('when_yesterday', clock);
  return formatDate(date, { weekday: 'short', day: 'numeric', month: 'short' });
}

/** Day keys are calendar days, so they are read at noon UTC and shown in UTC: no zone can shift them. */
const noon = (key: string) => new Date(`${key}T12:00:00Z`);

/** "2026-06-08" -> "Mon", "Mo.", "lun." */
export function dayName(key: string): string {
  return formatDate(noon(key), { weekday: 'short', timeZone: 'UTC' });
}

export function shortDate(key: string): string {
  return formatDate(noon(key), { day: 'numeric', month: 'short', timeZone: 'UTC' });
}
