// The site registry: one line per built-in site. Adding a site is one adapter file plus its
// line here; from this list the build writes the manifest's content-script matches and the
// ids core knows (src/core/sites.ts), and tests/unit/sites.test.ts fails on an adapter left out.
import type { SiteId } from '../core/sites.ts';
import type { Adapter } from './types.ts';
import { x } from './x.ts';
import { linkedin } from './linkedin.ts';
import { facebook } from './facebook.ts';
import { instagram } from './instagram.ts';
import { threads } from './threads.ts';
import { reddit } from './reddit.ts';
import { mastodon } from './mastodon.ts';
import { bluesky } from './bluesky.ts';
import { youtube } from './youtube.ts';
import { medium } from './medium.ts';
import { hackernews } from './hackernews.ts';
import { disqus } from './disqus.ts';
import { generic } from './generic.ts';

/** A built-in site: its id is one of the settings' switches (the build writes them from this list). */
export type BuiltInSite = Adapter & { id: SiteId };

export const BUILT_IN_SITES = [x, linkedin, facebook, instagram, threads, reddit, mastodon, bluesky, youtube, medium, hackernews, disqus] as readonly BuiltInSite[];

/** "https://x.com/*" -> "x.com". */
const hostOf = (pattern: string): string => new URL(pattern.replace('*', '')).hostname;

/**
 * The built-in site's adapter for a host name, with the generic adapter's rules for what it
 * leaves out; user-added hosts (and the demo page) get the generic one.
 */
export function adapterFor(host: string): Adapter {
  const h = host.toLowerCase();
  const site = BUILT_IN_SITES.find((s) => s.matches.some((pattern) => hostOf(pattern) === h));
  return site ? { mayPost: generic.mayPost, ...site } : generic;
}

/** The site id the settings and the ledger know a host by: 'generic' for user-added hosts. */
export function siteForHost(host: string): SiteId | 'generic' {
  return adapterFor(host).id as SiteId | 'generic';
}

export type { Adapter };
