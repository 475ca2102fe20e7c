// The built-in sites: ids, names and the URL patterns the manifest's content scripts match.
// A unit test checks that manifest.json and this list agree.

export interface SiteInfo {
  id: string;
  name: string;
  matches: string[];
}

export const BUILT_IN_SITES = [
  { id: 'x', name: 'X', matches: ['https://x.com/*', 'https://twitter.com/*'] },
  { id: 'linkedin', name: 'LinkedIn', matches: ['https://www.linkedin.com/*'] },
  { id: 'facebook', name: 'Facebook', matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*'] },
  { id: 'instagram', name: 'Instagram', matches: ['https://www.instagram.com/*'] },
  { id: 'threads', name: 'Threads', matches: ['https://www.threads.net/*', 'https://www.threads.com/*'] },
  { id: 'reddit', name: 'Reddit', matches: ['https://www.reddit.com/*', 'https://old.reddit.com/*'] },
  { id: 'mastodon', name: 'Mastodon', matches: ['https://mastodon.social/*'] },
  { id: 'bluesky', name: 'Bluesky', matches: ['https://bsky.app/*'] },
  { id: 'youtube', name: 'YouTube', matches: ['https://www.youtube.com/*'] },
  { id: 'medium', name: 'Medium', matches: ['https://medium.com/*'] },
  { id: 'hackernews', name: 'Hacker News', matches: ['https://news.ycombinator.com/*'] },
  { id: 'disqus', name: 'Disqus comments', matches: ['https://disqus.com/embed/comments/*'] },
] as const satisfies readonly SiteInfo[];

export type SiteId = (typeof BUILT_IN_SITES)[number]['id'];

/** Site id for a host name; user-added hosts (and the demo page) are 'generic'. */
export function siteForHost(host: string): SiteId | 'generic' {
  const h = host.toLowerCase();
  for (const site of BUILT_IN_SITES) {
    for (const pattern of site.matches) {
      const patternHost = pattern.slice('https://'.length, pattern.indexOf('/', 'https://'.length));
      if (h === patternHost) return site.id;
    }
  }
  return 'generic';
}
