// The person's "that was wrong" corrections, which the analysis learns from: fetched from the
// background when a session begins (at most every 10 s) and pushed to the sessions.
import type { Correction } from '../core/types.ts';
import { sendFromContent as send } from '../platform/messaging.ts';

const FRESH_MS = 10_000;
let fetchedAt = 0;

export function refreshCorrections(use: (corrections: Correction[]) => void): void {
  if (Date.now() - fetchedAt < FRESH_MS) return;
  fetchedAt = Date.now();
  send({ kind: 'corrections:get' }).then(use, () => undefined);
}
