// The balance sentence under a flag: soft when the person is in credit, clearer in deficit.
import type { Analysis } from '../core/types.ts';
import type { BalanceSummary } from '../core/messages.ts';
import { sendFromContent as send } from '../platform/messaging.ts';
import { formatNumber, t, tn } from '../platform/i18n.ts';

let cached: { at: number; balance: BalanceSummary } | null = null;
const FRESH_MS = 15_000;

export function describeBalance(b: BalanceSummary): string {
  if (b.credits > 0) return tn('balance_credits', b.credits);
  if (b.giving === 0 && b.promotional === 0) return tn('balance_empty', b.targetRatio);
  return t('balance_deficit', tn('count_promotions', b.promotional), tn('count_contributions', b.giving), formatNumber(b.targetRatio));
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
