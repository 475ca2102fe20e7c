// What a link says about the draft: the user's own domain (strongest), referral and tracking
// parameters, shorteners that hide where a link goes, shops and signup pages, or a plain link.
// Public-interest sites (government, education, archives) carry no promotion.
import type { Signal } from './analysis-signals.ts';

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
/** Public-interest hosts: linking them is informing, not selling. */
const PUBLIC_TLDS = ['.gov', '.edu', '.mil', '.int', 'gov.uk', 'gouv.fr', 'gob.es', 'gov.br', 'bund.de', 'service-public.fr'];
const PUBLIC_HOSTS = ['wikipedia.org', 'archive.org', 'redcross.org', 'redcrossblood.org', 'who.int', 'un.org', 'nih.gov'];

export function hostOf(url: string): string {
  let s = url;
  const scheme = s.indexOf('://');
  if (scheme >= 0 && scheme < 10) s = s.slice(scheme + 3);
  const at = s.indexOf('@');
  const slash = s.search(/[/?#]/);
  if (at >= 0 && (slash < 0 || at < slash)) s = s.slice(at + 1);
  const end = s.search(/[/?#:]/);
  let host = end >= 0 ? s.slice(0, end) : s;
  if (host.startsWith('www.')) host = host.slice(4);
  return host;
}

function onHost(host: string, domain: string): boolean {
  return host === domain || host.endsWith('.' + domain);
}

export function judgeLink(url: string, ownDomains: string[]): LinkVerdict {
  const host = hostOf(url);
  for (const d of ownDomains) if (d && onHost(host, d)) return { signal: 'yours', weight: 3, host };
  for (const p of PARAMS) if (url.includes(p)) return { signal: 'referral', weight: 2.2, host };
  if (SHORTENERS.has(host)) return { signal: 'referral', weight: 1.6, host };
  for (const { domain, path } of STORES) {
    if (onHost(host, domain) && (!path || url.includes(path))) return { signal: 'storeLink', weight: 1.4, host };
  }
  if (url.includes('/shop') || url.includes('/store') || url.includes('/buy') || url.includes('/checkout') ||
    url.includes('/waitlist') || url.includes('/pricing') || url.includes('/signup') || url.includes('/register') ||
    url.includes('/webinar') || url.includes('/careers') || url.includes('/jobs') || url.includes('/hire') || url.includes('/launch')) {
    return { signal: 'storeLink', weight: 1.2, host };
  }
  for (const t of PUBLIC_TLDS) if (host.endsWith(t) || host === t.slice(1)) return { signal: 'link', weight: 0, host };
  for (const h of PUBLIC_HOSTS) if (onHost(host, h)) return { signal: 'link', weight: 0, host };
  return { signal: 'link', weight: 0.7, host };
}
