// The part of the content script a page loads only when someone writes in a compose box: the
// analysis (its five lexicons are most of GiveFirst's code) and the hint that shows its verdict.
// Built as analysis.js and loaded by analysis-loader.ts; pages where nobody writes never load it.
export * from '../core/analysis/analyze.ts';
export { Hint } from './hint.ts';
export { balanceLine } from './balance-line.ts';
