// The options page: one column of sections, each saved as it changes.
import { render } from 'preact';
import { t, uiLocale } from '../platform/i18n.ts';
import { useSettings } from './use-settings.ts';
import type { SettingsPatch, StoreProblem } from '../core/settings.ts';
import { Sensitivity } from './Sensitivity.tsx';
import { Target } from './Target.tsx';
import { Sites } from './Sites.tsx';
import { Own } from './Own.tsx';
import { Hints, Privacy } from './Hints.tsx';
import { Data } from './Data.tsx';

function Options() {
  const { settings, problem, saveState, update, setSite, reset } = useSettings();
  if (!settings) return <p class="loading">{t('loading')}</p>;
  const props = { settings, update: (patch: SettingsPatch) => void update(patch) };
  return (
    <>
      <header>
        <h1>{t('options_title')}</h1>
        <p class="lede">{t('options_lede')}</p>
        <StoreNotice problem={problem} />
      </header>
      <Sensitivity {...props} />
      <Target {...props} />
      <Sites settings={settings} setSite={setSite} />
      <Own {...props} />
      <Hints {...props} />
      <Privacy {...props} />
      <Data reset={reset} />
      <footer>
        <p class="save-state" role="status" aria-live="polite" data-testid="save-state" data-state={saveState}>
          {saveState === 'idle' ? t('saved_auto') : t(`saved_${saveState}`)}
        </p>
      </footer>
    </>
  );
}

/** Said plainly at the top: settings that do not sync are a surprise otherwise. */
function StoreNotice({ problem }: { problem: StoreProblem | null }) {
  if (!problem) return null;
  return (
    <div class="notice" role="alert" data-testid="store-problem">
      <strong>{t(`store_${problem.kind.replace('-', '_')}_title`)}</strong>
      <p>{t(`store_${problem.kind.replace('-', '_')}`, problem.detail)}</p>
    </div>
  );
}

document.title = t('options_title');
document.documentElement.lang = uiLocale();
render(<Options />, document.getElementById('app')!);
