// The whole recipe, from labelled drafts to a model ready to ship, in one function that the
// training script runs on all the data and the evaluation runs on training folds only:
//   1. held-out scores for every training draft, by leaving its files out in turn, in up to five
//      groups (a file is one writer: this is how the model meets drafts nobody tuned it on);
//   2. on those scores: the temperature, the thresholds and the 'mixed' nudge;
//   3. the weights, fitted on every training draft.
import { fit, scores, CLASSES, type FitOptions } from './softmax.ts';
import { chooseMixedBias, chooseThresholds, fitTemperature, type HeldOut } from './calibrate.ts';
import type { Prepared } from './examples.ts';
import { KINDS } from '../../src/core/types.ts';
import { isFlagged, type LanguageGroup, type Thresholds } from '../../src/core/analysis/model.ts';
import type { FeatureOptions } from '../../src/core/analysis/features.ts';

/**
 * Chosen by leave-one-file-out: word 1-2-grams plus character 3-4-grams at half the words'
 * weight (a word's n-grams outnumber it ten to one; scaled together, they drowned it), in 2^15
 * buckets. Character 2-5-grams scored the same (F1 0.931 against 0.933 on the English files) at
 * twice the analysis time; 2^16 buckets scored the same and would not fit the 400 KB budget.
 */
export const FEATURES: FeatureOptions = { bits: 15, charMin: 3, charMax: 4, charWeight: 0.5 };

/** Settings of the fit: L2 1e-4 by leave-one-file-out (F1 0.917 over all files, against 0.915 at 3e-5 and 0.912 at 3e-4); AdaGrad's step and the passes changed the figures by less than their noise. */
export const FIT: Omit<FitOptions, 'buckets'> = { l2: 1e-4, epochs: 10, rate: 0.2, seed: 20261201 };

/** For comparing fit settings (npm run eval -- --fit l2=1e-4): the workers read the same overrides. */
const overrides = JSON.parse(process.env.GIVEFIRST_FIT ?? '{}') as Partial<typeof FIT>;
Object.assign(FIT, overrides);

export interface Trained {
  weights: Float64Array;
  temperature: number;
  thresholds: Record<LanguageGroup, Thresholds>;
  mixedBias: number;
}

const PROMOTIONAL = KINDS.indexOf('promotional');
const MEDIUM = 2; // index of sensitivity 50 in the thresholds

/** At most this many held-out groups: files dealt round-robin into them (each group is one or two writers). */
const GROUPS = 5;

function groupsOf(examples: Prepared[]): string[][] {
  const files = [...new Set(examples.map((e) => e.row.file))].sort();
  const groups: string[][] = Array.from({ length: Math.min(GROUPS, files.length) }, () => []);
  files.forEach((f, i) => groups[i % groups.length]!.push(f));
  return groups;
}

/** Held-out class scores of every example: each group of files is scored by a model fitted without it. */
export function heldOutScores(examples: Prepared[], buckets: number, groups = groupsOf(examples)): HeldOut[] {
  const held: HeldOut[] = new Array(examples.length);
  for (const group of groups) {
    const out = new Set(group);
    const train = examples.filter((e) => !out.has(e.row.file));
    const w = fit(train, { ...FIT, buckets });
    examples.forEach((e, i) => {
      if (out.has(e.row.file)) held[i] = { scores: scores(w, e.ids, e.values, new Float64Array(CLASSES)), label: e.label, asks: e.asks, group: e.group };
    });
  }
  return held;
}

export function train(examples: Prepared[], buckets: number): Trained {
  const held = heldOutScores(examples, buckets);
  const temperature = fitTemperature(held);
  const thresholds = chooseThresholds(held, temperature);
  const mixedBias = chooseMixedBias(held, temperature, (p, h) => {
    const { flag, unasked } = thresholds[h.group];
    return isFlagged(p[PROMOTIONAL]!, h.asks, flag[MEDIUM]!, unasked[MEDIUM]!);
  });
  const weights = fit(examples, { ...FIT, buckets });
  return { weights, temperature, thresholds, mixedBias };
}
