// The built-in sites' ids, for the settings' per-site switches and the message checks.
// Written by `npm run build` from the site registry (src/sites/index.ts): do not edit, add the
// site there. Core may not import the adapters, which know the DOM; tests/unit/sites.test.ts
// fails when this file and the registry disagree.
export const BUILT_IN_SITE_IDS = ['x', 'linkedin', 'facebook', 'instagram', 'threads', 'reddit', 'mastodon', 'bluesky', 'youtube', 'medium', 'hackernews', 'disqus'] as const;

export type SiteId = (typeof BUILT_IN_SITE_IDS)[number];
