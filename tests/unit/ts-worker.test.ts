// The bundles behind the scripts' worker threads (scripts/lib/ts-worker.ts) are kept between
// runs: a kept bundle must never outlive a change to any file it was made from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleFile, recordOf, STALE_MS } from '../../scripts/lib/ts-worker.ts';

// Inside the project, where the bundles' package imports resolve.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

test('a kept worker bundle is reused until one of its sources changes', (t) => {
  const dir = mkdtempSync(join(ROOT, 'node_modules/.cache/ts-worker-test-'));
  const entry = join(dir, 'entry.ts');
  const made: string[] = [];
  t.after(() => {
    for (const file of [dir, recordOf(entry), ...made]) rmSync(file, { recursive: true, force: true });
  });
  const part = join(dir, 'part.ts');
  writeFileSync(entry, "import { value } from './part.ts';\nexport const seen: string = value;\n");
  writeFileSync(part, "export const value: string = 'first';\n");

  const first = bundleFile(entry);
  made.push(first);
  assert.match(readFileSync(first, 'utf8'), /"first"/);
  const madeAt = statSync(first).mtimeMs;
  assert.equal(bundleFile(entry), first, 'nothing changed: the same bundle');
  assert.equal(statSync(first).mtimeMs, madeAt, 'and it was not written again');

  // An imported file, not only the entry, makes a new bundle when it changes.
  writeFileSync(part, "export const value: string = 'second, and longer';\n");
  const remade = bundleFile(entry);
  made.push(remade);
  assert.notEqual(remade, first);
  assert.match(readFileSync(remade, 'utf8'), /"second, and longer"/);
});

test('making a bundle removes the stale ones no record names, and keeps fresh ones', (t) => {
  const dir = mkdtempSync(join(ROOT, 'node_modules/.cache/ts-worker-test-'));
  const entry = join(dir, 'entry.ts');
  const cache = dirname(recordOf(entry));
  const stale = join(cache, 'stale-test-bundle.mjs');
  const fresh = join(cache, 'fresh-test-bundle.mjs');
  const made: string[] = [];
  t.after(() => {
    for (const file of [dir, recordOf(entry), stale, fresh, ...made]) rmSync(file, { recursive: true, force: true });
  });
  writeFileSync(entry, "export const seen: string = 'one';\n");
  made.push(bundleFile(entry));
  writeFileSync(stale, '');
  writeFileSync(fresh, '');
  const old = (Date.now() - STALE_MS - 60_000) / 1000;
  utimesSync(stale, old, old);

  writeFileSync(entry, "export const seen: string = 'two, and longer';\n");
  const kept = bundleFile(entry);
  made.push(kept);
  assert.equal(existsSync(stale), false, 'an hour-old bundle no record names is removed');
  assert.equal(existsSync(fresh), true, 'a fresh one may be another run\'s, not yet recorded');
  assert.equal(existsSync(kept), true, 'the bundle just made stays');
  assert.equal(existsSync(made[0]!), true, 'the one it replaced is fresh, so it stays for now');
});
