// The analysis (lexicons for five languages) is most of GiveFirst's code, and most page views
// never open a compose box. So the content script stays small and fetches the analysis, with
// the hint that shows it (on-demand.ts), from the extension's own files the first time a
// compose box is focused.
import type * as OnDemand from './on-demand.ts';
import { api } from '../platform/api.ts';

export type AnalysisModule = typeof OnDemand;

let loaded: AnalysisModule | null = null;
let loading: Promise<AnalysisModule> | null = null;

/** The analysis if it is already here, so the typing path never waits. */
export function analysisNow(): AnalysisModule | null {
  return loaded;
}

/** Pages get the per-session URL of a web-accessible file; GiveFirst's own pages (the demo) the plain one. */
function analysisUrl(): string {
  return location.protocol.endsWith('-extension:') ? '/analysis.js' : api.runtime.getURL('analysis.js');
}

export function loadAnalysis(): Promise<AnalysisModule> {
  loading ??= (import(analysisUrl()) as Promise<AnalysisModule>).then((module) => (loaded = module));
  return loading;
}
