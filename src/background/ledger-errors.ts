// Storage faults in words a person can act on. The popup shows `message` and `advice`; what
// was stored before a fault is never touched, because every write is one transaction.
import type { LedgerProblem } from '../core/messages.ts';

type Code = LedgerProblem['code'];

const WORDS: Record<Code, { message: string; advice: string }> = {
  quota: {
    message: 'The browser has no room left for GiveFirst, so the last post was not counted.',
    advice: 'Free some disk space, or export your data in Options and delete old entries. Nothing already counted was lost.',
  },
  blocked: {
    message: "GiveFirst's storage is busy with an upgrade another GiveFirst window still holds open.",
    advice: 'Close other GiveFirst tabs (such as Options), then open this popup again.',
  },
  deleted: {
    message: "The browser deleted GiveFirst's stored posts (for example through “Clear browsing data”).",
    advice: 'New posts are counted again from now on. If you exported a backup, import it in Options.',
  },
  unavailable: {
    message: 'This browser window does not let extensions store data (a private window or a storage setting).',
    advice: 'Use a normal window, or allow site data for extensions in the browser settings.',
  },
  newer: {
    message: 'The stored posts were written by a newer version of GiveFirst.',
    advice: 'Update GiveFirst; your data is kept as it is until then.',
  },
  failed: {
    message: 'GiveFirst could not read or write its stored posts.',
    advice: 'Try again in a moment; if it keeps happening, restart the browser. Nothing already counted was lost.',
  },
};

export class LedgerError extends Error {
  readonly problem: LedgerProblem;
  constructor(code: Code, detail?: string) {
    const words = WORDS[code];
    super(`${words.message} ${words.advice}`);
    this.name = 'LedgerError';
    this.problem = { code, ...words, ...(detail ? { detail } : {}) };
  }
}

export function toLedgerError(error: unknown): LedgerError {
  if (error instanceof LedgerError) return error;
  const name = error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException) ? (error as Error).name : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError' || /quota/i.test(detail)) return new LedgerError('quota', detail);
  if (name === 'VersionError') return new LedgerError('newer', detail);
  if (name === 'SecurityError' || (name === 'InvalidStateError' && /open|private/i.test(detail))) return new LedgerError('unavailable', detail);
  return new LedgerError('failed', detail);
}

/** Errors that mean the connection went away under us: reopen and try once more. */
export function isConnectionLost(error: unknown): boolean {
  const name = (error as Error | null)?.name;
  return name === 'InvalidStateError' || name === 'NotFoundError' || name === 'TransactionInactiveError';
}
