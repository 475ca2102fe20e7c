// The built-in sites' ids, for the settings' per-site switches. Everything else about a site
// (name, addresses, compose boxes) is its adapter in src/sites; a unit test checks both agree.
export const BUILT_IN_SITE_IDS = ['x', 'linkedin', 'facebook', 'instagram', 'threads', 'reddit', 'mastodon', 'bluesky', 'youtube', 'medium', 'hackernews', 'disqus'] as const;

export type SiteId = (typeof BUILT_IN_SITE_IDS)[number];
