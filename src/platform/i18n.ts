// Every visible word on GiveFirst's pages and in the hint comes from _locales/<lang>/messages.json,
// and every number and date from Intl in that same language, so a page never mixes two.
// tests/unit/i18n.test.ts checks that no other text reaches the screen and that no key is missing.
import { api } from './api.ts';

/** Names the browser accepts as message names; anything else is data (an old entry's label). */
const NAME = /^[A-Za-z0-9_]+$/;

function lookup(key: string, substitutions: string[] = []): string {
  return NAME.test(key) ? api.i18n.getMessage(key, substitutions) : '';
}

export function t(key: string, ...substitutions: string[]): string {
  // A missing key shows itself rather than an empty label, so it is noticed.
  return lookup(key, substitutions) || key;
}

/**
 * The catalogue's language, with the browser's region when the two agree: "de-AT" dates for an
 * Austrian browser, but English dates when the browser's language has no catalogue and the
 * words fall back to English.
 */
export function uiLocale(): string {
  const catalogue = lookup('locale') || 'en';
  const browser = api.i18n.getUILanguage().replace('_', '-');
  return browser.split('-')[0]!.toLowerCase() === catalogue ? browser : catalogue;
}

const made = new Map<string, unknown>();
/** Intl objects are costly to make and the popup formats dozens of values: one per locale and shape. */
function cached<T>(kind: string, options: object, make: (locale: string) => T): T {
  const locale = uiLocale();
  const key = `${kind} ${locale} ${JSON.stringify(options)}`;
  let value = made.get(key) as T | undefined;
  if (value === undefined) made.set(key, (value = make(locale)));
  return value;
}

export function formatNumber(n: number, options: Intl.NumberFormatOptions = {}): string {
  return cached('number', options, (l) => new Intl.NumberFormat(l, options)).format(n);
}

export function formatDate(time: number | Date, options: Intl.DateTimeFormatOptions): string {
  return cached('date', options, (l) => new Intl.DateTimeFormat(l, options)).format(time);
}

/** "vor 12 Min.", "il y a 3 h". */
export function formatAgo(value: number, unit: Intl.RelativeTimeFormatUnit): string {
  return cached('ago', {}, (l) => new Intl.RelativeTimeFormat(l, { style: 'short' })).format(-value, unit);
}

/**
 * A message that depends on a count. chrome.i18n has no plural rules, so each such message has
 * one key per plural category (`key_one`, `key_other`; `_many` where a language needs it) and
 * Intl picks the category: French says "0 crédit", English "0 credits". The formatted count is $1.
 */
export function tn(key: string, n: number, ...more: string[]): string {
  const category = cached('plural', {}, (l) => new Intl.PluralRules(l)).select(n);
  const substitutions = [formatNumber(n), ...more];
  return lookup(`${key}_${category}`, substitutions) || t(`${key}_other`, ...substitutions);
}

/** What kind of signal a phrase carries ("call to action"); entries recorded before ids show their own words. */
export const signalLabel = (signal: string): string => lookup(`signal_${signal}`) || signal;

/** The suggested giving move as a sentence; a sentence the analysis wrote itself is shown as it is. */
export const moveText = (move: string): string => lookup(`move_${move}`) || move;

/** A storage fault, in words a person can act on. */
export function ledgerProblemText(code: string): { message: string; advice: string } {
  return { message: t(`ledger_${code}_message`), advice: t(`ledger_${code}_advice`) };
}
