// The shipped model on tests/probe/: drafts it was never trained, calibrated or tuned on, each
// in a group (ordinary tweets, spam under videos, ...). How many of each group the hint flags at
// the default sensitivity, through the same analyze() the extension runs.
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/core/analysis/analyze.ts';
import { loadRows } from './data.ts';

export const PROBE_DIR = fileURLToPath(new URL('../../tests/probe/', import.meta.url));

export function probeReport(): string[] {
  const groups = new Map<string, { drafts: number; flagged: number; promotional: number; caught: number }>();
  for (const row of loadRows(PROBE_DIR)) {
    const group = row.group ?? row.file;
    const g = groups.get(group) ?? { drafts: 0, flagged: 0, promotional: 0, caught: 0 };
    const { flag } = analyze(row.text, { site: row.site, context: row.context });
    g.drafts++;
    if (flag) g.flagged++;
    if (row.label === 'promotional') {
      g.promotional++;
      if (flag) g.caught++;
    }
    groups.set(group, g);
  }
  const lines = ['', 'The shipped model on tests/probe/ (never trained or tuned on), default sensitivity:'];
  for (const [group, g] of groups) {
    const pitches = g.promotional > 0 ? `, ${g.caught} of its ${g.promotional} purely promotional` : '';
    lines.push(`  ${group.padEnd(18)} ${String(g.flagged).padStart(3)} of ${String(g.drafts).padStart(3)} flagged (${(100 * g.flagged / g.drafts).toFixed(1)}%)${pitches}`);
  }
  return lines;
}
