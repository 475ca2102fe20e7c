// Settings: the type, defaults, validation, versioned migrations, and the rules for changing
// them (patches, sites on and off). Pure, so the worker, pages and Node tests share one
// definition. Only the background writes settings (src/background/settings.ts); every other
// context reads them (src/platform/settings-store.ts) and asks for a change with a patch.
import { BUILT_IN_SITE_IDS, type SiteId } from './sites.ts';
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

/** Why settings are not in sync storage on this device; the options page says so. */
export type StoreProblem = { kind: 'sync-unavailable'; detail: string } | { kind: 'saved-locally'; detail: string };

/** Where a change was saved, and the settings as they now are. */
export interface SettingsSaved {
  settings: Settings;
  where: 'sync' | 'local';
  problem: StoreProblem | null;
}

export function defaultSettings(): Settings {
  const sites = Object.fromEntries(BUILT_IN_SITE_IDS.map((id) => [id, true])) as Record<SiteId, boolean>;
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

/** A change some context asks for: any preferences, each own-list on its own. Sites change through `withSite`. */
export type SettingsPatch = Partial<Pick<Settings, 'sensitivity' | 'targetRatio' | 'hintStyle' | 'keepSnippets' | 'languages' | 'week'>> & {
  own?: Partial<Settings['own']>;
};

/** Settings with a patch applied; what the patch leaves out stays as it is. */
export function applyPatch(settings: Settings, patch: SettingsPatch): Settings {
  return validateSettings({ ...settings, ...patch, own: { ...settings.own, ...patch.own } });
}

/** One patch doing what `first` then `second` do (a page gathers a slider's moves into one save). */
export function mergePatches(first: SettingsPatch, second: SettingsPatch): SettingsPatch {
  const merged: SettingsPatch = { ...first, ...second };
  if (first.own || second.own) merged.own = { ...first.own, ...second.own };
  return merged;
}

const PATCH_CHECKS: { [K in keyof Required<SettingsPatch>]: (value: unknown) => boolean } = {
  sensitivity: (v) => typeof v === 'number' && Number.isFinite(v),
  targetRatio: (v) => typeof v === 'number' && Number.isFinite(v),
  hintStyle: (v) => HINT_STYLES.includes(v as HintStyle),
  keepSnippets: (v) => typeof v === 'boolean',
  languages: (v) => Array.isArray(v) && v.every((l) => LANGUAGES.includes(l as Language)),
  week: (v) => v === 'rolling' || v === 'calendar',
  own: (v) => isRecord(v) && Object.entries(v).every(([k, list]) => OWN_KEYS.includes(k as OwnKey) && isStringList(list)),
};
const OWN_KEYS = ['domains', 'handles', 'brands'] as const;
type OwnKey = (typeof OWN_KEYS)[number];
const isStringList = (v: unknown) => Array.isArray(v) && v.every((item) => typeof item === 'string');

/** A patch from another context, field by field: the first field that is not what its name says, or null. */
export function patchProblem(raw: unknown): string | null {
  if (!isRecord(raw)) return 'patch';
  for (const [key, value] of Object.entries(raw)) {
    const check = Object.hasOwn(PATCH_CHECKS, key) ? PATCH_CHECKS[key as keyof SettingsPatch] : undefined;
    if (!check || !check(value)) return `patch.${key}`;
  }
  return null;
}

/** A site as the settings tell them apart: a built-in site by id, any other by its origin. */
export type SiteRef = { site: SiteId } | { site: 'generic'; origin: string };

export function isSiteRef(value: unknown): value is SiteRef {
  if (!isRecord(value)) return false;
  if (value.site === 'generic') return typeof value.origin === 'string' && isOrigin(value.origin);
  return (BUILT_IN_SITE_IDS as readonly unknown[]).includes(value.site);
}

export function sameSite(a: SiteRef, b: SiteRef): boolean {
  return a.site === b.site && (a.site !== 'generic' || a.origin === (b as { origin: string }).origin);
}

/** Built-in sites follow their switch; any other site is on while the user keeps it added. */
export function isSiteEnabled(settings: Settings, ref: SiteRef): boolean {
  return ref.site === 'generic' ? settings.customSites.includes(ref.origin) : settings.sites[ref.site];
}

/** Settings with one site switched on or off: a user-added site is added or removed. */
export function withSite(settings: Settings, ref: SiteRef, on: boolean): Settings {
  if (ref.site !== 'generic') return { ...settings, sites: { ...settings.sites, [ref.site]: on } };
  const others = settings.customSites.filter((o) => o !== ref.origin);
  return validateSettings({ ...settings, customSites: on ? [...others, ref.origin] : others });
}

/** The reference for a page of `site` (from siteForHost) at `origin`. */
export function siteRefFor(site: SiteId | 'generic', origin: string): SiteRef {
  return site === 'generic' ? { site, origin } : { site };
}

/** Whether stored settings are of an older shape and should be written back migrated. */
export function needsMigration(stored: unknown): boolean {
  return !isRecord(stored) || stored.version !== SETTINGS_VERSION;
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
