// The page's settings state: shown at once, and refreshed when another context changes them
// (the popup, a page's "Off on this site", an import). The page never writes settings: it asks
// the background to apply a patch, gathered over a short pause (storage.sync allows 120 writes
// a minute, and a slider sends many), or to switch a site at once (others depend on it).
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { applyPatch, mergePatches, withSite, type Settings, type SettingsPatch, type SettingsSaved, type SiteRef, type StoreProblem } from '../core/settings.ts';
import { lastStoreProblem, loadSettings, watchSettings } from '../platform/settings-store.ts';
import { send } from '../platform/messaging.ts';

const SAVE_PAUSE_MS = 400;

export type SaveState = 'idle' | 'saving' | 'sync' | 'local' | 'failed';

export interface SettingsState {
  settings: Settings | null;
  problem: StoreProblem | null;
  saveState: SaveState;
  /** Shows the change now and saves it after a pause; `now` saves at once. */
  update(patch: SettingsPatch, now?: boolean): Promise<void>;
  /** Switches a site on or off at once. */
  setSite(site: SiteRef, on: boolean): Promise<void>;
  /** Everything back to the defaults, at once. */
  reset(): Promise<void>;
}

export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [problem, setProblem] = useState<StoreProblem | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const pending = useRef<SettingsPatch | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    void loadSettings().then((loaded) => {
      setSettings(loaded);
      setProblem(lastStoreProblem);
    });
    return watchSettings((fresh) => {
      // While a patch is waiting, the page shows it on top of what is stored.
      setSettings(pending.current ? applyPatch(fresh, pending.current) : fresh);
      setProblem(lastStoreProblem);
    });
  }, []);

  /** Sends one change and shows where it went; while a later patch waits, that one shows. */
  const ask = useCallback(async (change: () => Promise<SettingsSaved>) => {
    setSaveState('saving');
    try {
      const saved = await change();
      setSettings(pending.current ? applyPatch(saved.settings, pending.current) : saved.settings);
      setProblem(saved.problem);
      setSaveState(saved.where);
    } catch {
      setSaveState('failed');
    }
  }, []);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const patch = pending.current;
    if (!patch) return;
    pending.current = null;
    await ask(() => send({ kind: 'settings:patch', patch }));
  }, [ask]);

  // A patch still waiting when the page closes is sent right away.
  useEffect(() => {
    const onHide = () => void flush();
    addEventListener('pagehide', onHide);
    return () => removeEventListener('pagehide', onHide);
  }, [flush]);

  const update = useCallback(
    async (patch: SettingsPatch, now = false) => {
      setSettings((shown) => shown && applyPatch(shown, patch));
      setSaveState('saving');
      pending.current = pending.current ? mergePatches(pending.current, patch) : patch;
      clearTimeout(timer.current);
      if (now) return flush();
      timer.current = setTimeout(() => void flush(), SAVE_PAUSE_MS);
    },
    [flush],
  );

  const setSite = useCallback(
    async (site: SiteRef, on: boolean) => {
      setSettings((shown) => shown && withSite(shown, site, on));
      await ask(() => send({ kind: 'site:set', site, on }));
    },
    [ask],
  );

  const reset = useCallback(async () => {
    clearTimeout(timer.current);
    pending.current = null;
    await ask(() => send({ kind: 'settings:reset' }));
  }, [ask]);

  return { settings, problem, saveState, update, setSite, reset };
}
