// One concrete giving move that fits the draft, chosen from what made it read as an ask and
// where it is written (a reply under someone else's post is a different situation). The core
// returns the move's id; the hint shows it translated (`move_<id>` in _locales).
import type { Context } from '../types.ts';
import { SIGNAL_INDEX, type Signal } from './signals.ts';
import type { Evidence } from './evidence.ts';

export const MOVES = ['answer', 'teaser', 'hiring', 'offer', 'follow', 'product', 'general'] as const;
export type Move = (typeof MOVES)[number];

/** The signals that call for each move, as positions in the evidence's sums. */
const at = (...signals: Signal[]): number[] => signals.map((s) => SIGNAL_INDEX[s]);
const LINKS = at('bareLink', 'link', 'own', 'yours', 'storeLink');
const TEASER = at('teaser');
const HIRING = at('hiring');
const OFFER = at('offer', 'promoCode', 'price', 'sponsored', 'referral');
const FOLLOW = at('follow');
const PRODUCT = at('own', 'announce', 'yours', 'storeLink');

function has(ev: Evidence, signals: number[]): boolean {
  for (let i = 0; i < signals.length; i++) if (ev.bySignal[signals[i]!]! > 0) return true;
  return false;
}

export function suggest(ev: Evidence, context: Context): Move {
  if (context !== 'post' && has(ev, LINKS)) return 'answer';
  if (has(ev, TEASER)) return 'teaser';
  if (has(ev, HIRING)) return 'hiring';
  if (has(ev, OFFER)) return 'offer';
  if (has(ev, FOLLOW)) return 'follow';
  if (has(ev, PRODUCT)) return 'product';
  return 'general';
}
