// npm run eval [-- --holdout | --train] [--sensitivity N] [--errors]
// Measures the analysis on tests/data/drafts.jsonl: precision/recall/F1 of the flag against the
// 'promotional' label, false flags per other label and the kind x label confusion table,
// overall and per language. --holdout keeps only the fixed held-out fifth, --train the rest.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/core/analysis/analyze.ts';
import { isHoldout, measure, type Labelled, type Metrics } from '../src/core/analysis/metrics.ts';
import { KINDS, type Context, type Kind } from '../src/core/types.ts';

interface Row { id: string; text: string; label: Kind; site?: string; context?: Context }

const args = process.argv.slice(2);
const flagArg = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const sensitivity = Number(flagArg('--sensitivity') ?? 50);
const file = fileURLToPath(new URL('../tests/data/drafts.jsonl', import.meta.url));
let rows: Row[] = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
if (args.includes('--holdout')) rows = rows.filter((r) => isHoldout(r.id));
else if (args.includes('--train')) rows = rows.filter((r) => !isHoldout(r.id));

const results = rows.map((r) => {
  const a = analyze(r.text, { site: r.site, context: r.context, settings: { sensitivity } });
  return { row: r, a, labelled: { id: r.id, label: r.label, flag: a.flag, kind: a.kind } as Labelled };
});

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5) + '%';
function report(title: string, m: Metrics): void {
  const ff = m.falseFlags;
  console.log(`${title.padEnd(10)} n=${String(m.n).padStart(3)}  P ${pct(m.precision)}  R ${pct(m.recall)}  F1 ${m.f1.toFixed(3)}` +
    `  false flags: giving ${ff.giving.flagged}/${ff.giving.total} ${pct(ff.giving.rate)}, neutral ${ff.neutral.flagged}/${ff.neutral.total} ${pct(ff.neutral.rate)}, mixed ${ff.mixed.flagged}/${ff.mixed.total} ${pct(ff.mixed.rate)}`);
}

const scope = args.includes('--holdout') ? ' (held-out fifth)' : args.includes('--train') ? ' (design four-fifths)' : '';
console.log(`GiveFirst analysis eval, sensitivity ${sensitivity}${scope}\n`);
const overall = measure(results.map((r) => r.labelled));
report('overall', overall);
const byLanguage = new Map<string, Labelled[]>();
for (const r of results) {
  const list = byLanguage.get(r.a.language) ?? [];
  list.push(r.labelled);
  byLanguage.set(r.a.language, list);
}
for (const [lang, list] of [...byLanguage].sort()) report(lang, measure(list));

console.log('\nconfusion (rows: kind given, columns: label)');
console.log('             ' + KINDS.map((k) => k.padStart(12)).join(''));
for (const kind of KINDS) console.log(kind.padEnd(13) + KINDS.map((l) => String(overall.confusion[kind][l]).padStart(12)).join(''));

if (args.includes('--errors')) {
  console.log('\nflag errors:');
  for (const { row, a } of results) {
    if (a.flag === (row.label === 'promotional') && !args.includes('--kinds')) continue;
    if (args.includes('--kinds') && a.kind === row.label) continue;
    console.log(`${row.id} ${row.label}->${a.kind} ${a.flag ? 'FLAG' : 'quiet'} ${a.score} [${row.context}] ${row.text.slice(0, 110).replace(/\n/g, ' ')}`);
    console.log('    ' + a.reasons.map((x) => `${x.signal}:${x.weight}:"${x.text.slice(0, 30)}"`).join(' | '));
  }
}
