// Measuring the analysis against labelled drafts: precision, recall and F1 of the flag against
// the 'promotional' label, the false-flag rate for each other label, and a kind x label table.
// Pure, so the eval script and the quality test share it.
import { KINDS, type Kind } from '../types.ts';

export interface Labelled {
  id: string;
  label: Kind;
  flag: boolean;
  kind: Kind;
}

export interface Metrics {
  n: number;
  precision: number;
  recall: number;
  f1: number;
  /** Per non-promotional label: flagged / total. */
  falseFlags: Record<Exclude<Kind, 'promotional'>, { flagged: number; total: number; rate: number }>;
  /** confusion[kind][label] */
  confusion: Record<Kind, Record<Kind, number>>;
}

export function measure(rows: Labelled[]): Metrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const confusion = Object.fromEntries(KINDS.map((k) => [k, Object.fromEntries(KINDS.map((l) => [l, 0]))])) as Metrics['confusion'];
  const ff = { giving: { flagged: 0, total: 0, rate: 0 }, neutral: { flagged: 0, total: 0, rate: 0 }, mixed: { flagged: 0, total: 0, rate: 0 } };
  for (const r of rows) {
    confusion[r.kind][r.label]++;
    if (r.label === 'promotional') {
      if (r.flag) tp++;
      else fn++;
    } else {
      ff[r.label].total++;
      if (r.flag) {
        fp++;
        ff[r.label].flagged++;
      }
    }
  }
  for (const v of Object.values(ff)) v.rate = v.total ? v.flagged / v.total : 0;
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { n: rows.length, precision, recall, f1, falseFlags: ff, confusion };
}
