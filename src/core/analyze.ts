// PLACEHOLDER until the analysis lands (issue 3): the signature is the contract.
import type { Analysis, Context, Correction } from './types.ts';
import type { Settings } from './settings.ts';

export interface AnalyzeInput {
  site?: string;
  context?: Context;
  settings?: Partial<Pick<Settings, 'sensitivity' | 'own' | 'languages'>>;
  corrections?: Correction[];
}

const CALLS = /\b(buy now|sign up|subscribe|link in bio|dm me|use code|% off|my course|my new book)\b/gi;

export function analyze(text: string, input: AnalyzeInput = {}): Analysis {
  const reasons = [...text.slice(0, 20000).matchAll(CALLS)].map((m) => ({
    start: m.index!, end: m.index! + m[0].length, text: m[0], signal: 'call to action', weight: 1,
  }));
  const score = Math.min(1, reasons.length / 2);
  const threshold = 1 - (input.settings?.sensitivity ?? 50) / 100;
  const flag = score > threshold && reasons.length >= 2;
  return {
    kind: flag ? 'promotional' : 'neutral', score, flag, reasons,
    suggestion: 'Lead with something useful: the lesson behind it, or an answer to a question.',
    language: 'en',
  };
}

export function fingerprint(text: string): number[] {
  const out = new Set<number>();
  for (const word of text.toLowerCase().match(/\p{L}{3,}/gu) ?? []) {
    let h = 2166136261;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
    out.add(h >>> 0);
  }
  return [...out].slice(0, 64);
}
