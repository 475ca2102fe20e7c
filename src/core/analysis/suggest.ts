// One concrete giving move that fits the draft, chosen from what made it read as an ask and
// where it is written (a reply under someone else's post is a different situation). The core
// returns the move's id; the hint shows it translated (`move_<id>` in _locales).
import type { Context } from '../types.ts';
import type { Signal } from './signals.ts';
import type { Evidence } from './evidence.ts';

export const MOVES = ['answer', 'teaser', 'hiring', 'offer', 'follow', 'product', 'general'] as const;
export type Move = (typeof MOVES)[number];

function has(ev: Evidence, ...signals: Signal[]): boolean {
  for (const s of signals) if ((ev.bySignal.get(s) ?? 0) > 0) return true;
  return false;
}

export function suggest(ev: Evidence, context: Context): Move {
  if (context !== 'post' && has(ev, 'bareLink', 'link', 'own', 'yours', 'storeLink')) return 'answer';
  if (has(ev, 'teaser')) return 'teaser';
  if (has(ev, 'hiring')) return 'hiring';
  if (has(ev, 'offer', 'promoCode', 'price', 'sponsored', 'referral')) return 'offer';
  if (has(ev, 'follow')) return 'follow';
  if (has(ev, 'own', 'announce', 'yours', 'storeLink')) return 'product';
  return 'general';
}
