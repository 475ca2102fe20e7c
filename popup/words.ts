// The popup's sentences, kept apart from the components so they read as one voice.
import type { Balance } from '../src/core/balance.ts';
import type { Kind } from '../src/core/types.ts';

export const KIND_LABEL: Record<Kind, string> = {
  giving: 'Giving',
  mixed: 'Mixed',
  promotional: 'Promotional',
  neutral: 'Neutral',
};

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** "1 credit left", "no credits left", "2 credits short". */
export function creditsPhrase(credits: number): string {
  if (credits > 0) return `${plural(credits, 'credit')} left`;
  if (credits === 0) return 'no credits left';
  return `${plural(-credits, 'credit')} short`;
}

/** The line a person reads in one glance. */
export function headline(b: Balance): string[] {
  return [`Given ${b.giving}`, `Promoted ${b.promotional}`, creditsPhrase(b.credits)];
}

export function windowLabel(b: Balance): string {
  return b.week === 'calendar' ? 'This week, since Monday' : 'Last 7 days';
}

/** What to do next, in one sentence. */
export function nextStep(b: Balance): string {
  const more = `${plural(b.nextCreditIn, 'more giving post')} ${b.nextCreditIn === 1 ? 'earns' : 'earn'} a credit`;
  if (b.credits < 0) return `Target ${b.targetRatio}:1 · ${more} — give before the next ask.`;
  return `Target ${b.targetRatio}:1 · ${more}.`;
}

export function streakPhrase(days: number): string | null {
  return days >= 2 ? `${days}-day giving streak` : null;
}

export function milestonePhrase(b: Balance): string | null {
  const reached = b.milestone.reached;
  if (reached === null) return null;
  return `Your ${ordinal(reached)} contribution happened this week. Thank you for giving first!`;
}

export function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n.toLocaleString('en')}${s}`;
}

const MIN = 60_000;
const HOUR = 60 * MIN;

/** "just now", "12 min ago", "3 h ago", "Yesterday 14:05", "Mon 8 Jun". */
export function when(time: number, now: number): string {
  const ago = now - time;
  if (ago < MIN) return 'just now';
  if (ago < HOUR) return `${Math.floor(ago / MIN)} min ago`;
  const date = new Date(time);
  const clock = date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  const today = new Date(now);
  const yesterday = new Date(now);
  yesterday.setDate(today.getDate() - 1);
  if (date.toDateString() === today.toDateString()) return ago < 6 * HOUR ? `${Math.floor(ago / HOUR)} h ago` : `Today ${clock}`;
  if (date.toDateString() === yesterday.toDateString()) return `Yesterday ${clock}`;
  return date.toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
}

/** Day keys to short names: "2026-06-08" -> "Mon". */
export function dayName(key: string): string {
  return new Date(`${key}T12:00:00Z`).toLocaleDateString('en', { weekday: 'short', timeZone: 'UTC' });
}

export function shortDate(key: string): string {
  return new Date(`${key}T12:00:00Z`).toLocaleDateString('en', { day: 'numeric', month: 'short', timeZone: 'UTC' });
}
