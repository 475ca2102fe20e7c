// The text of an "own" box (brands, domains, handles) turned into the list the analysis uses.
// Pure, unit tested.
import { normalizeDomain, type Settings } from '../core/settings.ts';

export type OwnKey = keyof Settings['own'];

/** One entry per line or comma; blanks and repeats dropped; domains reduced to the host. */
export function parseOwnList(key: OwnKey, text: string): string[] {
  const items = text.split(/[\n,]/).map((s) => (key === 'domains' ? normalizeDomain(s) : s.trim()));
  return [...new Set(items.filter(Boolean))].slice(0, 50);
}
