// The options page.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/settings.ts';
import { loadSettings, saveSettings } from '../platform/settings-store.ts';

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => void loadSettings().then(setSettings), []);
  if (!settings) return <p>Loading…</p>;
  const update = (next: Settings) => {
    setSettings(next);
    void saveSettings(next);
  };
  return (
    <form>
      <h1>GiveFirst options</h1>
      <label>
        Sensitivity
        <input type="range" min={0} max={100} value={settings.sensitivity}
          onInput={(e) => update({ ...settings, sensitivity: Number(e.currentTarget.value) })} />
      </label>
    </form>
  );
}

render(<Options />, document.getElementById('app')!);
