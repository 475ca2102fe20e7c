// Multinomial logistic regression with L2 (a softmax over the four kinds of one linear score
// each), fitted by AdaGrad over shuffled passes; a fixed seed makes the order, and so the
// weights, the same on every run and machine.
// The analysis's own softmax: training and the extension turn scores into probabilities alike.
import { softmax } from '../../src/core/analysis/model.ts';

export const CLASSES = 4;

/** One training draft: its features (bucket ids and values), its label index, and its weight. */
export interface Example {
  ids: Int32Array;
  values: Float32Array;
  label: number;
  weight: number;
}

export interface FitOptions {
  buckets: number;
  /** L2 strength, applied to the weights an example touches as it is seen. */
  l2: number;
  epochs: number;
  /** AdaGrad's base step. */
  rate: number;
  seed: number;
}

/** Class scores of one example under weights `w` (bucket-major: w[id * CLASSES + k]). */
export function scores(w: Float64Array | Float32Array, ids: Int32Array, values: Float32Array, out: Float64Array): Float64Array {
  out.fill(0);
  for (let j = 0; j < ids.length; j++) {
    const base = ids[j]! * CLASSES;
    const v = values[j]!;
    for (let k = 0; k < CLASSES; k++) out[k]! += w[base + k]! * v;
  }
  return out;
}

export function fit(examples: Example[], options: FitOptions): Float64Array {
  const n = options.buckets * CLASSES;
  const w = new Float64Array(n);
  const g2 = new Float64Array(n).fill(1e-8);
  const order = examples.map((_, i) => i);
  let seed = options.seed >>> 0 || 1;
  const random = (): number => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 4294967296;
  };
  const p = new Float64Array(CLASSES);
  const { l2, rate } = options;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const ex = examples[index]!;
      softmax(scores(w, ex.ids, ex.values, p));
      p[ex.label]! -= 1;
      for (let j = 0; j < ex.ids.length; j++) {
        const base = ex.ids[j]! * CLASSES;
        const v = ex.values[j]! * ex.weight;
        for (let k = 0; k < CLASSES; k++) {
          const at = base + k;
          const grad = v * p[k]! + l2 * w[at]!;
          g2[at]! += grad * grad;
          w[at]! -= (rate * grad) / Math.sqrt(g2[at]!);
        }
      }
    }
  }
  return w;
}
