// How the source files depend on each other: no import cycles anywhere (type-only imports
// count too: they tie two files' meanings together just the same), core imports only core,
// the background is imported only by itself, and only the background writes to storage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const DIRS = ['src', 'popup'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

// `import … from '…'`, `import '…'`, `export … from '…'`, over several lines too; not import().
const IMPORT = /^\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

/** Each file (relative to the root) and the files it imports. */
function graph(): Map<string, string[]> {
  const files = DIRS.flatMap((d) => sources(join(ROOT, d)));
  const edges = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const targets: string[] = [];
    for (const match of text.matchAll(IMPORT)) {
      const spec = match[1]!;
      if (!spec.startsWith('.')) continue; // packages
      const target = resolve(dirname(file), spec);
      assert.ok(existsSync(target), `${relative(ROOT, file)} imports ${spec}, which does not exist`);
      targets.push(relative(ROOT, target));
    }
    edges.set(relative(ROOT, file), targets);
  }
  return edges;
}

/** The first cycle found, as a path that ends where it starts, or null. */
export function findCycle(edges: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string): string[] | null => {
    if (state.get(file) === 'done') return null;
    if (state.get(file) === 'open') return [...path.slice(path.indexOf(file)), file];
    state.set(file, 'open');
    path.push(file);
    for (const next of edges.get(file) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(file, 'done');
    return null;
  };
  for (const file of edges.keys()) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return null;
}

/** Imports left out of the cycle check, each with why (none today: keep it that way). */
const ALLOWED = new Set<string>();

const edges = graph();
const checked = new Map([...edges].map(([file, targets]) => [file, targets.filter((t) => !ALLOWED.has(`${file} -> ${t}`))]));

test('the walk sees the imports (a file known to import others has them)', () => {
  assert.ok(edges.size > 50, `${edges.size} files`);
  assert.ok(edges.get('src/background/handlers.ts')?.includes('src/core/settings.ts'));
});

test('no import cycles anywhere in src/ or popup/', () => {
  const cycle = findCycle(checked);
  assert.equal(cycle, null, `import cycle: ${cycle?.join(' -> ')}`);
  for (const edge of ALLOWED) {
    const [file, target] = edge.split(' -> ') as [string, string];
    assert.ok(edges.get(file)?.includes(target), `${edge} is gone: remove it from ALLOWED`);
  }
});

test('the cycle finder finds a cycle', () => {
  const made = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]);
  assert.deepEqual(findCycle(made), ['a', 'b', 'c', 'a']);
});

test('core imports only core; the background only from itself', () => {
  for (const [file, targets] of edges) {
    for (const target of targets) {
      if (file.startsWith('src/core/')) assert.ok(target.startsWith('src/core/'), `${file} imports ${target}: core is pure`);
      if (target.startsWith('src/background/')) assert.ok(file.startsWith('src/background/'), `${file} imports ${target}: only the background writes the ledger and the settings`);
    }
  }
});

test('only the background writes to extension storage', () => {
  for (const file of edges.keys()) {
    if (file.startsWith('src/background/')) continue;
    const text = readFileSync(join(ROOT, file), 'utf8');
    assert.doesNotMatch(text, /storage\.(sync|local|session)\.(set|remove|clear)\b/, `${file} writes to storage`);
  }
});
