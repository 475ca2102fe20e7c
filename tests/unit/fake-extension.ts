// A stand-in for the extension API the settings and the background use, for Node tests:
// storage areas that answer a turn later (so racing writers really interleave), can be made
// to fail, and report changes as the browser does.
type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

export interface FakeArea {
  data: Record<string, unknown>;
  /** When set, every call throws this message. */
  fail: string | null;
  /** Resolves after the next successful `set`. */
  nextSet(): Promise<void>;
}

const listeners = new Set<Listener>();
const turn = () => new Promise((resolve) => setImmediate(resolve));

function area(name: string): FakeArea & Record<'get' | 'set' | 'remove', (arg: never) => Promise<unknown>> {
  let waiting: (() => void)[] = [];
  const a = {
    data: {} as Record<string, unknown>,
    fail: null as string | null,
    nextSet: () => new Promise<void>((resolve) => waiting.push(resolve)),
    async get(keys: string | string[]) {
      await turn();
      if (a.fail) throw new Error(a.fail);
      return Object.fromEntries([keys].flat().filter((k) => k in a.data).map((k) => [k, structuredClone(a.data[k])]));
    },
    async set(items: Record<string, unknown>) {
      await turn();
      if (a.fail) throw new Error(a.fail);
      const changes = Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { oldValue: a.data[k], newValue: v }]));
      Object.assign(a.data, structuredClone(items));
      for (const l of listeners) l(changes, name);
      const done = waiting;
      waiting = [];
      for (const resolve of done) resolve();
    },
    async remove(keys: string | string[]) {
      await turn();
      for (const k of [keys].flat()) delete a.data[k];
    },
  };
  return a;
}

export const sync = area('sync');
export const local = area('local');
export const opened: string[] = [];

Object.assign(globalThis, {
  __BROWSER__: 'chrome',
  chrome: {
    storage: {
      sync,
      local,
      onChanged: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) },
    },
    runtime: {
      id: 'givefirstid',
      getURL: (path: string) => `chrome-extension://givefirstid/${path}`,
      getManifest: () => ({ version: '0.1.0' }),
      openOptionsPage: async () => void opened.push('options'),
    },
  },
});

/** Empties both areas, telling listeners as the browser would. */
export function resetStorage(): void {
  for (const [name, a] of [['sync', sync], ['local', local]] as const) {
    const changes = Object.fromEntries(Object.entries(a.data).map(([k, v]) => [k, { oldValue: v }]));
    a.data = {};
    a.fail = null;
    for (const l of listeners) l(changes, name);
  }
}
