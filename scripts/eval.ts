// npm run eval [-- --cv] [--errors [--kinds] [--file NAME]] [--features charMin=3,charMax=4,...]
// Measures the analysis on drafts it was not trained or tuned on: leave-one-file-out (each file
// of tests/data, one writer each, judged by a model trained and calibrated on the others) and,
// with --cv, 5-fold cross-validation over all files. Prints F1, precision, recall, false flags
// per label, the kinds' confusion table, and rows per file, language and site. --errors lists
// the drafts each of them judged wrong (flag errors, and with --kinds kind errors too). --features tries other
// feature settings than the shipped ones (scripts/model/pipeline.ts), to compare them. Last, the
// shipped model on tests/probe/, drafts kept out of training and tuning altogether.
import { loadRows } from './model/data.ts';
import { prepare } from './model/examples.ts';
import { crossValidation, leaveOneFileOut, type Judged } from './model/evaluate.ts';
import { judgeAll } from './model/parallel.ts';
import { report } from './model/report.ts';
import { FEATURES } from './model/pipeline.ts';
import { probeReport } from './model/probe.ts';
import type { FeatureOptions } from '../src/core/analysis/features.ts';

const args = process.argv.slice(2);
const features: FeatureOptions = { ...FEATURES };
if (args.includes('--features')) {
  for (const pair of (args[args.indexOf('--features') + 1] ?? '').split(',')) {
    const [name, value] = pair.split('=');
    if (!name || !(name in features) || !Number.isFinite(Number(value))) throw new Error(`--features: ${pair}? (${Object.keys(features).join(', ')})`);
    features[name as keyof FeatureOptions] = Number(value);
  }
  console.log('features:', JSON.stringify(features));
}
const examples = prepare(loadRows(), features);
const buckets = 1 << features.bits;
const progress = (task: { name: string }): void => void process.stderr.write(`held out: ${task.name}\n`);

function errors(judged: Judged[]): void {
  const only = args.includes('--file') ? args[args.indexOf('--file') + 1] : undefined;
  console.log('\nwrong:');
  for (const j of judged) {
    if (only && !j.row.file.includes(only)) continue;
    const flagWrong = j.flag !== (j.label === 'promotional');
    if (!flagWrong && !(args.includes('--kinds') && j.kind !== j.label)) continue;
    console.log(`${j.row.id} ${j.label}->${j.kind} ${j.flag ? 'FLAG' : 'quiet'} ${j.score} [${j.row.site}/${j.row.context}] ${j.row.text.slice(0, 140).replace(/\n/g, ' ')}`);
  }
}

const lofo = await judgeAll(examples, leaveOneFileOut(examples), features, buckets, progress);
console.log(report(lofo, 'Leave one file out (the figure to watch), default sensitivity').join('\n'));
if (args.includes('--errors')) errors(lofo);
if (args.includes('--cv')) {
  const cv = await judgeAll(examples, crossValidation(examples), features, buckets, progress);
  console.log('\n' + report(cv, '5-fold cross-validation over all files, default sensitivity').join('\n'));
  if (args.includes('--errors')) errors(cv);
}
console.log(probeReport().join('\n'));
