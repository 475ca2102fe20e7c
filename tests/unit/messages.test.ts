// The message types leave nothing to chance: no index signature anywhere in what is sent or
// replied (with one, a misspelt field compiles). Checked by the type checker (`npm test` runs
// it first); the test below only says so in the test report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BackgroundMessage, Replies, TabMessage, TabReplies } from '../../src/core/messages.ts';
import type { Input } from '../../src/core/message-checks.ts';
import type { MessageKind } from '../../src/core/messages.ts';

/** True when T, or anything inside it (a few levels down), has an index signature. */
type Indexed<T, Depth extends unknown[] = []> = Depth['length'] extends 6
  ? false
  : T extends readonly (infer E)[]
    ? Indexed<E, [...Depth, 0]>
    : T extends object
      ? string extends keyof T
        ? true
        : number extends keyof T
          ? true
          : { [K in keyof T]-?: Indexed<T[K], [...Depth, 0]> }[keyof T] extends false
            ? false
            : true
      : false;
/** Only `false` fits: `true`, or `boolean` for a union with one indexed member, is a type error. */
type None<T extends false> = T;

const checked: [
  None<Indexed<BackgroundMessage>>,
  None<Indexed<Input<MessageKind>>>,
  None<Indexed<Replies[MessageKind]>>,
  None<Indexed<TabMessage>>,
  None<Indexed<TabReplies['tab:site']>>,
] = [false, false, false, false, false];

test('no index signatures in the messages, the handlers\' inputs or the replies', () => {
  assert.deepEqual(checked, [false, false, false, false, false]);
});
