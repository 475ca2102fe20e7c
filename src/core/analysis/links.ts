// What a link says about the draft: the user's own domain (strongest), referral and tracking
// parameters, shorteners that hide where a link goes, shops and signup pages, one video or post
// on a big platform or one article of a newsroom (passed on as often as plugged), or a plain link.
// Public-interest sites (government, education, archives) carry no promotion.
import type { Signal } from './signals.ts';

export interface LinkVerdict {
  signal: Signal;
  weight: number;
  host: string;
}

const SHORTENERS = new Set(['bit.ly', 'amzn.to', 'tinyurl.com', 'goo.gl', 'ow.ly', 'buff.ly', 't.co', 'rebrand.ly', 'cutt.ly',
  'lnkd.in', 'shorturl.at', 'is.gd', 'tiny.cc', 'rb.gy', 'geni.us', 'shrsl.com', 'go.magik.ly', 'amzn.eu', 'a.co']);
/** Storefronts, link-in-bio pages, crowdfunding, paid newsletters and booking pages. */
const STORE_LIST = ['etsy.com', 'gumroad.com', 'kickstarter.com', 'indiegogo.com', 'patreon.com', 'ko-fi.com', 'buymeacoffee.com',
  'calendly.com', 'substack.com', 'bigcartel.com', 'myshopify.com', 'teespring.com', 'linktr.ee', 'beacons.ai', 'stan.store',
  'payhip.com', 'lemonsqueezy.com', 'producthunt.com', 'buttondown.email', 'teachable.com', 'thinkific.com', 'kajabi.com',
  'podia.com', 'eventbrite.com', 'luma.com', 'lu.ma', 'cal.com', 'amazon.com/shop', 'redbubble.com', 'depop.com', 'poshmark.com',
  't.me', 'chat.whatsapp.com', 'wa.me', 'onlyfans.com', 'fiverr.com', 'upwork.com/freelancers', 'skool.com', 'whop.com'];
const STORES = STORE_LIST.map((s) => {
  const slash = s.indexOf('/');
  return slash < 0 ? { domain: s, path: '' } : { domain: s.slice(0, slash), path: s.slice(slash) };
});
const PARAMS = ['ref=', 'ref_', 'aff=', 'affiliate', 'aff_id', 'utm_', 'tag=', 'via=', 'coupon=', 'discount=', 'promo=', 'referral',
  'invite=', 'fbclid', 'rcode=', '/ref/', '/aff/', '/r/'];
/** On Reddit "/r/" names a community ("reddit.com/r/Sourdough"), not a referral code. */
const REDDIT_PARAMS = PARAMS.filter((p) => p !== '/r/');
/**
 * Pages of one video, episode, track, post or logged activity on the big platforms, by the shape
 * of their address: how people pass on something they saw, whoever made it. A channel, profile
 * or shop page (youtube.com/@name, instagram.com/name) is not one of them: that is where a plug
 * sends people. Each host with the path parts that mark such a page ('' for any path).
 */
const MEDIA_PAGES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['youtu.be', ['']], ['youtube.com', ['/watch', '/shorts/', '/live/', '/clip/']],
  ['open.spotify.com', ['/episode/', '/track/', '/album/', '/playlist/']],
  ['tiktok.com', ['/video/']], ['vm.tiktok.com', ['']], ['instagram.com', ['/p/', '/reel/', '/reels/']],
  ['x.com', ['/status/']], ['twitter.com', ['/status/']], ['threads.net', ['/post/']], ['bsky.app', ['/post/']],
  ['reddit.com', ['/comments/']], ['facebook.com', ['/posts/', '/videos/', '/reel/', '/watch']], ['fb.watch', ['']],
  ['twitch.tv', ['/videos/', '/clip/']], ['clips.twitch.tv', ['']], ['imdb.com', ['/title/']],
  ['strava.com', ['/activities/']], ['strava.app.link', ['']], ['komoot.com', ['/tour/']],
  // Check-ins the apps post for people, and the music apps' share links to one track or album.
  ['4sq.com', ['']], ['swarmapp.com', ['/c/']], ['foursquare.com', ['/checkin']], ['spoti.fi', ['']],
  ['music.apple.com', ['/album/', '/song/', '/playlist/']],
  ['goodreads.com', ['/review/', '/book/show/']], ['letterboxd.com', ['/film/']], ['boxd.it', ['']],
  // One photo, clip or GIF on the hosts posts link them from (old tweets: twitpic, yfrog, instagr.am).
  ['twitpic.com', ['']], ['yfrog.com', ['']], ['instagr.am', ['/p/']], ['pic.twitter.com', ['']], ['vine.co', ['/v/']],
  ['i.imgur.com', ['']], ['imgur.com', ['/gallery/', '/a/']], ['i.redd.it', ['']], ['v.redd.it', ['']],
  ['giphy.com', ['/gifs/']], ['tenor.com', ['/view/']], ['streamable.com', ['']],
];

/**
 * Newsrooms, magazines and reference sites with many writers, in the five languages: an article
 * on one of them is passed on far more often than written by the one who posts it, as a video
 * on a big platform is (any path but the front page).
 */
const PUBLISHERS = new Set(('nytimes.com nyti.ms washingtonpost.com wapo.st theguardian.com bbc.com bbc.co.uk reuters.com apnews.com ' +
  'npr.org cnn.com nbcnews.com cbsnews.com abcnews.go.com foxnews.com usatoday.com wsj.com bloomberg.com ft.com economist.com ' +
  'theatlantic.com newyorker.com vox.com theverge.com wired.com arstechnica.com techcrunch.com engadget.com axios.com politico.com ' +
  'time.com forbes.com businessinsider.com huffpost.com buzzfeed.com buzzfeednews.com vice.com slate.com salon.com latimes.com ' +
  'chicagotribune.com nypost.com independent.co.uk telegraph.co.uk thetimes.co.uk dailymail.co.uk cbc.ca globalnews.ca ' +
  'theglobeandmail.com abc.net.au smh.com.au nature.com science.org scientificamerican.com newscientist.com nationalgeographic.com ' +
  'smithsonianmag.com atlasobscura.com theonion.com espn.com theathletic.com bleacherreport.com ' +
  'spiegel.de zeit.de sueddeutsche.de faz.net tagesschau.de zdf.de welt.de bild.de stern.de taz.de heise.de golem.de ' +
  'der-postillon.com derstandard.at orf.at nzz.ch srf.ch lemonde.fr lefigaro.fr liberation.fr francetvinfo.fr leparisien.fr ' +
  '20minutes.fr ouest-france.fr lequipe.fr lexpress.fr nouvelobs.com rtbf.be letemps.ch elpais.com elmundo.es abc.es ' +
  'lavanguardia.com eldiario.es rtve.es marca.com as.com clarin.com lanacion.com.ar infobae.com eluniversal.com.mx ' +
  'publico.pt expresso.pt observador.pt rtp.pt dn.pt globo.com estadao.com.br uol.com.br ' +
  'britannica.com stackoverflow.com stackexchange.com').split(' '));

/** Whether `host` or a domain it is on (news.bbc.co.uk: bbc.co.uk) is a publisher's: a set lookup per dot, not a pass over the list. */
function isPublisher(host: string): boolean {
  for (let at = 0; ; ) {
    if (PUBLISHERS.has(host.slice(at))) return true;
    const dot = host.indexOf('.', at);
    if (dot < 0) return false;
    at = dot + 1;
  }
}

/** Whether `url` (on `host`) is one video, episode, post or activity on a big platform (MEDIA_PAGES), or an article of a publisher. */
export function isMediaPage(host: string, url: string): boolean {
  const path = url.indexOf('/', url.indexOf(host) + host.length);
  if (path < 0 || path >= url.length - 1) return false;
  // Every listed domain the host is on: vm.tiktok.com is on tiktok.com too, with other paths.
  for (const [domain, parts] of MEDIA_PAGES) {
    if (onHost(host, domain)) for (const part of parts) if (part === '' || url.includes(part, path)) return true;
  }
  return isPublisher(host);
}

/** Public-interest hosts: linking them is informing, not selling. */
const PUBLIC_TLDS = ['.gov', '.edu', '.mil', '.int', 'gov.uk', 'gouv.fr', 'gob.es', 'gov.br', 'bund.de', 'service-public.fr'];
/** Each public suffix without its first character, for the exact-host comparison. */
const PUBLIC_BARE = PUBLIC_TLDS.map((t) => t.slice(1));
const PUBLIC_HOSTS = ['wikipedia.org', 'archive.org', 'redcross.org', 'redcrossblood.org', 'who.int', 'un.org', 'nih.gov'];

/** The host of an address: after the scheme and any "user@", before the path, query or port. */
export function hostOf(url: string): string {
  // Offsets into the one string (no intermediate slices, no regular expression).
  let start = 0;
  const scheme = url.indexOf('://');
  if (scheme >= 0 && scheme < 10) start = scheme + 3;
  const at = url.indexOf('@', start);
  if (at >= 0) {
    let slash = start;
    while (slash < url.length && !endsHost(url.charCodeAt(slash), false)) slash++;
    if (at < slash) start = at + 1;
  }
  let end = start;
  while (end < url.length && !endsHost(url.charCodeAt(end), true)) end++;
  if (end - start >= 4 && url.startsWith('www.', start)) start += 4;
  return url.slice(start, end);
}

/** "/", "?", "#" (and ":" for the port). */
function endsHost(c: number, port: boolean): boolean {
  return c === 47 || c === 63 || c === 35 || (port && c === 58);
}

/** host is domain or one of its subdomains (as `host.endsWith('.' + domain)`, without building the string). */
function onHost(host: string, domain: string): boolean {
  if (host === domain) return true;
  const dot = host.length - domain.length - 1;
  return dot >= 0 && host.charCodeAt(dot) === 46 && host.endsWith(domain);
}

export function judgeLink(url: string, ownDomains: string[]): LinkVerdict {
  const host = hostOf(url);
  for (const d of ownDomains) if (d && onHost(host, d)) return { signal: 'yours', weight: 3, host };
  for (const p of onHost(host, 'reddit.com') ? REDDIT_PARAMS : PARAMS) if (url.includes(p)) return { signal: 'referral', weight: 2.2, host };
  if (SHORTENERS.has(host)) return { signal: 'referral', weight: 1.6, host };
  for (const { domain, path } of STORES) {
    if (onHost(host, domain) && (!path || url.includes(path))) return { signal: 'storeLink', weight: 1.4, host };
  }
  if (isMediaPage(host, url)) return { signal: 'mediaLink', weight: 1, host };
  if (url.includes('/shop') || url.includes('/store') || url.includes('/buy') || url.includes('/checkout') ||
    url.includes('/waitlist') || url.includes('/pricing') || url.includes('/signup') || url.includes('/register') ||
    url.includes('/webinar') || url.includes('/careers') || url.includes('/jobs') || url.includes('/hire') || url.includes('/launch')) {
    return { signal: 'storeLink', weight: 1.2, host };
  }
  for (let i = 0; i < PUBLIC_TLDS.length; i++) {
    if (host.endsWith(PUBLIC_TLDS[i]!) || host === PUBLIC_BARE[i]) return { signal: 'link', weight: 0, host };
  }
  for (const h of PUBLIC_HOSTS) if (onHost(host, h)) return { signal: 'link', weight: 0, host };
  return { signal: 'link', weight: 0.7, host };
}
