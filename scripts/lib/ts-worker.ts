// A worker thread running one of these TypeScript scripts: loader hooks are per thread, so the
// worker registers tsx before importing the module (which tells itself apart by isMainThread).
import { Worker } from 'node:worker_threads';

export function tsWorker(module: string | URL, workerData: unknown): Worker {
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(String(module))}); });`;
  return new Worker(boot, { eval: true, workerData });
}
