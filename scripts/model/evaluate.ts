// Honest figures: every draft is judged by a model that neither was fitted on it nor had its
// thresholds chosen on it, through the same `analyze` code path and quantized weights that ship.
//   leave one file out: train on every file but one, judge that one (each file is one writer);
//   cross-validation:   five folds by id over all the files together.
import { analyzeWith } from '../../src/core/analysis/analyze.ts';
import { Model } from '../../src/core/analysis/model.ts';
import type { FeatureOptions } from '../../src/core/analysis/features.ts';
import { fnv } from '../../src/core/analysis/hash.ts';
import type { Kind } from '../../src/core/types.ts';
import { train } from './pipeline.ts';
import { toModelFile } from './quantize.ts';
import type { Prepared } from './examples.ts';
import type { Row } from './data.ts';

export interface Judged {
  row: Row;
  label: Kind;
  flag: boolean;
  kind: Kind;
  score: number;
  language: string;
}

export interface Task {
  name: string;
  /** Indexes of the examples to hold out (train on the rest, judge these). */
  held: number[];
}

/** Trains on the examples `held` rejects and judges the ones it accepts. */
export function judge(examples: Prepared[], held: (e: Prepared, i: number) => boolean, features: FeatureOptions,
  buckets: number): Judged[] {
  const trained = train(examples.filter((e, i) => !held(e, i)), buckets);
  const model = new Model(toModelFile(trained, features, ''));
  return examples.filter(held).map(({ row }) => {
    const a = analyzeWith(model, row.text, { site: row.site, context: row.context });
    return { row, label: row.label, flag: a.flag, kind: a.kind, score: a.score, language: a.language };
  });
}

const indexesWhere = (examples: Prepared[], pick: (e: Prepared) => boolean): number[] =>
  examples.flatMap((e, i) => (pick(e) ? [i] : []));

export function leaveOneFileOut(examples: Prepared[]): Task[] {
  const files = [...new Set(examples.map((e) => e.row.file))].sort();
  return files.map((file) => ({ name: file, held: indexesWhere(examples, (e) => e.row.file === file) }));
}

export function crossValidation(examples: Prepared[], folds = 5): Task[] {
  const foldOf = (e: Prepared): number => (fnv(e.row.id) >>> 0) % folds;
  return Array.from({ length: folds }, (_, fold) => ({ name: `fold ${fold + 1} of ${folds}`, held: indexesWhere(examples, (e) => foldOf(e) === fold) }));
}
