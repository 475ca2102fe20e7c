// How the hint looks, what is kept, which languages are read, and how a week is counted.
import { HINT_STYLES, type Settings, type SettingsPatch } from '../core/settings.ts';
import { LANGUAGES } from '../core/types.ts';
import { t } from '../platform/i18n.ts';

type Props = { settings: Settings; update: (patch: SettingsPatch) => void };
const WEEKS = ['rolling', 'calendar'] as const;

export function Hints({ settings, update }: Props) {
  return (
    <section aria-labelledby="hints-title">
      <h2 id="hints-title">{t('hints_title')}</h2>
      <fieldset>
        <legend>{t('style_legend')}</legend>
        {HINT_STYLES.map((style) => (
          <label class="choice" key={style}>
            <input type="radio" name="hint-style" checked={settings.hintStyle === style}
              onChange={() => update({ hintStyle: style })} />
            <span>
              <span class="choice-name">{t(`style_${style}`)}</span>
              <span class="choice-desc">{t(`style_${style}_desc`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('languages_legend')}</legend>
        <p class="desc">{t('languages_desc')}</p>
        <div class="columns">
          {LANGUAGES.map((lang) => (
            <label class="check" key={lang}>
              <input type="checkbox" checked={settings.languages.includes(lang)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  const languages = LANGUAGES.filter((l) => (l === lang ? on : settings.languages.includes(l)));
                  update({ languages });
                }} />
              {t(`language_${lang}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('week_legend')}</legend>
        {WEEKS.map((week) => (
          <label class="choice" key={week}>
            <input type="radio" name="week" checked={settings.week === week} onChange={() => update({ week })} />
            <span>
              <span class="choice-name">{t(`week_${week}`)}</span>
              <span class="choice-desc">{t(`week_${week}_desc`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}

export function Privacy({ settings, update }: Props) {
  return (
    <section aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t('privacy_title')}</h2>
      <p class="desc">{t('privacy_desc')}</p>
      <label class="choice">
        <input type="checkbox" checked={settings.keepSnippets} aria-describedby="snippets-desc"
          onChange={(e) => update({ keepSnippets: e.currentTarget.checked })} />
        <span>
          <span class="choice-name">{t('snippets_label')}</span>
          <span class="choice-desc" id="snippets-desc">{t('snippets_desc')}</span>
        </span>
      </label>
    </section>
  );
}
