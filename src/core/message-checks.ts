// The check every message passes at the background's door, before its handler runs: a kind the
// background knows, exactly the fields that kind names, each what it says it is. What comes out
// is a clean copy for the handler (an entry and a backup fully validated, nothing extra); what
// fails names its first wrong field, and no handler runs. Pure, so it is unit-tested in Node.
import { validateBackup, validateEntry, type Backup } from './backup.ts';
import type { Refusal } from './backup-refusal.ts';
import { isRecord, isSiteRef, patchProblem } from './settings.ts';
import { KINDS, type Kind } from './types.ts';
import type { Failure, MessageKind, MessageOf } from './messages.ts';

/** What a handler gets: the message as its kind says, except that an import gets its backup validated. */
export type Input<K extends MessageKind> = K extends 'data:import' ? { kind: K; backup: Backup } : MessageOf<K>;
export type AnyInput = { [K in MessageKind]: Input<K> }[MessageKind];

export type Checked = { ok: true; input: AnyInput } | { ok: false; failure: Failure };

/** The fields of a message object, as it arrived. */
type Sent = Readonly<Partial<Record<string, unknown>>>;

class Invalid extends Error {
  constructor(readonly field: string, readonly reason?: Refusal) {
    super(field);
  }
}

/** Refuses any field besides `kind` and the ones named. */
function only(sent: Sent, ...fields: string[]): void {
  for (const key of Object.keys(sent)) if (key !== 'kind' && !fields.includes(key)) throw new Invalid(key);
}

function id(sent: Sent): string {
  const value = sent.id;
  if (typeof value !== 'string' || !value || value.length > 128) throw new Invalid('id');
  return value;
}

function finite(sent: Sent, field: string): number {
  const value = sent[field];
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Invalid(field);
  return value;
}

/** A kind that carries nothing. */
const bare = <K extends MessageKind>(kind: K) => (sent: Sent): Input<K> => {
  only(sent);
  return { kind } as Input<K>;
};

const CHECKS: { [K in MessageKind]: (sent: Sent, now: number) => Input<K> } = {
  ping: bare('ping'),
  'post:submitted': (sent, now) => {
    only(sent, 'entry');
    const checked = validateEntry(sent.entry, now);
    if (!checked.ok) throw new Invalid('entry', checked.refusal);
    return { kind: 'post:submitted', entry: checked.entry };
  },
  'balance:get': (sent) => {
    only(sent, 'now');
    return sent.now === undefined ? { kind: 'balance:get' } : { kind: 'balance:get', now: finite(sent, 'now') };
  },
  'delta:get': bare('delta:get'),
  'options:open': bare('options:open'),
  'site:set': (sent) => {
    only(sent, 'site', 'on');
    if (!isSiteRef(sent.site)) throw new Invalid('site');
    if (typeof sent.on !== 'boolean') throw new Invalid('on');
    const site = sent.site.site === 'generic' ? { site: 'generic' as const, origin: sent.site.origin } : { site: sent.site.site };
    return { kind: 'site:set', site, on: sent.on };
  },
  'entries:recent': (sent) => {
    only(sent, 'limit');
    const limit = finite(sent, 'limit');
    if (limit < 0) throw new Invalid('limit');
    return { kind: 'entries:recent', limit };
  },
  'entry:correct': (sent) => {
    only(sent, 'id', 'correction');
    // A kind that is not one of the four would drop the post out of every count.
    if (sent.correction !== null && !KINDS.includes(sent.correction as Kind)) throw new Invalid('correction');
    return { kind: 'entry:correct', id: id(sent), correction: sent.correction as Kind | null };
  },
  'entry:delete': (sent) => {
    only(sent, 'id');
    return { kind: 'entry:delete', id: id(sent) };
  },
  'data:export': bare('data:export'),
  'data:import': (sent, now) => {
    only(sent, 'data');
    const checked = validateBackup(sent.data, now);
    if (!checked.ok) throw new Invalid('data', checked.refusal);
    return { kind: 'data:import', backup: checked.backup };
  },
  'data:delete-all': bare('data:delete-all'),
  'ledger:status': bare('ledger:status'),
  'settings:patch': (sent) => {
    only(sent, 'patch');
    const problem = patchProblem(sent.patch);
    if (problem) throw new Invalid(problem);
    return { kind: 'settings:patch', patch: sent.patch as MessageOf<'settings:patch'>['patch'] };
  },
  'settings:reset': bare('settings:reset'),
};

/** Every kind the background answers, for the sender check and the tests. */
export const MESSAGE_KINDS = Object.keys(CHECKS) as MessageKind[];

/** The kind of a message the background knows, or null. */
export function knownKind(raw: unknown): MessageKind | null {
  if (!isRecord(raw) || typeof raw.kind !== 'string' || !Object.hasOwn(CHECKS, raw.kind)) return null;
  return raw.kind as MessageKind;
}

/** `now` is when the message arrived: entries and backups dated after it (and a day's slack) are refused. */
export function checkMessage(raw: unknown, now: number): Checked {
  const kind = knownKind(raw);
  if (!kind) return { ok: false, failure: { code: 'unknown-kind' } };
  try {
    return { ok: true, input: CHECKS[kind](raw as Sent, now) as AnyInput };
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return { ok: false, failure: { code: 'invalid', field: error.field, ...(error.reason ? { reason: error.reason } : {}) } };
  }
}
