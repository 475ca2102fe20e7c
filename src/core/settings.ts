// Settings: the type, defaults, validation and versioned migrations. Pure, so the worker,
// pages and Node tests share one definition; storage lives in src/platform/settings-store.ts.
import { BUILT_IN_SITES, type SiteId } from './sites.ts';
import { LANGUAGES, type Language } from './types.ts';

export const SETTINGS_VERSION = 1;

export const HINT_STYLES = ['full', 'compact', 'silent'] as const;
export type HintStyle = (typeof HINT_STYLES)[number];

export const SENSITIVITY_PRESETS = { low: 25, medium: 50, high: 75 } as const;
/** Giving posts per promotion: 3:1 "give, give, give, ask", 4:1 the 80/20 rule, 9:1 Reddit's old 10%. */
export const TARGET_PRESETS = [3, 4, 9] as const;

export interface Settings {
  version: number;
  /** 0..100; higher flags more. */
  sensitivity: number;
  /** Giving posts that earn one promotion. */
  targetRatio: number;
  /** Built-in sites switched on or off. */
  sites: Record<SiteId, boolean>;
  /** Origins the user added (e.g. "https://forum.example.org"), run by the generic adapter. */
  customSites: string[];
  /** The user's own domains, handles and brand names: the strongest promotional signal. */
  own: { domains: string[]; handles: string[]; brands: string[] };
  hintStyle: HintStyle;
  keepSnippets: boolean;
  languages: Language[];
  /** 'rolling': the last 7 days; 'calendar': the week starting Monday. */
  week: 'rolling' | 'calendar';
}

export function defaultSettings(): Settings {
  const sites = Object.fromEntries(BUILT_IN_SITES.map((s) => [s.id, true])) as Record<SiteId, boolean>;
  return {
    version: SETTINGS_VERSION,
    sensitivity: SENSITIVITY_PRESETS.medium,
    targetRatio: 3,
    sites,
    customSites: [],
    own: { domains: [], handles: [], brands: [] },
    hintStyle: 'full',
    keepSnippets: true,
    languages: [...LANGUAGES],
    week: 'rolling',
  };
}

/** Each step takes a stored object of version N to N+1. */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 0 was the unversioned shape: `sensitivity` was a preset name.
  0: (old) => {
    const preset = old.sensitivity;
    const sensitivity =
      typeof preset === 'string' && preset in SENSITIVITY_PRESETS
        ? SENSITIVITY_PRESETS[preset as keyof typeof SENSITIVITY_PRESETS]
        : old.sensitivity;
    return { ...old, sensitivity, version: 1 };
  },
};

export function migrate(stored: unknown): Record<string, unknown> {
  let data: Record<string, unknown> = isRecord(stored) ? { ...stored } : {};
  let version = typeof data.version === 'number' ? data.version : 0;
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) break;
    data = step(data);
    version += 1;
  }
  return data;
}

/** Turns anything stored or imported into valid Settings, keeping every valid field. */
export function validateSettings(input: unknown): Settings {
  const data = migrate(input);
  const d = defaultSettings();
  const sites = { ...d.sites };
  if (isRecord(data.sites)) {
    for (const id of Object.keys(sites) as SiteId[]) {
      if (typeof data.sites[id] === 'boolean') sites[id] = data.sites[id] as boolean;
    }
  }
  const own = isRecord(data.own) ? data.own : {};
  return {
    version: SETTINGS_VERSION,
    sensitivity: clampNumber(data.sensitivity, 0, 100, d.sensitivity),
    targetRatio: clampNumber(data.targetRatio, 1, 20, d.targetRatio),
    sites,
    customSites: stringList(data.customSites, 50).filter(isOrigin),
    own: {
      domains: stringList(own.domains, 50).map(normalizeDomain).filter(Boolean),
      handles: stringList(own.handles, 50),
      brands: stringList(own.brands, 50),
    },
    hintStyle: HINT_STYLES.includes(data.hintStyle as HintStyle) ? (data.hintStyle as HintStyle) : d.hintStyle,
    keepSnippets: typeof data.keepSnippets === 'boolean' ? data.keepSnippets : d.keepSnippets,
    languages: Array.isArray(data.languages)
      ? LANGUAGES.filter((l) => (data.languages as unknown[]).includes(l))
      : d.languages,
    week: data.week === 'calendar' ? 'calendar' : 'rolling',
  };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clampNumber(value: unknown, min: number, max: number, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.round(value)));
}

function stringList(value: unknown, max: number): string[] {
  if (!Array.isArray(value)) return [];
  const out = new Set<string>();
  for (const item of value) {
    if (typeof item !== 'string') continue;
    const trimmed = item.trim().slice(0, 200);
    if (trimmed) out.add(trimmed);
    if (out.size >= max) break;
  }
  return [...out];
}

/** "https://Www.Example.com/path" -> "example.com". */
export function normalizeDomain(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .split(/[/?#]/)[0]!
    .replace(/:\d+$/, '');
}

export function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}
