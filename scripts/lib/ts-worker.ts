// A worker thread running one of these TypeScript scripts (which tells itself apart by
// isMainThread). The script is bundled once per process by esbuild into plain JavaScript, kept
// under node_modules/.cache so that its package imports resolve as the script's own do: a
// worker that registered tsx instead compiled every module again through the loader, which took
// longer than analysing a few thousand drafts.
import { buildSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CACHE = `${ROOT}node_modules/.cache/givefirst-workers`;
const bundles = new Map<string, URL>();

function bundle(module: string): URL {
  let url = bundles.get(module);
  if (!url) {
    const built = buildSync({
      entryPoints: [fileURLToPath(module)], bundle: true, format: 'esm', platform: 'node', packages: 'external',
      write: false, logLevel: 'error', absWorkingDir: ROOT,
    });
    const code = built.outputFiles[0]!.contents;
    // Named by its content and moved into place whole: two runs at once never read a half-written file.
    const file = `${CACHE}/${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`;
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(`${file}.${process.pid}`, code);
    renameSync(`${file}.${process.pid}`, file);
    url = pathToFileURL(file);
    bundles.set(module, url);
  }
  return url;
}

export function tsWorker(module: string | URL, workerData: unknown): Worker {
  return new Worker(bundle(String(module)), { workerData });
}
