// The on/off switch for the site in the active tab. The content script says which site it is
// (no `tabs` permission needed); no answer means GiveFirst does not run on this page.
import { useEffect, useState } from 'preact/hooks';
import type { TabMessage, TabReplies } from '../src/core/messages.ts';
import type { SiteId } from '../src/core/sites.ts';
import { api } from '../src/platform/api.ts';
import { loadSettings, saveSettings } from '../src/platform/settings-store.ts';

type TabSite = TabReplies['tab:site'];

async function askActiveTab(): Promise<TabSite | null> {
  try {
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return null;
    const message: TabMessage = { kind: 'tab:site' };
    const answer = (await api.tabs.sendMessage(tab.id, message)) as TabSite | undefined;
    return answer && typeof answer.site === 'string' ? answer : null;
  } catch {
    return null; // no content script in this tab (a browser page, an unsupported site)
  }
}

/** Built-in sites follow their switch; a user-added site is on while its origin is listed. */
async function setEnabled(site: TabSite, on: boolean): Promise<void> {
  const settings = await loadSettings();
  if (site.site === 'generic') {
    const others = settings.customSites.filter((o) => o !== site.origin);
    settings.customSites = on ? [...others, site.origin] : others;
  } else {
    settings.sites[site.site as SiteId] = on;
  }
  await saveSettings(settings);
}

export function SiteToggle({ onOptions }: { onOptions: () => void }) {
  const [site, setSite] = useState<TabSite | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => void askActiveTab().then(setSite), []);
  if (site === undefined) return <div class="site-row muted">Checking this page…</div>;
  if (site === null) {
    return (
      <div class="site-row muted" data-testid="site-none">
        GiveFirst doesn’t run on this page.{' '}
        <button type="button" class="link" onClick={onOptions}>
          Add a site
        </button>
      </div>
    );
  }
  const toggle = () => {
    const next = { ...site, enabled: !site.enabled };
    setSite(next);
    setEnabled(site, next.enabled).then(
      () => setError(null),
      (e: Error) => {
        setSite(site);
        setError(`Could not save: ${e.message}`);
      },
    );
  };
  return (
    <div class="site-row" data-testid="site-row">
      <span id="site-label">
        Hints on <strong>{site.name}</strong>
      </span>
      <button type="button" role="switch" class="switch" aria-checked={site.enabled} aria-labelledby="site-label" data-testid="site-switch" onClick={toggle}>
        <span class="knob" />
        <span class="switch-text">{site.enabled ? 'On' : 'Off'}</span>
      </button>
      {error && <p class="note error">{error}</p>}
    </div>
  );
}
