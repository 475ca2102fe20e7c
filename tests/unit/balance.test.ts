// The balance arithmetic: windows, credits, streaks, milestones, and local days that stay right
// across midnight, daylight-saving changes and time zones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countByDay, milestone, runEndingAt, streak, summarize, weeklyBalance, zeroCounts } from '../../src/core/balance.ts';
import { addDays, dayKey, weekdayIndex, zoneOffset } from '../../src/core/days.ts';
import type { Entry, Kind } from '../../src/core/types.ts';

const UTC = () => 0;
let n = 0;
function entry(time: number | string, kind: Kind, correction?: Kind): Entry {
  const e: Entry = {
    id: `e${n++}`,
    time: typeof time === 'string' ? Date.parse(time) : time,
    site: 'x',
    context: 'post',
    kind,
    score: 0.5,
    reasons: [],
    language: 'en',
    fingerprint: [],
  };
  if (correction) e.correction = correction;
  return e;
}
const many = (count: number, time: string, kind: Kind) => Array.from({ length: count }, () => entry(time, kind));

test('counts the last 7 local days by kind, ignoring older and future entries', () => {
  const now = Date.parse('2026-06-10T12:00:00Z'); // a Wednesday
  const b = weeklyBalance(
    [
      ...many(4, '2026-06-10T08:00:00Z', 'giving'),
      entry('2026-06-04T00:00:00Z', 'giving'), // first day of the window
      entry('2026-06-03T23:59:59Z', 'giving'), // the day before: out
      entry('2026-06-09T10:00:00Z', 'promotional'),
      entry('2026-06-09T10:00:00Z', 'mixed'),
      entry('2026-06-09T10:00:00Z', 'neutral'),
      entry('2026-06-10T13:00:00Z', 'promotional'), // after now
    ],
    3,
    now,
    { offset: UTC },
  );
  assert.deepEqual([b.giving, b.promotional, b.mixed, b.neutral], [5, 1, 1, 1]);
  assert.equal(b.from, '2026-06-04');
  assert.equal(b.to, '2026-06-10');
  assert.equal(b.earned, 1);
  assert.equal(b.credits, 0);
  assert.equal(b.nextCreditIn, 1);
  assert.equal(b.ratio, 5);
  assert.equal(b.onTarget, true);
});

test('credits: every target giving posts earn one; promotions spend; mixed and neutral neither', () => {
  const now = Date.parse('2026-06-10T12:00:00Z');
  const at = '2026-06-10T09:00:00Z';
  const cases: [number, number, number, number, number][] = [
    // giving, promotional, mixed, target, credits
    [0, 0, 0, 3, 0],
    [3, 0, 0, 3, 1],
    [9, 2, 0, 3, 1],
    [9, 2, 5, 3, 1],
    [2, 1, 0, 3, -1],
    [8, 0, 0, 4, 2],
    [8, 1, 0, 9, -1],
  ];
  for (const [g, p, m, target, credits] of cases) {
    const b = weeklyBalance([...many(g, at, 'giving'), ...many(p, at, 'promotional'), ...many(m, at, 'mixed')], target, now, { offset: UTC });
    assert.equal(b.credits, credits, `${g} giving, ${p} promotional, ${m} mixed at ${target}:1`);
    assert.equal(b.onTarget, g >= target * p);
  }
});

test("the user's correction decides the kind that counts", () => {
  const now = Date.parse('2026-06-10T12:00:00Z');
  const b = weeklyBalance([entry(now - 1000, 'promotional', 'giving'), entry(now - 1000, 'giving', 'promotional')], 3, now, { offset: UTC });
  assert.equal(b.giving, 1);
  assert.equal(b.promotional, 1);
});

test('calendar week starts on Monday; the rolling week is today and the 6 days before', () => {
  const now = Date.parse('2026-06-10T12:00:00Z'); // Wednesday
  const entries = [entry('2026-06-08T01:00:00Z', 'giving'), entry('2026-06-07T23:00:00Z', 'giving')]; // Monday, Sunday
  assert.equal(weeklyBalance(entries, 3, now, { offset: UTC, week: 'calendar' }).giving, 1);
  assert.equal(weeklyBalance(entries, 3, now, { offset: UTC, week: 'calendar' }).from, '2026-06-08');
  assert.equal(weeklyBalance(entries, 3, now, { offset: UTC, week: 'rolling' }).giving, 2);
  // On a Monday the calendar week is that day alone.
  const monday = Date.parse('2026-06-08T12:00:00Z');
  assert.equal(weeklyBalance(entries, 3, monday, { offset: UTC, week: 'calendar' }).giving, 1);
  assert.equal(weekdayIndex('2026-06-08'), 0);
  assert.equal(weekdayIndex('2026-06-14'), 6);
});

test('per-day series: 7 days ending today; per-week series: 12 weeks ending with the current one', () => {
  const now = Date.parse('2026-06-10T12:00:00Z');
  const b = weeklyBalance(
    [entry('2026-06-10T01:00:00Z', 'giving'), entry('2026-06-04T01:00:00Z', 'promotional'), entry('2026-03-20T01:00:00Z', 'giving')],
    3,
    now,
    { offset: UTC },
  );
  assert.deepEqual(b.days.map((d) => d.day), ['2026-06-04', '2026-06-05', '2026-06-06', '2026-06-07', '2026-06-08', '2026-06-09', '2026-06-10']);
  assert.equal(b.days[6]!.giving, 1);
  assert.equal(b.days[0]!.promotional, 1);
  assert.equal(b.weeks.length, 12);
  assert.equal(b.weeks[11]!.to, '2026-06-10');
  assert.equal(b.weeks[11]!.from, '2026-06-04');
  assert.equal(b.weeks[0]!.from, '2026-03-19');
  assert.equal(b.weeks[0]!.giving, 1);
  for (let i = 1; i < 12; i++) assert.equal(b.weeks[i]!.from, addDays(b.weeks[i - 1]!.to, 1));
  const cal = weeklyBalance([], 3, now, { offset: UTC, week: 'calendar' });
  assert.equal(cal.weeks[11]!.from, '2026-06-08');
  assert.equal(cal.weeks[0]!.from, '2026-03-23');
  assert.ok(cal.weeks.every((w) => weekdayIndex(w.from) === 0));
});

test('streak: consecutive days with a giving post, alive until today is over', () => {
  const now = Date.parse('2026-06-10T12:00:00Z');
  const days = (list: string[]) => list.map((d) => entry(`${d}T10:00:00Z`, 'giving'));
  assert.equal(weeklyBalance(days(['2026-06-08', '2026-06-09', '2026-06-10']), 3, now, { offset: UTC }).streak, 3);
  assert.equal(weeklyBalance(days(['2026-06-08', '2026-06-09']), 3, now, { offset: UTC }).streak, 2);
  assert.equal(weeklyBalance(days(['2026-06-07', '2026-06-08']), 3, now, { offset: UTC }).streak, 0);
  assert.equal(weeklyBalance([entry('2026-06-10T10:00:00Z', 'promotional')], 3, now, { offset: UTC }).streak, 0);
  const long = Array.from({ length: 200 }, (_, i) => entry(Date.parse('2026-06-10T10:00:00Z') - i * 86_400_000, 'giving'));
  assert.equal(weeklyBalance(long, 3, now, { offset: UTC }).streak, 200);
});

test('streak: a run known before the days given continues it only where the days reach it', () => {
  const today = '2026-06-10';
  const giving = (list: string[]) => new Map(list.map((day) => [day, { ...zeroCounts(), giving: 1, day }]));
  const before = { day: '2026-06-07', length: 40 };
  assert.equal(streak(giving(['2026-06-08', '2026-06-09', '2026-06-10']), today, before), 43);
  assert.equal(streak(giving(['2026-06-08', '2026-06-09']), today, before), 42);
  assert.equal(streak(giving(['2026-06-09', '2026-06-10']), today, before), 2, 'a gap on the 8th ends it');
  assert.equal(runEndingAt(giving([]), '2026-06-07', before), 40);
  assert.equal(runEndingAt(giving(['2026-06-07']), '2026-06-06', before), 0);
});

test('milestones: the 10th, 100th and 1,000th contribution are celebrated in the week they happen', () => {
  assert.deepEqual(milestone(8, 11), { reached: 10, next: 100, toGo: 89 });
  assert.deepEqual(milestone(10, 12), { reached: null, next: 100, toGo: 88 });
  assert.deepEqual(milestone(0, 3), { reached: null, next: 10, toGo: 7 });
  assert.deepEqual(milestone(95, 1000), { reached: 1000, next: 10_000, toGo: 9000 });
  const now = Date.parse('2026-06-10T12:00:00Z');
  const b = weeklyBalance([...many(7, '2026-05-01T10:00:00Z', 'giving'), ...many(3, '2026-06-10T10:00:00Z', 'giving')], 3, now, { offset: UTC });
  assert.equal(b.contributions, 10);
  assert.equal(b.milestone.reached, 10);
  assert.equal(b.total, 10);
});

test('local days across midnight follow the offset, not UTC', () => {
  const tokyo = () => 9 * 60;
  const ny = zoneOffset('America/New_York');
  const t = Date.parse('2026-06-10T23:30:00Z');
  assert.equal(dayKey(t, UTC), '2026-06-10');
  assert.equal(dayKey(t, tokyo), '2026-06-11');
  assert.equal(dayKey(t, ny), '2026-06-10');
  assert.equal(dayKey(Date.parse('2026-06-11T03:59:00Z'), ny), '2026-06-10');
  assert.equal(dayKey(Date.parse('2026-06-11T04:00:00Z'), ny), '2026-06-11');
  // A post at 23:30 Tokyo time on Wednesday counts for Wednesday in Tokyo even though UTC says so too;
  // one at 00:30 Thursday Tokyo time is Thursday, the same UTC day.
  const now = Date.parse('2026-06-11T00:00:00Z');
  const b = weeklyBalance([entry('2026-06-10T14:30:00Z', 'giving'), entry('2026-06-10T15:30:00Z', 'giving')], 3, now, { offset: tokyo });
  assert.equal(b.days[5]!.giving, 1);
  assert.equal(b.days[6]!.giving, 1);
});

test('daylight-saving changes: the short and the long day are whole local days', () => {
  const ny = zoneOffset('America/New_York');
  // 2026-03-08: clocks go from 02:00 to 03:00 (a 23-hour day).
  assert.equal(ny(Date.parse('2026-03-08T06:59:00Z')), -300);
  assert.equal(ny(Date.parse('2026-03-08T07:00:00Z')), -240);
  assert.equal(dayKey(Date.parse('2026-03-08T04:59:00Z'), ny), '2026-03-07'); // 23:59 EST
  assert.equal(dayKey(Date.parse('2026-03-08T05:00:00Z'), ny), '2026-03-08'); // 00:00 EST
  assert.equal(dayKey(Date.parse('2026-03-09T03:59:00Z'), ny), '2026-03-08'); // 23:59 EDT
  assert.equal(dayKey(Date.parse('2026-03-09T04:00:00Z'), ny), '2026-03-09');
  // 2026-11-01: 02:00 back to 01:00 (a 25-hour day); 01:30 happens twice, both on Nov 1.
  assert.equal(dayKey(Date.parse('2026-11-01T05:30:00Z'), ny), '2026-11-01');
  assert.equal(dayKey(Date.parse('2026-11-01T06:30:00Z'), ny), '2026-11-01');
  assert.equal(dayKey(Date.parse('2026-11-02T04:59:00Z'), ny), '2026-11-01'); // 23:59 EST
  // The rolling window across the spring change still covers exactly 7 local days.
  const now = Date.parse('2026-03-10T16:00:00Z');
  const b = weeklyBalance(
    [entry('2026-03-04T05:00:00Z', 'giving'), entry('2026-03-04T04:59:00Z', 'giving')], // Mar 4 00:00 EST, Mar 3 23:59 EST
    3,
    now,
    { offset: ny },
  );
  assert.equal(b.from, '2026-03-04');
  assert.equal(b.giving, 1);
  // Europe moves on a different date; Lord Howe shifts by 30 minutes; Kathmandu is +5:45.
  const berlin = zoneOffset('Europe/Berlin');
  assert.equal(dayKey(Date.parse('2026-03-29T21:59:00Z'), berlin), '2026-03-29');
  assert.equal(dayKey(Date.parse('2026-03-29T22:00:00Z'), berlin), '2026-03-30');
  assert.equal(zoneOffset('Australia/Lord_Howe')(Date.parse('2026-01-15T00:00:00Z')), 660);
  assert.equal(zoneOffset('Australia/Lord_Howe')(Date.parse('2026-07-15T00:00:00Z')), 630);
  assert.equal(dayKey(Date.parse('2026-06-10T18:14:00Z'), zoneOffset('Asia/Kathmandu')), '2026-06-10');
  assert.equal(dayKey(Date.parse('2026-06-10T18:15:00Z'), zoneOffset('Asia/Kathmandu')), '2026-06-11');
});

test('a day that a time zone skipped (Samoa, 2011-12-30) does not break the series', () => {
  const apia = zoneOffset('Pacific/Apia');
  assert.equal(dayKey(Date.parse('2011-12-30T09:59:00Z'), apia), '2011-12-29');
  assert.equal(dayKey(Date.parse('2011-12-30T10:00:00Z'), apia), '2011-12-31');
  const b = weeklyBalance([entry('2011-12-30T09:00:00Z', 'giving'), entry('2011-12-30T11:00:00Z', 'giving')], 3, Date.parse('2011-12-31T08:00:00Z'), { offset: apia });
  assert.deepEqual(b.days.map((d) => d.giving), [0, 0, 0, 0, 1, 0, 1]);
  assert.equal(b.streak, 1); // the skipped day breaks nothing but is not a giving day either
});

test('summarize reads only the aggregates it is given', () => {
  const byDay = countByDay([entry('2026-06-10T01:00:00Z', 'giving'), entry('2026-06-10T02:00:00Z', 'mixed')], UTC);
  const b = summarize({ days: byDay.values(), totals: { ...zeroCounts(), giving: 120, mixed: 4 }, targetRatio: 3, week: 'rolling', now: Date.parse('2026-06-10T12:00:00Z'), offset: UTC });
  assert.equal(b.giving, 1);
  assert.equal(b.mixed, 1);
  assert.equal(b.contributions, 120);
  assert.equal(b.total, 124);
  assert.equal(b.targetRatio, 3);
});
