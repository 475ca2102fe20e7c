// A refused import is said in the person's language: every refusal code the validator can give
// has its sentence in each of the five catalogues, whole, with its numbers and names in it.
import { catalogue, format, useLanguage } from '../catalogue.ts';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ENTRY_PROBLEMS, FILE_REFUSALS, type Refusal } from '../../src/core/backup-refusal.ts';
import { validateBackup } from '../../src/core/backup.ts';
import { LANGUAGES } from '../../src/core/types.ts';
import { refusalText } from '../../src/options/refusal-text.ts';

const TIME = Date.UTC(2031, 2, 14, 12);

/** One refusal of every code and entry problem, with what each names. */
const EVERY: Refusal[] = [
  ...FILE_REFUSALS.map((code): Refusal => {
    if (code === 'too-large') return { code, megabytes: 64 };
    if (code === 'too-many-entries') return { code, limit: 250_000 };
    if (code === 'forbidden-key') return { code, key: '__proto__' };
    if (code === 'unreadable') return { code, detail: 'a getter threw' };
    return { code };
  }),
  ...ENTRY_PROBLEMS.map((problem): Refusal => {
    if (problem === 'duplicate-id') return { code: 'entry', entry: 1234, problem, id: 'post-7' };
    if (problem === 'future') return { code: 'entry', entry: 1234, problem, time: TIME };
    return { code: 'entry', entry: 1234, problem };
  }),
];

for (const lang of LANGUAGES) {
  test(`${lang}: every refusal is a whole sentence naming what it found`, () => {
    useLanguage(lang, lang);
    const sentences = new Set<string>();
    for (const refusal of EVERY) {
      const text = refusalText(refusal);
      const what = JSON.stringify(refusal);
      assert.doesNotMatch(text, /\$|undefined|NaN|\bbackup_\w+/, `${lang}: ${what}: "${text}"`);
      assert.match(text, /[.!]$/, `${lang}: ${what}: a sentence`);
      if (refusal.code === 'entry') assert.ok(text.includes((1234).toLocaleString(lang)), `${lang}: ${what}: the post's number, as ${lang} writes it`);
      if (refusal.code === 'too-many-entries') assert.ok(text.includes((250_000).toLocaleString(lang)), `${lang}: the limit, as ${lang} writes it`);
      if (refusal.code === 'forbidden-key') assert.ok(text.includes('__proto__'), `${lang}: the key`);
      if (refusal.code === 'entry' && refusal.problem === 'duplicate-id') assert.ok(text.includes('post-7'), `${lang}: the id`);
      if (refusal.code === 'entry' && refusal.problem === 'future') assert.ok(text.includes('2031'), `${lang}: the date`);
      assert.doesNotMatch(text, /a getter threw/, 'what the checks did not foresee stays for developers');
      sentences.add(text);
    }
    assert.equal(sentences.size, EVERY.length, `${lang}: each refusal has words of its own`);
  });
}

test('what the validator refuses reads as the catalogue says, in the page language', () => {
  const refused = validateBackup('{"format": "givefirst-backup", ', Date.now());
  assert.ok(!refused.ok);
  useLanguage('de', 'de-DE');
  assert.equal(refusalText(refused.refusal), catalogue('de').backup_not_json!.message);
  const post = { id: 'a', time: Date.now() - 3_600_000, site: 'x', context: 'post', kind: 'giving', score: 0, reasons: [], language: 'de', fingerprint: [] };
  const twice = validateBackup({ format: 'givefirst-backup', version: 1, entries: [post, post] }, Date.now());
  assert.ok(!twice.ok);
  assert.equal(refusalText(twice.refusal), format(catalogue('de').backup_entry_duplicate_id, ['2', 'a']));
  useLanguage('en');
});
