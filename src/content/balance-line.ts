// The balance sentence under a flag: soft when the person is in credit, clearer in deficit.
import type { Analysis } from '../core/types.ts';
import type { BalanceSummary } from '../core/messages.ts';
import { send } from '../platform/messaging.ts';

let cached: { at: number; balance: BalanceSummary } | null = null;
const FRESH_MS = 15_000;

export function describeBalance(b: BalanceSummary): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (b.credits > 0) {
    return `You have ${plural(b.credits, 'promotion credit', 'promotion credits')} this week, so this one is covered.`;
  }
  if (b.giving === 0 && b.promotional === 0) {
    return `Nothing posted yet this week. At ${b.targetRatio}:1, ${plural(b.targetRatio, 'giving post earns', 'giving posts earn')} one promotion.`;
  }
  return `This week: ${plural(b.promotional, 'promotion', 'promotions')}, ${plural(b.giving, 'contribution', 'contributions')} (target ${b.targetRatio}:1). Give first to earn this one.`;
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
