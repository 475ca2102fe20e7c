// The person's own brands, domains and handles: a link to one's own site or a plug for one's
// own product is the strongest promotional signal the analysis has.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings, SettingsPatch } from '../core/settings.ts';
import { parseOwnList, type OwnKey } from './own-list.ts';
import { t } from '../platform/i18n.ts';

const LISTS: OwnKey[] = ['domains', 'handles', 'brands'];

export function Own({ settings, update }: { settings: Settings; update: (patch: SettingsPatch) => void }) {
  return (
    <section aria-labelledby="own-title">
      <h2 id="own-title">{t('own_title')}</h2>
      <p class="desc">{t('own_desc')}</p>
      {LISTS.map((key) => (
        <OwnList key={key} list={key} values={settings.own[key]}
          onChange={(values) => update({ own: { [key]: values } })} />
      ))}
    </section>
  );
}

function OwnList({ list, values, onChange }: { list: OwnKey; values: string[]; onChange: (v: string[]) => void }) {
  // The box keeps what is being typed (a trailing comma, an empty line); the settings get the
  // cleaned list. The box is re-filled from settings only when it is not being edited.
  const [text, setText] = useState(values.join('\n'));
  const box = useRef<HTMLTextAreaElement>(null);
  const joined = values.join('\n');
  useEffect(() => {
    if (document.activeElement !== box.current) setText(joined);
  }, [joined]);
  const id = `own-${list}`;
  return (
    <div class="field">
      <label for={id}>{t(`own_${list}`)}</label>
      <p class="desc" id={`${id}-desc`}>{t(`own_${list}_desc`)}</p>
      <textarea id={id} ref={box} rows={2} value={text} aria-describedby={`${id}-desc`} spellcheck={false}
        placeholder={t(`own_${list}_placeholder`)}
        onInput={(e) => {
          setText(e.currentTarget.value);
          onChange(parseOwnList(list, e.currentTarget.value));
        }}
        onBlur={() => setText(joined)} />
    </div>
  );
}
