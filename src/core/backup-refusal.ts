// Why a backup is refused, as codes with the numbers and names their words need: the options
// page says them from the catalogue (src/options/refusal-text.ts), in the person's language.
// Pure; the validator (backup.ts) throws a refusal and returns it.

/** Why a whole file is refused; the options page says `backup_<code>` (hyphens as underscores). */
export const FILE_REFUSALS = [
  'too-large', 'too-many-values', 'not-json', 'not-object', 'not-backup', 'no-version',
  'newer-version', 'no-entries', 'too-many-entries', 'forbidden-key', 'settings', 'unreadable',
] as const;
/** What is wrong with one entry of the file; said as `backup_entry_<problem>` with its number. */
export const ENTRY_PROBLEMS = [
  'not-object', 'id', 'duplicate-id', 'time', 'future', 'site', 'context', 'kind', 'correction',
  'score', 'language', 'snippet', 'fingerprint', 'scores', 'reasons', 'reason',
] as const;
export type FileRefusal = (typeof FILE_REFUSALS)[number];
export type EntryProblem = (typeof ENTRY_PROBLEMS)[number];

/** A refusal and what its words name: a limit, a key, an entry (counted from 1), its id or date. */
export type Refusal =
  | { code: Exclude<FileRefusal, 'too-large' | 'too-many-entries' | 'forbidden-key' | 'unreadable'> }
  | { code: 'too-large'; megabytes: number }
  | { code: 'too-many-entries'; limit: number }
  | { code: 'forbidden-key'; key: string }
  /** Something the checks did not foresee; `detail` is for developers, not shown. */
  | { code: 'unreadable'; detail: string }
  | { code: 'entry'; entry: number; problem: Exclude<EntryProblem, 'duplicate-id' | 'future'> }
  | { code: 'entry'; entry: number; problem: 'duplicate-id'; id: string }
  | { code: 'entry'; entry: number; problem: 'future'; time: number };

/** Thrown by the checks, caught by the validator: the first thing wrong ends the check. */
class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.code);
  }
}
export const refuse = (refusal: Refusal): never => {
  throw new Refused(refusal);
};
/** What the checks threw, as a refusal: anything they did not foresee is `unreadable`. */
export const refusalOf = (error: unknown): Refusal =>
  error instanceof Refused ? error.refusal : { code: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
