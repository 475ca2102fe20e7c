// What a page's main thread spent its time on while a test step ran, from Chromium's sampling
// profiler (CDP): GiveFirst's own scripts apart from the browser's work (layout, style) and the
// page's. A slow machine stretches every part alike; a freeze of GiveFirst's making shows as its
// own share, which a wall-clock timeout cannot tell from a slow layout.
import type { Page } from 'playwright-core';

export interface MainThreadTime {
  /** Samples in a stack that holds one of the extension's scripts (its forced layouts included). */
  ownMs: number;
  /** Everything that was not idle: GiveFirst, the page's scripts, layout, style, paint, GC. */
  busyMs: number;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  /** Microseconds between one sample and the one before it. */
  timeDeltas: number[];
}

/** Runs `work` with the page's main thread sampled every millisecond. */
export async function measureMainThread<T>(page: Page, work: () => Promise<T>): Promise<MainThreadTime & { result: T }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  let profile: Profile | undefined;
  try {
    const result = await work();
    ({ profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile });
    return { result, ...split(profile) };
  } finally {
    if (!profile) await cdp.send('Profiler.stop').catch(() => undefined);
    await cdp.detach().catch(() => undefined);
  }
}

function split(profile: Profile): MainThreadTime {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    let known = ours.get(id);
    if (known === undefined) {
      const up = parent.get(id);
      known = nodes.get(id)!.callFrame.url.includes('-extension://') || (up !== undefined && isOurs(up));
      ours.set(id, known);
    }
    return known;
  };
  let ownUs = 0;
  let busyUs = 0;
  // A sample stands for the interval up to the next one.
  for (let i = 0; i < profile.samples.length - 1; i++) {
    const id = profile.samples[i]!;
    const us = profile.timeDeltas[i + 1]!;
    if (nodes.get(id)!.callFrame.functionName === '(idle)') continue;
    busyUs += us;
    if (isOurs(id)) ownUs += us;
  }
  return { ownMs: Math.round(ownUs / 1000), busyMs: Math.round(busyUs / 1000) };
}
