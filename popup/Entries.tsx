// Recent entries, each with "That was wrong" (pick the right kind: it moves the balance and
// teaches the analysis) and Delete. Snippets are user text: rendered as text nodes only.
import { useEffect, useRef, useState } from 'preact/hooks';
import { effectiveKind, type Entry, type Kind } from '../src/core/types.ts';
import { t } from '../src/platform/i18n.ts';
import { kindLabel, when } from './words.ts';

/** The order a person thinks in: what they gave first. */
const CHOICES: Kind[] = ['giving', 'mixed', 'promotional', 'neutral'];

export interface EntryActions {
  correct(entry: Entry, kind: Kind): void;
  remove(entry: Entry): void;
}

export function Entries({ entries, now, actions, siteName }: { entries: Entry[]; now: number; actions: EntryActions; siteName: (site: string) => string }) {
  return (
    <ul class="entries" data-testid="entries">
      {entries.map((e) => (
        <EntryRow key={e.id} entry={e} now={now} actions={actions} siteName={siteName} />
      ))}
    </ul>
  );
}

function EntryRow({ entry, now, actions, siteName }: { entry: Entry; now: number; actions: EntryActions; siteName: (site: string) => string }) {
  const [choosing, setChoosing] = useState(false);
  const [refocus, setRefocus] = useState(false);
  const wrongButton = useRef<HTMLButtonElement>(null);
  const firstChoice = useRef<HTMLButtonElement>(null);
  const kind = effectiveKind(entry);
  // Focus follows the choice: into it when it opens, back to its button when it closes.
  useEffect(() => {
    if (choosing) firstChoice.current?.focus();
    else if (refocus) {
      wrongButton.current?.focus();
      setRefocus(false);
    }
  }, [choosing, refocus]);
  const close = () => {
    setChoosing(false);
    setRefocus(true);
  };
  return (
    <li class="entry" data-testid="entry" data-id={entry.id} data-kind={kind}>
      <div class="entry-head">
        <span class={`badge k-${kind}`}>{kindLabel(kind)}</span>
        <span class="site">{siteName(entry.site)}</span>
        <time class="when" dateTime={new Date(entry.time).toISOString()}>
          {when(entry.time, now)}
        </time>
      </div>
      {entry.snippet && <p class="snippet">{entry.snippet}</p>}
      {entry.correction && <p class="note">{t(`entry_corrected_${entry.kind}`)}</p>}
      {choosing ? (
        // Keys keep Preact from turning the focused "That was wrong" button into a chip.
        <div key="choose" class="choose" role="group" aria-label={t('entry_choose_label')} onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), close())}>
          <span class="choose-label">{t('entry_it_was')}</span>
          {CHOICES.filter((k) => k !== kind).map((k, i) => (
            <button
              key={k}
              type="button"
              class={`chip k-${k}`}
              ref={i === 0 ? firstChoice : undefined}
              data-testid={`choose-${k}`}
              onClick={() => {
                setChoosing(false);
                actions.correct(entry, k);
              }}
            >
              {kindLabel(k)}
            </button>
          ))}
          <button type="button" class="link" onClick={close}>
            {t('entry_cancel')}
          </button>
        </div>
      ) : (
        <div key="actions" class="entry-actions">
          <button type="button" class="link" ref={wrongButton} data-testid="wrong" aria-expanded="false" onClick={() => setChoosing(true)}>
            {t('entry_wrong')}
          </button>
          <button type="button" class="link danger" data-testid="delete" aria-label={t(`entry_delete_label_${kind}`)} onClick={() => actions.remove(entry)}>
            {t('entry_delete')}
          </button>
        </div>
      )}
    </li>
  );
}
