// A worker thread running one of these TypeScript scripts (which tells itself apart by
// isMainThread). The script is bundled by esbuild into plain JavaScript, kept under
// node_modules/.cache so that its package imports resolve as the script's own do: a worker that
// registered tsx instead compiled every module again through the loader, which took longer than
// analysing a few thousand drafts; for the same reason a worker starts without the parent's
// `--import tsx` (a few hundred milliseconds per worker). The bundle is made again only when one
// of its source files changed (their sizes and times are kept beside it): bundling took a tenth
// of a second at every start, while the workers waited. A bundle that no record names any more is
// removed once it is an hour old, when a new one is made. esbuild itself is loaded only to make
// a bundle: loading it took 30 ms of every start, and of every worker, whose bundle imports this
// file too.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CACHE = `${ROOT}node_modules/.cache/givefirst-workers`;
const bundles = new Map<string, URL>();

/** Each source file of a bundle with its size and modification time, as `stamp` gives them. */
type Sources = Record<string, string>;

function stamp(file: string): string {
  try {
    const { size, mtimeMs } = statSync(file);
    return `${size}:${mtimeMs}`;
  } catch {
    return 'gone';
  }
}

/** Written whole under a temporary name, then moved into place: two runs at once never read a half-written file. */
function writeWhole(file: string, contents: string | Uint8Array): void {
  writeFileSync(`${file}.${process.pid}`, contents);
  renameSync(`${file}.${process.pid}`, file);
}

/** A record: the bundle it names and that bundle's sources; undefined if missing or half-written by another run. */
function readRecord(record: string): { file: string; sources: Sources } | undefined {
  try {
    return JSON.parse(readFileSync(record, 'utf8')) as { file: string; sources: Sources };
  } catch {
    return undefined;
  }
}

/** The bundle a record names, when none of its sources changed since it was made. */
function kept(record: string): string | undefined {
  const read = readRecord(record);
  if (!read || !existsSync(read.file)) return undefined;
  return Object.entries(read.sources).every(([source, was]) => stamp(source) === was) ? read.file : undefined;
}

/** A bundle no record names is left this long: another run may have written it and not yet its record. */
export const STALE_MS = 60 * 60 * 1000;

/** Removes the bundles no record names any more, once they are stale (each new bundle replaces one). */
function prune(): void {
  const named = new Set<string>();
  const files = readdirSync(CACHE);
  for (const name of files) {
    const file = name.endsWith('.json') ? readRecord(`${CACHE}/${name}`)?.file : undefined;
    if (file) named.add(file);
  }
  const now = Date.now();
  for (const name of files) {
    const file = `${CACHE}/${name}`;
    if (!name.endsWith('.mjs') || named.has(file)) continue;
    try {
      if (now - statSync(file).mtimeMs > STALE_MS) rmSync(file, { force: true });
    } catch {
      // Removed by another run meanwhile.
    }
  }
}

/** Where the sources of `entry`'s kept bundle are recorded. */
export const recordOf = (entry: string): string => `${CACHE}/${createHash('sha256').update(entry).digest('hex').slice(0, 16)}.json`;

/** The bundle of the script at `entry` (a path), made again only when one of its sources changed. */
export function bundleFile(entry: string): string {
  const record = recordOf(entry);
  const ready = kept(record);
  if (ready) return ready;
  const { buildSync } = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  const built = buildSync({
    entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', packages: 'external',
    write: false, metafile: true, logLevel: 'error', absWorkingDir: ROOT,
  });
  const code = built.outputFiles[0]!.contents;
  const file = `${CACHE}/${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`;
  mkdirSync(CACHE, { recursive: true });
  writeWhole(file, code);
  const sources: Sources = {};
  for (const input of Object.keys(built.metafile.inputs)) sources[ROOT + input] = stamp(ROOT + input);
  writeWhole(record, JSON.stringify({ file, sources }));
  prune();
  return file;
}

function bundle(module: string): URL {
  let url = bundles.get(module);
  if (!url) bundles.set(module, (url = pathToFileURL(bundleFile(fileURLToPath(module)))));
  return url;
}

export function tsWorker(module: string | URL, workerData: unknown): Worker {
  return new Worker(bundle(String(module)), { workerData, execArgv: [] });
}
