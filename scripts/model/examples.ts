// Labelled drafts -> training examples, through the very code the extension runs (readDraft,
// extract), so the model is trained on what it later sees.
import { readDraft } from '../../src/core/analysis/draft.ts';
import { extract, Features, type FeatureOptions } from '../../src/core/analysis/features.ts';
import { hasAsk } from '../../src/core/analysis/evidence.ts';
import { groupOf, type LanguageGroup } from '../../src/core/analysis/model.ts';
import { fnv } from '../../src/core/analysis/hash.ts';
import { KINDS } from '../../src/core/types.ts';
import type { Row } from './data.ts';
import type { Example } from './softmax.ts';

export interface Prepared extends Example {
  row: Row;
  /** Whether the draft carries an ask proper (the flag's gate). */
  asks: boolean;
  /** Its language group as the analysis reads it, whose thresholds apply. */
  group: LanguageGroup;
}

/**
 * Half the drafts (chosen by id, so every run picks the same) are shown to the model without
 * their site: the extension may not know the site (a user-added forum), and the model must not
 * lean on it.
 */
function keepsSite(row: Row): boolean {
  return (fnv(row.id) & 1) === 0;
}

export function prepare(rows: Row[], options: FeatureOptions): Prepared[] {
  const features = new Features();
  return rows.map((row) => {
    const draft = readDraft(row.text, keepsSite(row) ? row.site : '', row.context, undefined);
    extract(draft.scan, draft.evidence, draft, options, features);
    // A bucket met twice (a repeated word) is one feature with the summed value: fewer updates per pass.
    const merged = new Map<number, number>();
    for (let j = 0; j < features.n; j++) merged.set(features.ids[j]!, (merged.get(features.ids[j]!) ?? 0) + features.values[j]!);
    return {
      row,
      ids: Int32Array.from(merged.keys()),
      values: Float32Array.from(merged.values()),
      label: KINDS.indexOf(row.label),
      weight: 1,
      asks: hasAsk(draft.evidence, draft.language),
      group: groupOf(draft.language),
    };
  });
}
