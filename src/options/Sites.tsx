// Where GiveFirst reads drafts: the built-in sites, each on or off, and sites the person adds.
// Adding one asks the browser for that host (and for "scripting") at the moment of the click,
// because permission requests need a user gesture; the background then registers the content
// script for it (src/background/sites.ts). Removing it gives the permission back.
import { useEffect, useState } from 'preact/hooks';
import { BUILT_IN_SITES } from '../sites/index.ts';
import type { Settings, SiteRef } from '../core/settings.ts';
import { api } from '../platform/api.ts';
import { parseSiteInput } from './site-origin.ts';
import { t } from '../platform/i18n.ts';

type Props = { settings: Settings; setSite: (site: SiteRef, on: boolean) => Promise<void> };
const pattern = (origin: string) => `${origin}/*`;

export function Sites({ settings, setSite }: Props) {
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t('sites_title')}</h2>
      <fieldset>
        <legend>{t('sites_builtin_legend')}</legend>
        <p class="desc">{t('sites_builtin_desc')}</p>
        <div class="columns">
          {BUILT_IN_SITES.map((site) => (
            <label class="check" key={site.id}>
              <input type="checkbox" checked={settings.sites[site.id]}
                onChange={(e) => void setSite({ site: site.id }, e.currentTarget.checked)} />
              {site.name}
            </label>
          ))}
        </div>
      </fieldset>
      <CustomSites settings={settings} setSite={setSite} />
    </section>
  );
}

function CustomSites({ settings, setSite }: Props) {
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const granted = useGranted(settings.customSites);

  const add = (event: Event) => {
    event.preventDefault();
    const parsed = parseSiteInput(input, settings.customSites);
    if (!parsed.ok) return setMessage({ text: t(`site_problem_${parsed.problem}`), error: true });
    const origin = parsed.origin;
    // Called before any await: the browser only shows its prompt during the click itself.
    api.permissions.request({ origins: [pattern(origin)], permissions: ['scripting'] }).then(
      async (ok) => {
        if (!ok) return setMessage({ text: t('site_denied', origin), error: true });
        await setSite({ site: 'generic', origin }, true);
        setInput('');
        setMessage({ text: t('site_added', origin), error: false });
      },
      (error: Error) => setMessage({ text: t('site_failed', error.message), error: true }),
    );
  };

  const grant = (origin: string) => {
    void api.permissions.request({ origins: [pattern(origin)], permissions: ['scripting'] }).then(
      (ok) => setMessage(ok ? { text: t('site_added', origin), error: false } : { text: t('site_denied', origin), error: true }),
    );
  };

  const remove = async (origin: string) => {
    await setSite({ site: 'generic', origin }, false);
    // The background drops it too once the settings change; asking here makes it immediate.
    await api.permissions.remove({ origins: [pattern(origin)] }).catch(() => false);
    setMessage({ text: t('site_removed', origin), error: false });
  };

  return (
    <fieldset>
      <legend>{t('sites_custom_legend')}</legend>
      <p class="desc">{t('sites_custom_desc')}</p>
      {settings.customSites.length > 0 ? (
        <ul class="site-list" aria-label={t('sites_custom_legend')}>
          {settings.customSites.map((origin) => (
            <li key={origin}>
              <span class="origin">{origin}</span>
              {granted[origin] === false ? (
                <>
                  <span class="badge warn">{t('site_needs_permission')}</span>
                  <button type="button" onClick={() => grant(origin)} aria-label={t('site_grant_label', origin)}>{t('site_grant')}</button>
                </>
              ) : (
                <span class="badge">{t('site_active')}</span>
              )}
              <button type="button" onClick={() => void remove(origin)} aria-label={t('site_remove_label', origin)}>{t('site_remove')}</button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('sites_custom_none')}</p>
      )}
      <form class="inline-field" onSubmit={add}>
        <label for="site-add">{t('site_add_label')}</label>
        <input id="site-add" type="text" inputMode="url" autoComplete="off" spellcheck={false} value={input}
          placeholder="https://forum.example.org" aria-describedby="site-add-message"
          onInput={(e) => setInput(e.currentTarget.value)} />
        <button type="submit">{t('site_add')}</button>
      </form>
      <p id="site-add-message" class={message?.error ? 'message error' : 'message'} role="status" aria-live="polite">
        {message?.text ?? ''}
      </p>
    </fieldset>
  );
}

/** Whether each user site's host permission is granted; kept fresh as permissions change. */
function useGranted(origins: string[]): Record<string, boolean> {
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const key = origins.join(' ');
  useEffect(() => {
    let live = true;
    const check = async () => {
      const entries = await Promise.all(
        origins.map(async (o) => [o, await api.permissions.contains({ origins: [pattern(o)] })] as const),
      );
      if (live) setGranted(Object.fromEntries(entries));
    };
    void check();
    api.permissions.onAdded.addListener(check);
    api.permissions.onRemoved.addListener(check);
    return () => {
      live = false;
      api.permissions.onAdded.removeListener(check);
      api.permissions.onRemoved.removeListener(check);
    };
  }, [key]);
  return granted;
}
