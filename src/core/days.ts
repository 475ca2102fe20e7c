// Local calendar days for the balance. A day key is the date a person would read on their own
// clock ("2026-03-29"), computed from the entry's time plus the time zone's offset *at that
// time*, so DST changes and zones with half- or quarter-hour offsets land on the right day.
// Day arithmetic happens on the keys as UTC dates, where every day has 24 hours.

/** Minutes east of UTC at a moment (Berlin in summer: 120; New York in winter: -300). */
export type Offset = (time: number) => number;

const DAY = 24 * 60 * 60 * 1000;

/** The offset of the runtime's own zone (the browser's clock). */
export const localOffset: Offset = (time) => -new Date(time).getTimezoneOffset();

/** The offset of a named IANA zone, for tests and for a zone other than the runtime's. */
export function zoneOffset(timeZone: string): Offset {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  return (time) => {
    const parts: Record<string, number> = {};
    for (const p of format.formatToParts(new Date(time))) parts[p.type] = Number(p.value);
    const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
    return Math.round((asUtc - Math.floor(time / 1000) * 1000) / 60_000);
  };
}

export function dayKey(time: number, offset: Offset): string {
  return new Date(time + offset(time) * 60_000).toISOString().slice(0, 10);
}

/** The key `n` calendar days after (or before, if negative) `key`. */
export function addDays(key: string, n: number): string {
  return new Date(Date.parse(`${key}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
}

/** 0 for Monday … 6 for Sunday: the calendar week starts on Monday. */
export function weekdayIndex(key: string): number {
  return (new Date(`${key}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}
