// From evidence to a verdict. Promotion ("ask") is weighed against standalone value ("teach")
// and generosity ("give"); each signal's total is capped so repeating one phrase cannot carry a
// draft alone. A draft is only promotional with a core ask (a call to action, an offer, the
// author's own thing or link); hype, hashtags and emoji merely add to one.
import type { Context, Kind, Language } from '../types.ts';
import { SIGNALS, type Signal } from './signals.ts';
import type { Evidence } from './evidence.ts';

const CAPS: Partial<Record<Signal, number>> = {
  cta: 3.2, offer: 3, own: 2.6, announce: 2.6, sponsored: 3.6, teaser: 2.4, hype: 1, link: 1.4, bareLink: 2, storeLink: 2.4,
  referral: 3, yours: 5, price: 0.9, promoCode: 1.2, hashtags: 1.2, emoji: 0.8, pointer: 0.8, features: 1.6,
  howto: 2, explain: 2.5, steps: 2, detail: 1.4, code: 1.6,
  thanks: 1.5, congrats: 1.5, credit: 2, unaffiliated: 2.5, question: 1.2, freeHelp: 2, community: 2, encourage: 1.2, praise: 0.6,
};
/** An ask proper: talking about one's own thing ('own') is not yet asking for anything. */
const CORE: Signal[] = ['cta', 'offer', 'announce', 'sponsored', 'storeLink', 'referral', 'yours', 'bareLink', 'teaser', 'link', 'promoCode'];
/** Outside the supported languages only signals that read the same everywhere count. */
const UNIVERSAL_CORE: Signal[] = ['yours', 'referral', 'promoCode', 'sponsored', 'offer'];

/** Ask that makes a draft with value mixed: one plain mention of the author's own thing. */
const MIXED_ASK = 1.3;
/** Net ask at which a draft reads as purely promotional (score 0.5). */
export const PROMO_AT = 2.2;

export interface Verdict {
  kind: Kind;
  score: number;
  core: boolean;
  ask: number;
  teach: number;
  give: number;
}

export function weigh(ev: Evidence, language: Language | 'other', context: Context): Verdict {
  let ask = 0;
  let teach = 0;
  let give = 0;
  for (const [signal, raw] of ev.bySignal) {
    const cap = CAPS[signal] ?? 2;
    const value = Math.max(-cap, Math.min(cap, raw));
    const side = SIGNALS[signal].side;
    if (side === 'ask') ask += Math.max(0, value);
    else if (side === 'teach') teach -= Math.min(0, value);
    else give -= Math.min(0, value);
  }
  // A plug dropped under someone else's post takes their audience; a draft that is nothing but
  // an ask (a few words around a call to action) is the purest promotion.
  // An answer in a reply is the most useful kind of giving, so value weighs more there too.
  if (context !== 'post') {
    ask *= 1.2;
    teach *= 1.2;
  }
  if (ev.plainWords < 20) ask *= 1 + (0.5 * (20 - ev.plainWords)) / 20;
  // A question in a pitch is a hook, not a genuine question.
  if (ask >= 1.5) give -= Math.min(CAPS.question ?? 0, -(ev.bySignal.get('question') ?? 0));
  const coreSignals = language === 'other' ? UNIVERSAL_CORE : CORE;
  let core = false;
  for (const s of coreSignals) if ((ev.bySignal.get(s) ?? 0) > 0) core = true;
  // Value counts less the more the draft is an ask: a pleasantry does not redeem a pitch.
  const net = ask - 0.9 * teach - 0.7 * give;
  const score = core ? 1 / (1 + Math.exp(-1.3 * (net - PROMO_AT))) : Math.min(0.2, ask / 10);
  // A plug is an ask proper or the author's own thing named, unless the draft disclaims any
  // stake. Value with a plug is mixed: it neither earns nor spends a credit, so a plug tucked
  // under an answer must not be counted as giving.
  const plug = (core || (ev.bySignal.get('own') ?? 0) > 0) && !((ev.bySignal.get('unaffiliated') ?? 0) < 0);
  let kind: Kind;
  if (core && net >= PROMO_AT) kind = 'promotional';
  else if (plug && ask >= MIXED_ASK && teach + give >= 1) kind = 'mixed';
  else if (teach + give >= 0.8 && teach + give > ask) kind = 'giving';
  else kind = 'neutral';
  return { kind, score: Math.round(score * 1000) / 1000, core, ask, teach, give };
}
