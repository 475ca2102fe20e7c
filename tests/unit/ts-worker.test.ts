// The bundles behind the scripts' worker threads (scripts/lib/ts-worker.ts) are kept between
// runs: a kept bundle must never outlive a change to any file it was made from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleFile } from '../../scripts/lib/ts-worker.ts';

// Inside the project, where the bundles' package imports resolve.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

test('a kept worker bundle is reused until one of its sources changes', (t) => {
  const dir = mkdtempSync(join(ROOT, 'node_modules/.cache/ts-worker-test-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const entry = join(dir, 'entry.ts');
  const part = join(dir, 'part.ts');
  writeFileSync(entry, "import { value } from './part.ts';\nexport const seen: string = value;\n");
  writeFileSync(part, "export const value: string = 'first';\n");

  const made = bundleFile(entry);
  assert.match(readFileSync(made, 'utf8'), /"first"/);
  const madeAt = statSync(made).mtimeMs;
  assert.equal(bundleFile(entry), made, 'nothing changed: the same bundle');
  assert.equal(statSync(made).mtimeMs, madeAt, 'and it was not written again');

  // An imported file, not only the entry, makes a new bundle when it changes.
  writeFileSync(part, "export const value: string = 'second, and longer';\n");
  const remade = bundleFile(entry);
  assert.notEqual(remade, made);
  assert.match(readFileSync(remade, 'utf8'), /"second, and longer"/);
});
