// The analysis' command-line twin, for measuring it on labelled data:
//   npm run --silent analyze [-- --sensitivity N --own example.com,@handle,Brand]
// reads JSON lines {"text", "site"?, "context"?} on stdin and writes, in order, one JSON line
// per input with kind, score, flag, reasons, suggestion and language, and nothing else on
// stdout. A malformed line gets an error on stderr naming its line number and {"error": ...} in
// its place. Large inputs are analysed in batches on every core (worker threads), and written
// in input order, one write per batch.
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import { isMainThread, parentPort, workerData, type Worker } from 'node:worker_threads';
import { analyze, type AnalyzeInput } from '../src/core/analysis/analyze.ts';
import { CONTEXTS, type Context } from '../src/core/types.ts';
import { tsWorker } from './lib/ts-worker.ts';

type Settings = NonNullable<AnalyzeInput['settings']>;

/** Lines per batch, and batches read ahead of the writer (so a huge input does not fill memory). */
const BATCH = 1000;
const AHEAD = 8;

function parseArgs(argv: string[]): Settings {
  const own = { domains: [] as string[], handles: [] as string[], brands: [] as string[] };
  let sensitivity: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => inline ?? argv[++i] ?? '';
    if (name === '--sensitivity') {
      const n = Number(value());
      if (!Number.isFinite(n) || n < 0 || n > 100) {
        process.stderr.write('--sensitivity must be a number from 0 to 100\n');
        process.exit(2);
      }
      sensitivity = n;
    } else if (name === '--own') {
      for (const item of value().split(',').map((s) => s.trim()).filter(Boolean)) {
        // "@name" is a handle, "name.tld" a domain, anything else a brand.
        if (item.startsWith('@')) own.handles.push(item.slice(1));
        else if (item.includes('.')) own.domains.push(item.toLowerCase());
        else own.brands.push(item);
      }
    } else {
      process.stderr.write(`unknown option ${arg}\n`);
      process.exit(2);
    }
  }
  return sensitivity === undefined ? { own } : { sensitivity, own };
}

interface Done {
  out: string;
  errors: string;
}

/** The verdicts of `lines` (numbered from `first`), as the text to write to stdout and stderr. */
function verdicts(lines: string[], first: number, settings: Settings): Done {
  let out = '';
  let errors = '';
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const n = first + i;
    try {
      const input = JSON.parse(line) as unknown;
      if (typeof input !== 'object' || input === null || typeof (input as { text?: unknown }).text !== 'string') {
        throw new Error('expected an object with a string "text"');
      }
      const { text, site, context } = input as { text: string; site?: unknown; context?: unknown };
      const ctx = CONTEXTS.includes(context as Context) ? (context as Context) : undefined;
      const a = analyze(text, { site: typeof site === 'string' ? site : undefined, context: ctx, settings });
      out += JSON.stringify({ kind: a.kind, score: a.score, flag: a.flag, reasons: a.reasons, suggestion: a.suggestion, language: a.language }) + '\n';
    } catch (err) {
      const message = `line ${n}: ${err instanceof Error ? err.message : String(err)}`;
      errors += message + '\n';
      out += JSON.stringify({ error: message }) + '\n';
    }
  });
  return { out, errors };
}

async function main(): Promise<void> {
  const settings = parseArgs(process.argv.slice(2));
  const workers: Worker[] = [];
  const idle: Worker[] = [];
  const done = new Map<number, Done>();
  const waiting: Array<() => void> = [];
  let next = 0; // the next batch to write
  let sent = 0;
  const write = (): void => {
    for (let d = done.get(next); d; d = done.get(next)) {
      if (d.errors) process.stderr.write(d.errors);
      process.stdout.write(d.out);
      done.delete(next++);
    }
    for (const wake of waiting.splice(0)) wake();
  };
  const dispatch = async (lines: string[], first: number, last: boolean): Promise<void> => {
    const batch = sent++;
    // An input of one batch runs here: it never waits for a worker to start. A larger one runs
    // on the workers only, so no third thread warms up its own copy of the analysis.
    if (batch === 0 && last) {
      done.set(batch, verdicts(lines, first, settings));
      write();
      return;
    }
    if (workers.length === 0) {
      for (let i = 0; i < Math.max(1, availableParallelism()); i++) {
        const worker = tsWorker(import.meta.url, settings);
        worker.on('message', ({ batch: b, ...result }: Done & { batch: number }) => {
          done.set(b, result);
          idle.push(worker);
          write();
        });
        worker.on('error', (err) => {
          process.stderr.write(`analysis worker failed: ${err.message}\n`);
          process.exit(1);
        });
        workers.push(worker);
        idle.push(worker);
      }
    }
    while (idle.length === 0 || batch - next >= AHEAD) await new Promise<void>((wake) => waiting.push(wake));
    idle.pop()!.postMessage({ batch, lines, first });
  };
  let lines: string[] = [];
  let n = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lines.push(line);
    n++;
    if (lines.length === BATCH) {
      await dispatch(lines, n - BATCH + 1, false);
      lines = [];
    }
  }
  if (lines.length) await dispatch(lines, n - lines.length + 1, true);
  while (next < sent) await new Promise<void>((wake) => waiting.push(wake));
  await Promise.all(workers.map((w) => w.terminate()));
}

if (isMainThread) await main();
else {
  const settings = workerData as Settings;
  parentPort!.on('message', ({ batch, lines, first }: { batch: number; lines: string[]; first: number }) => {
    parentPort!.postMessage({ batch, ...verdicts(lines, first, settings) });
  });
}
