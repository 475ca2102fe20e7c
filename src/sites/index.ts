// The adapter registry: one line per site. Adding a site is one file plus one line here
// (and its URL patterns in src/core/sites.ts and manifest.json).
import { siteForHost } from '../core/sites.ts';
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

const ADAPTERS: Adapter[] = [x, linkedin, facebook, instagram, threads, reddit, mastodon, bluesky, youtube, medium, hackernews, disqus];

export function adapterFor(host: string): Adapter {
  const site = siteForHost(host);
  return ADAPTERS.find((a) => a.site === site) ?? generic;
}

export type { Adapter };
