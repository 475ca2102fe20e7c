// Target ratio: how many giving posts earn one promotion. Presets people already know, or
// any whole number from 1 to 20.
import { useState } from 'preact/hooks';
import { TARGET_PRESETS, type Settings, type SettingsPatch } from '../core/settings.ts';
import { t } from '../platform/i18n.ts';

export function Target({ settings, update }: { settings: Settings; update: (patch: SettingsPatch) => void }) {
  const ratio = settings.targetRatio;
  const onPreset = (TARGET_PRESETS as readonly number[]).includes(ratio);
  // "Custom" stays chosen while its number happens to equal a preset's.
  const [custom, setCustom] = useState(!onPreset);
  const set = (targetRatio: number) => update({ targetRatio });
  return (
    <section aria-labelledby="target-title">
      <h2 id="target-title">{t('target_title')}</h2>
      <fieldset>
        <legend class="desc">{t('target_desc')}</legend>
        {TARGET_PRESETS.map((preset) => (
          <label class="choice" key={preset}>
            <input type="radio" name="target" checked={!custom && ratio === preset}
              onChange={() => { setCustom(false); set(preset); }} />
            <span>
              <span class="choice-name">{t(`target_${preset}`)}</span>
              <span class="choice-desc">{t(`target_${preset}_desc`)}</span>
            </span>
          </label>
        ))}
        <label class="choice">
          <input type="radio" name="target" checked={custom || !onPreset} onChange={() => setCustom(true)} />
          <span>
            <span class="choice-name">{t('target_custom')}</span>
            <span class="choice-desc">{t('target_custom_desc')}</span>
          </span>
        </label>
        {(custom || !onPreset) && (
          <div class="inline-field">
            <label for="target-custom">{t('target_custom_label')}</label>
            <input id="target-custom" type="number" min={1} max={20} step={1} value={ratio}
              onInput={(e) => {
                const n = Math.round(Number(e.currentTarget.value));
                if (n >= 1 && n <= 20) set(n);
              }} />
            <span>{t('target_custom_suffix')}</span>
          </div>
        )}
      </fieldset>
    </section>
  );
}
