// The page's settings state: shown at once, saved after a short pause (storage.sync allows
// 120 writes a minute, and a slider sends many), and refreshed when another context changes
// them (the popup, a page's "Off on this site", an import).
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../core/settings.ts';
import { lastStoreProblem, loadSettings, saveSettings, watchSettings, type StoreProblem } from '../platform/settings-store.ts';

const SAVE_PAUSE_MS = 400;

export type SaveState = 'idle' | 'saving' | 'sync' | 'local' | 'failed';

export interface SettingsState {
  settings: Settings | null;
  problem: StoreProblem | null;
  saveState: SaveState;
  /** Shows `next` now and saves it soon; `now` saves at once (sites, imports: others depend on it). */
  update(next: Settings, now?: boolean): Promise<void>;
}

export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [problem, setProblem] = useState<StoreProblem | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const pending = useRef<Settings | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    void loadSettings().then((loaded) => {
      setSettings(loaded);
      setProblem(lastStoreProblem);
    });
    return watchSettings((fresh) => {
      // While a save is waiting, the page's own state is newer than what is stored.
      if (pending.current) return;
      setSettings(fresh);
      setProblem(lastStoreProblem);
    });
  }, []);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const next = pending.current;
    if (!next) return;
    try {
      const where = await saveSettings(next);
      setSaveState(where);
    } catch {
      setSaveState('failed');
    } finally {
      if (pending.current === next) pending.current = null;
      setProblem(lastStoreProblem);
    }
  }, []);

  // A save still waiting when the page closes is written right away.
  useEffect(() => {
    const onHide = () => void flush();
    addEventListener('pagehide', onHide);
    return () => removeEventListener('pagehide', onHide);
  }, [flush]);

  const update = useCallback(
    async (next: Settings, now = false) => {
      setSettings(next);
      setSaveState('saving');
      pending.current = next;
      clearTimeout(timer.current);
      if (now) return flush();
      timer.current = setTimeout(() => void flush(), SAVE_PAUSE_MS);
    },
    [flush],
  );

  return { settings, problem, saveState, update };
}
