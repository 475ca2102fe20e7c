// The analysis' command-line twin, for measuring it on labelled data:
//   npm run --silent analyze [-- --sensitivity N --own example.com,@handle,Brand]
// reads JSON lines {"text", "site"?, "context"?} on stdin and writes, in order, one JSON line
// per input with kind, score, flag, reasons, suggestion and language, and nothing else on
// stdout. A malformed line gets an error on stderr naming its line number and {"error": ...} in
// its place. Large inputs are analysed in batches on every core (worker threads), and written
// in input order, one write per batch.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, workerData, type Worker } from 'node:worker_threads';
import type { AnalyzeInput, analyze } from '../src/core/analysis/analyze.ts';
import { CONTEXTS, type Context } from '../src/core/types.ts';
import { tsWorker } from './lib/ts-worker.ts';

type Settings = NonNullable<AnalyzeInput['settings']>;
type Analyze = typeof analyze;

/**
 * The analysis is loaded where it runs: a large input never runs it on the main thread, which
 * then starts reading at once instead of first compiling and loading the analysis itself.
 */
const loadAnalysis = async (): Promise<Analyze> => (await import('../src/core/analysis/analyze.ts')).analyze;

/**
 * Bytes per batch (a few hundred drafts), and batches read ahead of the writer (so a huge input
 * does not fill memory). Batches are raw bytes cut at a line break: the main thread only finds
 * the cut and counts the lines, and the workers decode and split them, so reading the input
 * takes little from the threads that analyse it.
 */
const BATCH_BYTES = 1 << 17;
const AHEAD = 8;

/** Line breaks: \n, \r\n or a lone \r, as Node's readline counts them. */
const LINE_BREAK = /\r\n|\n|\r/;

function linesOf(bytes: Uint8Array): string[] {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  // Splitting at one character is much cheaper than at a pattern, and most inputs have no \r.
  return text.includes('\r') ? text.split(LINE_BREAK) : text.split('\n');
}

/** How many line breaks `bytes` holds (LINE_BREAK's count), without decoding it. */
function lineBreaks(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) n++;
  for (let i = bytes.indexOf(13); i >= 0; i = bytes.indexOf(13, i + 1)) if (bytes[i + 1] !== 10) n++;
  return n;
}

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
  // No --own: none at all, rather than three empty lists the analysis would read for every draft.
  const owned = own.domains.length + own.handles.length + own.brands.length > 0 ? { own } : {};
  return sensitivity === undefined ? owned : { sensitivity, ...owned };
}

interface Done {
  out: string;
  errors: string;
}

/** The verdicts of `lines` (numbered from `first`), as the text to write to stdout and stderr. */
function verdicts(analyze: Analyze, lines: string[], first: number, settings: Settings): Done {
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
  const dispatch = async (bytes: Uint8Array, first: number, last: boolean): Promise<void> => {
    const batch = sent++;
    // An input of one batch runs here: it never waits for a worker to start. A larger one runs
    // on the workers only, so no third thread warms up its own copy of the analysis.
    if (batch === 0 && last) {
      done.set(batch, verdicts(await loadAnalysis(), linesOf(bytes), first, settings));
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
        // Two batches per worker at a time: the next is already waiting when one is done, so a
        // worker never idles while its verdicts travel to this thread and a new batch comes back.
        idle.push(worker, worker);
      }
    }
    while (idle.length === 0 || batch - next >= AHEAD) await new Promise<void>((wake) => waiting.push(wake));
    idle.pop()!.postMessage({ batch, bytes, first });
  };
  // The bytes read since the last cut. A cut is made only in the chunk just read, so a very long
  // line is never copied again and again while it arrives.
  let pending: Buffer[] = [];
  let size = 0;
  let first = 1;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    const cut = chunk.lastIndexOf(10) + 1;
    if (cut === 0 || size + cut < BATCH_BYTES) {
      pending.push(chunk);
      size += chunk.length;
      continue;
    }
    pending.push(chunk.subarray(0, cut));
    const bytes = Buffer.concat(pending, size + cut);
    pending = [chunk.subarray(cut)];
    size = chunk.length - cut;
    await dispatch(bytes, first, false);
    first += lineBreaks(bytes);
  }
  if (size > 0) await dispatch(Buffer.concat(pending, size), first, true);
  while (next < sent) await new Promise<void>((wake) => waiting.push(wake));
  await Promise.all(workers.map((w) => w.terminate()));
}

if (isMainThread) await main();
else {
  const settings = workerData as Settings;
  const analyze = await loadAnalysis();
  parentPort!.on('message', ({ batch, bytes, first }: { batch: number; bytes: Uint8Array; first: number }) => {
    parentPort!.postMessage({ batch, ...verdicts(analyze, linesOf(bytes), first, settings) });
  });
}
