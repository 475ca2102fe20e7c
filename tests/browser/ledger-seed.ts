// Ledger entries for browser tests, screenshots and the popup bench, and a way to load them
// through the worker's own import path (validated, one transaction per chunk).
import type { Entry, Kind } from '../../src/core/types.ts';
import { makeBackup } from '../../src/core/backup.ts';
import { sendFromPage, type Surface } from './driver.ts';

const SITES = ['x', 'linkedin', 'mastodon', 'reddit', 'bluesky', 'hackernews'];
const SNIPPETS: Record<Kind, string[]> = {
  giving: [
    'If your CORS preflight fails, check that the server answers OPTIONS with the same headers as GET.',
    'Three things I wish I knew before my first on-call shift: write down every command you run, …',
    'Huge thanks to @maria for the review that caught the race in our retry loop. Here is what she saw.',
    'Answering the question from yesterday: use EXPLAIN ANALYZE before adding an index, not after.',
    'A small checklist for accessible forms: labels, visible focus, errors announced, no placeholder-only fields.',
    'Shared our incident notes from last week so others can avoid the same DNS mistake.',
    'Great question! The short answer: debounce input, then analyse; never block the keystroke.',
  ],
  mixed: ['How we cut our build from 9 to 2 minutes (caching, split tests, one slow linter) — full write-up on my blog.', 'Five lessons from shipping our first extension; the longer story is in my newsletter.'],
  promotional: ['My course launches today! 30% off this week only, link in bio.'],
  neutral: ['Congrats, well deserved!'],
};

/** A repeatable mix: mostly giving, some mixed, a few promotions, spread back in time. */
export function seedEntries(count: number, now: number, spanDays: number): Entry[] {
  const kinds: Kind[] = ['giving', 'giving', 'giving', 'mixed', 'giving', 'promotional', 'neutral', 'giving', 'promotional', 'giving'];
  let seed = 7;
  const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
  return Array.from({ length: count }, (_, i) => {
    const kind = kinds[i % kinds.length]!;
    const list = SNIPPETS[kind];
    return {
      id: `seed-${i}`,
      time: Math.floor(now - 60_000 - random() * spanDays * 86_400_000),
      site: SITES[i % SITES.length]!,
      context: i % 3 ? 'post' : 'reply',
      kind,
      score: kind === 'promotional' ? 0.8 : 0.2,
      reasons: [],
      language: 'en',
      fingerprint: [i % 97, i % 89],
      snippet: list[i % list.length]!,
    } satisfies Entry;
  });
}

/** Imports entries through `data:import` from an extension page, in chunks. */
export async function loadEntries(page: Pick<Surface, 'evaluate'>, entries: Entry[], chunk = 10_000): Promise<void> {
  for (let i = 0; i < entries.length; i += chunk) {
    const reply = (await sendFromPage(page, { kind: 'data:import', data: makeBackup(entries.slice(i, i + chunk), undefined, Date.now()) })) as { ok: boolean; error?: unknown };
    if (!reply.ok) throw new Error(`seeding failed: ${JSON.stringify(reply.error)}`);
  }
}
