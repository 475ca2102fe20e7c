// Sensitivity: how readily a draft is flagged. Presets for most people, a slider for the rest,
// and a preview right below so the effect is seen, not guessed.
import { SENSITIVITY_PRESETS, type Settings, type SettingsPatch } from '../core/settings.ts';
import { formatNumber, t } from '../platform/i18n.ts';
import { Preview } from './Preview.tsx';

type Preset = keyof typeof SENSITIVITY_PRESETS;
const PRESETS = Object.keys(SENSITIVITY_PRESETS) as Preset[];

/** The preset a value sits on, or the nearest one for the slider's spoken value. */
export function presetFor(value: number): Preset {
  return PRESETS.reduce((best, p) =>
    Math.abs(SENSITIVITY_PRESETS[p] - value) < Math.abs(SENSITIVITY_PRESETS[best] - value) ? p : best,
  );
}

export function Sensitivity({ settings, update }: { settings: Settings; update: (patch: SettingsPatch) => void }) {
  const value = settings.sensitivity;
  const set = (sensitivity: number) => update({ sensitivity });
  const spoken = t('sensitivity_valuetext', formatNumber(value), t(`sensitivity_${presetFor(value)}`));
  return (
    <section aria-labelledby="sensitivity-title">
      <h2 id="sensitivity-title">{t('sensitivity_title')}</h2>
      <p class="desc">{t('sensitivity_desc')}</p>
      <div class="presets" role="group" aria-label={t('sensitivity_presets')}>
        {PRESETS.map((p) => (
          <button type="button" key={p} aria-pressed={value === SENSITIVITY_PRESETS[p]} onClick={() => set(SENSITIVITY_PRESETS[p])}>
            <span class="preset-name">{t(`sensitivity_${p}`)}</span>
            <span class="preset-desc">{t(`sensitivity_${p}_desc`)}</span>
          </button>
        ))}
      </div>
      <div class="slider">
        <label for="sensitivity">{t('sensitivity_slider')}</label>
        <div class="slider-row">
          <span aria-hidden="true">{t('sensitivity_fewer')}</span>
          <input id="sensitivity" type="range" min={0} max={100} step={1} value={value} aria-valuetext={spoken}
            aria-describedby="sensitivity-value" onInput={(e) => set(Number(e.currentTarget.value))} />
          <span aria-hidden="true">{t('sensitivity_more')}</span>
          <output id="sensitivity-value" for="sensitivity">{value}</output>
        </div>
      </div>
      <Preview settings={settings} />
    </section>
  );
}
