// The extension's message catalogue in Node, for tests: chrome.i18n.getMessage's lookup and
// substitution rules over _locales/<lang>/messages.json, in a language a test can switch.
// Imported before any module that reads the catalogue, since the api object is taken at load.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCALES_DIR = join(import.meta.dirname, '../_locales');

export interface CatalogueMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalogue = Record<string, CatalogueMessage>;

export const localeDirs = (): string[] => readdirSync(LOCALES_DIR).sort();

const loaded = new Map<string, Catalogue>();
export function catalogue(lang: string): Catalogue {
  let found = loaded.get(lang);
  if (!found) loaded.set(lang, (found = JSON.parse(readFileSync(join(LOCALES_DIR, lang, 'messages.json'), 'utf8')) as Catalogue));
  return found;
}

/** As the browsers do it: named $PLACEHOLDERS$ become their content, then $1..$9 the substitutions, $$ a dollar. */
export function format(entry: CatalogueMessage | undefined, substitutions: string[] = []): string {
  if (!entry) return '';
  const named = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  const expanded = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => named.get(name.toLowerCase()) ?? whole);
  return expanded.replace(/\$(\$|[1-9])/g, (_, what: string) => (what === '$' ? '$' : (substitutions[Number(what) - 1] ?? '')));
}

let current = { lang: 'en', ui: 'en-US' };

/** Words from `lang`'s catalogue (English for keys it lacks, as the browser falls back); `ui` is the browser's own language. */
export function useLanguage(lang: string, ui: string = lang): void {
  current = { lang: localeDirs().includes(lang) ? lang : 'en', ui };
}

const g = globalThis as Record<string, unknown>;
g.__BROWSER__ ??= 'chrome';
g.chrome = {
  i18n: {
    getMessage: (key: string, substitutions?: string | string[]) => {
      const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
      return format(catalogue(current.lang)[key] ?? catalogue('en')[key], subs);
    },
    getUILanguage: () => current.ui,
  },
};
