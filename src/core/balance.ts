// Ledger counts -> the weekly balance the popup and the hint show. Pure: the worker feeds it
// the daily aggregates it keeps beside the entries (so the cost does not grow with history),
// and the tests feed it entries through `weeklyBalance`.
//
// How credits work: every `targetRatio` giving posts earn one promotion; each purely
// promotional post spends one. Mixed posts (real help plus a plug) neither earn nor spend:
// the value they carry pays for their own plug. That is the move the hint itself suggests
// ("answer the question first, then mention your thing"), so following the advice must not
// cost anything; and a mixed post is not giving either, or plugging everything lightly would
// farm credits. Neutral posts (chat, thanks, replies without content) do not count.
import { effectiveKind, KINDS, type Entry, type Kind } from './types.ts';
import { addDays, dayKey, localOffset, weekdayIndex, type Offset } from './days.ts';

export type Counts = Record<Kind, number>;
/** One local day's counts by the kind that counts (the user's correction wins). */
export interface DayCounts extends Counts {
  day: string;
}
export interface WeekCounts extends Counts {
  /** First and last local day of the week (the current week ends today). */
  from: string;
  to: string;
}

export type WeekMode = 'rolling' | 'calendar';

/** What the popup's headline and the hint's balance line need. */
export interface BalanceSummary extends Counts {
  /** Promotions still "paid for" by giving this week (may be negative: a deficit). */
  credits: number;
  targetRatio: number;
}
/** Contributions worth celebrating: the 10th, the 100th, the 1,000th... */
export const MILESTONES = [10, 100, 1000, 10_000, 100_000] as const;
/** Weeks in the trend chart. */
export const TREND_WEEKS = 12;
/** Days of history `summarize` reads besides a long streak: 12 calendar weeks reach back 83 days plus up to 6. */
export const HISTORY_DAYS = TREND_WEEKS * 7 + 6;

export interface Balance extends BalanceSummary {
  week: WeekMode;
  /** The window counted: first and last local day (today). */
  from: string;
  to: string;
  /** Credits earned by giving in the window, and how many more giving posts earn the next one. */
  earned: number;
  nextCreditIn: number;
  /** giving / promotional, or null when nothing was promoted. */
  ratio: number | null;
  onTarget: boolean;
  /** The last 7 local days, oldest first, ending today. */
  days: DayCounts[];
  /** The last 12 weeks, oldest first, the current (maybe partial) week last. */
  weeks: WeekCounts[];
  /** Days in a row with at least one giving post, up to today (or yesterday, today is not over). */
  streak: number;
  /** All-time giving posts, and the milestone reached in this window if any. */
  contributions: number;
  milestone: { reached: number | null; next: number | null; toGo: number };
  /** All-time entries of any kind: 0 means the empty state. */
  total: number;
}

export interface BalanceInput {
  /** Daily counts; days outside what is needed are ignored, missing days count as zero. */
  days: Iterable<DayCounts>;
  /** All-time counts by kind. */
  totals: Counts;
  targetRatio: number;
  week: WeekMode;
  now: number;
  offset: Offset;
  /** The run of giving days ending just before the days given, for a streak that reaches past them. */
  before?: Run;
}

/** `length` days in a row with a giving post, the last of them `day`. */
export interface Run {
  day: string;
  length: number;
}

export function zeroCounts(): Counts {
  return { promotional: 0, mixed: 0, giving: 0, neutral: 0 };
}

export function summarize(input: BalanceInput): Balance {
  const target = Math.max(1, Math.round(input.targetRatio));
  const byDay = new Map<string, DayCounts>();
  for (const d of input.days) byDay.set(d.day, d);
  const today = dayKey(input.now, input.offset);
  const from = input.week === 'calendar' ? addDays(today, -weekdayIndex(today)) : addDays(today, -6);
  const window = sumDays(byDay, from, today);

  const earned = Math.floor(window.giving / target);
  const contributions = input.totals.giving;
  const days = Array.from({ length: 7 }, (_, i) => {
    const day = addDays(today, i - 6);
    return { ...(byDay.get(day) ?? zeroCounts()), day };
  });
  const weeks = Array.from({ length: TREND_WEEKS }, (_, i) => {
    const weekFrom = addDays(from, (i - TREND_WEEKS + 1) * 7);
    const weekTo = i === TREND_WEEKS - 1 ? today : addDays(weekFrom, 6);
    return { ...sumDays(byDay, weekFrom, weekTo), from: weekFrom, to: weekTo };
  });
  return {
    ...window,
    credits: earned - window.promotional,
    targetRatio: target,
    week: input.week,
    from,
    to: today,
    earned,
    nextCreditIn: target - (window.giving % target),
    ratio: window.promotional ? window.giving / window.promotional : null,
    onTarget: window.giving >= target * window.promotional,
    days,
    weeks,
    streak: streak(byDay, today, input.before),
    contributions,
    milestone: milestone(contributions - window.giving, contributions),
    total: KINDS.reduce((n, k) => n + input.totals[k], 0),
  };
}

function sumDays(byDay: Map<string, Counts>, from: string, to: string): Counts {
  const sum = zeroCounts();
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const counts = byDay.get(day);
    if (counts) for (const k of KINDS) sum[k] += counts[k];
  }
  return sum;
}

/** A streak stays alive through today until the day is over, so it ends today or yesterday. */
export function streak(byDay: Map<string, Counts>, today: string, before?: Run): number {
  return runEndingAt(byDay, (byDay.get(today)?.giving ?? 0) > 0 ? today : addDays(today, -1), before);
}

/** Days in a row with a giving post ending on `last`; where the walk meets `before`, that run continues it. */
export function runEndingAt(byDay: Map<string, Counts>, last: string, before?: Run): number {
  let n = 0;
  for (let day = last; ; day = addDays(day, -1)) {
    if (day === before?.day) return n + before.length;
    if (!((byDay.get(day)?.giving ?? 0) > 0)) return n;
    n += 1;
  }
}

/** `before`: contributions before this window; `now`: all-time. */
export function milestone(before: number, now: number): Balance['milestone'] {
  const reached = [...MILESTONES].reverse().find((m) => before < m && m <= now) ?? null;
  const next = MILESTONES.find((m) => m > now) ?? null;
  return { reached, next, toGo: next === null ? 0 : next - now };
}

/** Entries -> daily counts by their effective kind, in the given zone. */
export function countByDay(entries: Iterable<Entry>, offset: Offset = localOffset): Map<string, DayCounts> {
  const byDay = new Map<string, DayCounts>();
  for (const entry of entries) {
    const day = dayKey(entry.time, offset);
    let counts = byDay.get(day);
    if (!counts) byDay.set(day, (counts = { ...zeroCounts(), day }));
    counts[effectiveKind(entry)] += 1;
  }
  return byDay;
}

export function countKinds(entries: Iterable<Entry>): Counts {
  const totals = zeroCounts();
  for (const entry of entries) totals[effectiveKind(entry)] += 1;
  return totals;
}

/** The balance straight from entries: for tests and small callers; the worker uses aggregates. */
export function weeklyBalance(
  entries: Entry[],
  targetRatio: number,
  now: number,
  options: { week?: WeekMode; offset?: Offset } = {},
): Balance {
  const offset = options.offset ?? localOffset;
  const past = entries.filter((e) => e.time <= now);
  return summarize({
    days: countByDay(past, offset).values(),
    totals: countKinds(past),
    targetRatio,
    week: options.week ?? 'rolling',
    now,
    offset,
  });
}

/** True when the streak may reach further back than `HISTORY_DAYS` and older days are needed. */
export function streakReachesBack(balance: Balance): boolean {
  return balance.streak >= HISTORY_DAYS - 1;
}
