// The balance sentence under a flag: soft when the person is in credit, clearer in deficit.
import type { Analysis } from '../core/types.ts';
import type { BalanceSummary } from '../core/messages.ts';
import { send } from '../platform/messaging.ts';
import { t } from '../platform/i18n.ts';

let cached: { at: number; balance: BalanceSummary } | null = null;
const FRESH_MS = 15_000;

/** "1 promotion" / "3 promotions", from the message catalogue. */
function count(n: number, key: 'promotions' | 'contributions'): string {
  return n === 1 ? t(`count_${key}_one`) : t(`count_${key}_many`, String(n));
}

export function describeBalance(b: BalanceSummary): string {
  if (b.credits > 0) return b.credits === 1 ? t('balance_credits_one') : t('balance_credits_many', String(b.credits));
  if (b.giving === 0 && b.promotional === 0) {
    return b.targetRatio === 1 ? t('balance_empty_one') : t('balance_empty_many', String(b.targetRatio));
  }
  return t('balance_deficit', count(b.promotional, 'promotions'), count(b.giving, 'contributions'), String(b.targetRatio));
}

export async function balanceLine(_analysis: Analysis): Promise<string | null> {
  try {
    if (!cached || Date.now() - cached.at > FRESH_MS) {
      cached = { at: Date.now(), balance: await send({ kind: 'balance:get' }) };
    }
    return describeBalance(cached.balance);
  } catch {
    return null;
  }
}
