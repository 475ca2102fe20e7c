// Storage faults as codes (the pages put them in words, see LedgerProblem). What was stored
// before a fault is never touched, because every write is one transaction.
import type { LedgerProblem } from '../../core/messages.ts';

export class LedgerError extends Error {
  readonly problem: LedgerProblem;
  constructor(code: LedgerProblem['code'], detail?: string) {
    // For consoles; a person reads the page's words for the code.
    super(`GiveFirst ledger: ${code}${detail ? ` (${detail})` : ''}`);
    this.name = 'LedgerError';
    this.problem = { code, ...(detail ? { detail } : {}) };
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
