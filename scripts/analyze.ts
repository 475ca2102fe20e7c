// The analysis' command-line twin, for measuring the heuristic on labelled data:
//   npm run --silent analyze [-- --sensitivity N --own example.com,@handle,Brand]
// reads JSON lines {"text", "site"?, "context"?} on stdin and writes, in order, one JSON line
// per input with kind, score, flag, reasons and language, and nothing else on stdout.
// A malformed line gets an error on stderr naming its line number and {"error": ...} in place.
import { createInterface } from 'node:readline';
import { analyze } from '../src/core/analysis/analyze.ts';
import { CONTEXTS, type Context } from '../src/core/types.ts';

function parseArgs(argv: string[]): { sensitivity?: number; own: { domains: string[]; handles: string[]; brands: string[] } } {
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

const { sensitivity, own } = parseArgs(process.argv.slice(2));
const settings = sensitivity === undefined ? { own } : { sensitivity, own };
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
let n = 0;
for await (const line of lines) {
  n++;
  if (!line.trim()) continue;
  let out: unknown;
  try {
    const input = JSON.parse(line) as unknown;
    if (typeof input !== 'object' || input === null || typeof (input as { text?: unknown }).text !== 'string') {
      throw new Error('expected an object with a string "text"');
    }
    const { text, site, context } = input as { text: string; site?: unknown; context?: unknown };
    const ctx = CONTEXTS.includes(context as Context) ? (context as Context) : undefined;
    const a = analyze(text, { site: typeof site === 'string' ? site : undefined, context: ctx, settings });
    out = { kind: a.kind, score: a.score, flag: a.flag, reasons: a.reasons, language: a.language };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`line ${n}: ${message}\n`);
    out = { error: `line ${n}: ${message}` };
  }
  process.stdout.write(JSON.stringify(out) + '\n');
}
