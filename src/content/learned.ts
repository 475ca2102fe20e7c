// What the person's "that was wrong" corrections taught the analysis (a weight delta the
// background keeps with the ledger): fetched when a session begins (at most every 10 s) and
// pushed to the sessions, which hand it to the analysis.
import type { LearnedDelta } from '../core/types.ts';
import { send } from '../platform/messaging.ts';

const FRESH_MS = 10_000;
let fetchedAt = 0;

export function refreshLearned(use: (delta: LearnedDelta) => void): void {
  if (Date.now() - fetchedAt < FRESH_MS) return;
  fetchedAt = Date.now();
  send({ kind: 'delta:get' }).then(use, () => undefined);
}
