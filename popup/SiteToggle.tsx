// The on/off switch for the site in the active tab. The content script says which site it is
// (no `tabs` permission needed); no answer means GiveFirst does not run on this page.
import { useEffect, useState } from 'preact/hooks';
import type { TabMessage, TabReplies } from '../src/core/messages.ts';
import type { SiteId } from '../src/core/sites.ts';
import { siteRefFor } from '../src/core/settings.ts';
import { api } from '../src/platform/api.ts';
import { t } from '../src/platform/i18n.ts';
import { send } from '../src/platform/messaging.ts';

type TabSite = TabReplies['tab:site'];
/** Stands in for the site's name while the sentence around it is split. */
const MARK = '\uE000';

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

async function setEnabled(site: TabSite, on: boolean): Promise<void> {
  await send({ kind: 'site:set', site: siteRefFor(site.site as SiteId | 'generic', site.origin), on });
}

export function SiteToggle({ onOptions }: { onOptions: () => void }) {
  const [site, setSite] = useState<TabSite | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => void askActiveTab().then(setSite), []);
  if (site === undefined) return <div class="site-row muted">{t('site_checking')}</div>;
  if (site === null) {
    return (
      <div class="site-row muted" data-testid="site-none">
        {t('site_none')}{' '}
        <button type="button" class="link" onClick={onOptions}>
          {t('site_add_link')}
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
        setError(e.message);
      },
    );
  };
  // The site's name is emphasised wherever the language puts it in the sentence.
  const [before, after] = t('site_hints_on', MARK).split(MARK);
  return (
    <div class="site-row" data-testid="site-row">
      <span id="site-label">
        {before}
        <strong>{site.name}</strong>
        {after}
      </span>
      <button type="button" role="switch" class="switch" aria-checked={site.enabled} aria-labelledby="site-label" data-testid="site-switch" onClick={toggle}>
        <span class="knob" />
        <span class="switch-text">{t(site.enabled ? 'switch_on' : 'switch_off')}</span>
      </button>
      {error !== null && (
        <p class="note error" title={error}>
          {t('site_save_failed')}
        </p>
      )}
    </div>
  );
}
