// Every visible word on the options page comes from _locales/<lang>/messages.json, so the page
// can be translated without touching code. A unit test checks each key used here exists.
import { api } from '../platform/api.ts';

export function t(key: string, ...substitutions: string[]): string {
  // A missing key shows itself rather than an empty label, so it is noticed.
  return api.i18n.getMessage(key, substitutions) || key;
}
