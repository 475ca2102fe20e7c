// Runs held-out judgements (each: train without some drafts, judge them) on every core: each
// task is deterministic on its own, so the figures do not depend on which worker ran what.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { tsWorker } from '../lib/ts-worker.ts';
import { judge, type Judged, type Task } from './evaluate.ts';
import type { Prepared } from './examples.ts';
import type { FeatureOptions } from '../../src/core/analysis/features.ts';

interface Job {
  examples: Prepared[];
  features: FeatureOptions;
  buckets: number;
}

type Reply = { task: number; judged: Judged[] };

export async function judgeAll(examples: Prepared[], tasks: Task[], features: FeatureOptions, buckets: number,
  onStart?: (task: Task) => void): Promise<Judged[]> {
  const results: Judged[][] = new Array(tasks.length);
  const workers = Math.max(1, Math.min(tasks.length, availableParallelism()));
  let next = 0;
  await Promise.all(Array.from({ length: workers }, () => new Promise<void>((resolve, reject) => {
    const worker = tsWorker(import.meta.url, { examples, features, buckets } satisfies Job);
    const give = (): void => {
      if (next >= tasks.length) {
        void worker.terminate().then(() => resolve());
        return;
      }
      onStart?.(tasks[next]!);
      worker.postMessage({ task: next, held: tasks[next]!.held });
      next++;
    };
    worker.on('message', (reply: Reply) => {
      results[reply.task] = reply.judged;
      give();
    });
    worker.on('error', reject);
    give();
  })));
  return results.flat();
}

if (!isMainThread && parentPort) {
  const job = workerData as Job;
  const port = parentPort;
  port.on('message', ({ task, held }: { task: number; held: number[] }) => {
    const out = new Set(held);
    port.postMessage({ task, judged: judge(job.examples, (_, i) => out.has(i), job.features, job.buckets) } satisfies Reply);
  });
}
