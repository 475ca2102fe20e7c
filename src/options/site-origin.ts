// What a person types to add a site ("forum.example.org", "https://blog.example.com/posts/1")
// turned into the origin GiveFirst stores and asks permission for. Pure, unit tested.
import { BUILT_IN_SITES } from '../sites/index.ts';

export type SiteInput =
  | { ok: true; origin: string }
  | { ok: false; problem: 'invalid' | 'builtin' | 'duplicate' };

export function parseSiteInput(raw: string, existing: readonly string[]): SiteInput {
  const text = raw.trim();
  if (!text) return { ok: false, problem: 'invalid' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  // Permissions can only be asked for web pages; a bare word like "forum" is not a host.
  if (!['https:', 'http:'].includes(url.protocol) || !url.hostname.includes('.') || url.username || url.password) {
    return { ok: false, problem: 'invalid' };
  }
  const origin = url.origin;
  if (BUILT_IN_SITES.some((site) => site.matches.some((m) => m.startsWith(`${origin}/`)))) {
    return { ok: false, problem: 'builtin' };
  }
  if (existing.includes(origin)) return { ok: false, problem: 'duplicate' };
  return { ok: true, origin };
}
