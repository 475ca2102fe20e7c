// Every visible word on GiveFirst's pages and in the hint comes from _locales/<lang>/messages.json,
// so they can be translated without touching code. Unit tests check that each key used exists.
import { api } from './api.ts';

export function t(key: string, ...substitutions: string[]): string {
  // A missing key shows itself rather than an empty label, so it is noticed.
  return api.i18n.getMessage(key, substitutions) || key;
}
