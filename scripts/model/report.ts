// Figures for people: what eval prints and the weights' header records.
import { measure, type Labelled, type Metrics } from '../../src/core/analysis/metrics.ts';
import { KINDS, type Kind } from '../../src/core/types.ts';
import type { Judged } from './evaluate.ts';

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

export function line(title: string, m: Metrics): string {
  const ff = m.falseFlags;
  const mixed = KINDS.reduce((n, k) => n + m.confusion[k].mixed, 0);
  return `${title.padEnd(28)} n=${String(m.n).padStart(4)}  F1 ${m.f1.toFixed(3)}  P ${m.precision.toFixed(3)}  R ${m.recall.toFixed(3)}` +
    `  flagged: giving ${pct(ff.giving.rate)}, neutral ${pct(ff.neutral.rate)}, mixed ${pct(ff.mixed.rate)}` +
    (mixed ? `  mixed counted mixed ${pct(m.confusion.mixed.mixed / mixed)}` : '');
}

const labelled = (rows: Judged[]): Labelled[] => rows.map((j) => ({ id: j.row.id, label: j.label, flag: j.flag, kind: j.kind }));

export function groupBy(rows: Judged[], key: (j: Judged) => string): Map<string, Judged[]> {
  const groups = new Map<string, Judged[]>();
  for (const j of rows) {
    const k = key(j);
    groups.set(k, [...(groups.get(k) ?? []), j]);
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

/** The English files written for the corpus, whose average the targets are set on. */
export const ENGLISH_FILES = ['corpus/facebook-instagram.jsonl', 'corpus/linkedin.jsonl', 'corpus/reddit-forums.jsonl',
  'corpus/short-form.jsonl', 'corpus/youtube-medium.jsonl'];

/** Averages over the five English corpus files of each file's own figures. */
export function englishAverage(rows: Judged[]): string {
  const per = ENGLISH_FILES.map((f) => measure(labelled(rows.filter((j) => j.row.file === f)))).filter((m) => m.n > 0);
  const mean = (f: (m: Metrics) => number): number => per.reduce((s, m) => s + f(m), 0) / Math.max(1, per.length);
  const mixedShare = (m: Metrics): number => {
    const mixed = KINDS.reduce((n, k) => n + m.confusion[k].mixed, 0);
    return mixed ? m.confusion.mixed.mixed / mixed : 0;
  };
  return `English files, mean of ${per.length}: F1 ${mean((m) => m.f1).toFixed(3)}, flagged giving ${pct(mean((m) => m.falseFlags.giving.rate))}, ` +
    `neutral ${pct(mean((m) => m.falseFlags.neutral.rate))}, mixed ${pct(mean((m) => m.falseFlags.mixed.rate))}; mixed counted mixed ${pct(mean(mixedShare))}`;
}

/** The figures the weights' module records, for the quality test to hold the model to. */
export interface Figures {
  n: number;
  f1: number;
  precision: number;
  recall: number;
  /** Share of each label flagged. */
  flagged: { giving: number; neutral: number; mixed: number };
  /** Share of mixed drafts counted as mixed. */
  mixedCounted: number;
}

function figuresOf(m: Metrics): Figures {
  const mixed = KINDS.reduce((n, k) => n + m.confusion[k].mixed, 0);
  const r = (x: number): number => Math.round(x * 1000) / 1000;
  return {
    n: m.n, f1: r(m.f1), precision: r(m.precision), recall: r(m.recall),
    flagged: { giving: r(m.falseFlags.giving.rate), neutral: r(m.falseFlags.neutral.rate), mixed: r(m.falseFlags.mixed.rate) },
    mixedCounted: r(mixed ? m.confusion.mixed.mixed / mixed : 0),
  };
}

export function figures(rows: Judged[]): { files: Record<string, Figures>; all: Figures } {
  const files: Record<string, Figures> = {};
  for (const [file, list] of groupBy(rows, (j) => j.row.file)) files[file] = figuresOf(measure(labelled(list)));
  return { files, all: figuresOf(measure(labelled(rows))) };
}

export function summary(rows: Judged[]): string[] {
  const byFile = groupBy(rows, (j) => j.row.file);
  return [
    englishAverage(rows),
    ...[...byFile].map(([file, list]) => line(file, measure(labelled(list)))),
    line('all files', measure(labelled(rows))),
  ];
}

export function report(rows: Judged[], title: string): string[] {
  const out = [title, englishAverage(rows), ''];
  const all = measure(labelled(rows));
  out.push(line('all', all));
  for (const [name, key] of [['file', (j: Judged) => j.row.file], ['language', (j: Judged) => j.row.lang ?? j.language],
    ['site', (j: Judged) => j.row.site ?? '?']] as const) {
    out.push('', `by ${name}:`);
    for (const [k, list] of groupBy(rows, key)) out.push(line(k, measure(labelled(list))));
  }
  out.push('', 'kinds (rows: kind given, columns: label)', '             ' + KINDS.map((k) => k.padStart(12)).join(''));
  for (const kind of KINDS) out.push(kind.padEnd(13) + KINDS.map((l: Kind) => String(all.confusion[kind][l]).padStart(12)).join(''));
  return out;
}
