// The balance sentence under a flag: soft when the person is in credit, clearer in deficit.
import type { Analysis } from '../core/types.ts';
import type { BalanceSummary } from '../core/messages.ts';
import { send } from '../platform/messaging.ts';

let cached: { at: number; balance: BalanceSummary } | null = null;
const FRESH_MS = 15_000;

export function describeBalance(b: BalanceSummary): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (b.credits > 0) {
    return `You have ${plural(b.credits, 'promotion credit', 'promotion credits')} this week, so this one is paid for.`;
  }
  return `${plural(b.promotional, 'promotion', 'promotions')}, ${plural(b.giving, 'contribution', 'contributions')} this week. Your target is ${b.targetRatio}:1.`;
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
