// What the user's corrections taught the analysis: a weight delta (src/core/analysis/delta.ts)
// learned from the corrected entries, each a few bounded steps on its fingerprint and scores,
// replayed in the order the posts were made. It is kept in `meta` and relearned in the same
// transaction as any change to a correction (made, undone, its post deleted or imported), so it
// always matches them; deleting all data clears `meta`, and with it the delta.
import { promisifyRequest as request } from 'idb-keyval';
import { Delta } from '../../core/analysis/delta.ts';
import type { Entry, LearnedDelta } from '../../core/types.ts';
import { META, type Stores } from './schema.ts';

/** The most recent corrections that count: a long history of them would only slow this down. */
const CORRECTIONS_KEPT = 500;

export async function relearn(s: Stores): Promise<void> {
  const corrected = ((await request(s.entries.index('correction').getAll())) as Entry[])
    .filter((e) => e.correction && e.scores)
    .sort((a, b) => a.time - b.time)
    .slice(-CORRECTIONS_KEPT);
  const delta = new Delta();
  for (const e of corrected) delta.learn(e.fingerprint, e.scores!, e.correction!);
  if (delta.size > 0) s.meta.put(delta.toRows(), META.delta);
  else s.meta.delete(META.delta);
}

export async function learned(s: Stores): Promise<LearnedDelta> {
  return ((await request(s.meta.get(META.delta))) as LearnedDelta | undefined) ?? [];
}
