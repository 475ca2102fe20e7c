// Data: export everything as JSON and the posts as CSV, import a backup, delete everything.
// The file's text goes to the background as it is: src/core/backup.ts parses and validates
// it there, and nothing is changed unless all of it is good.
import { useEffect, useRef, useState } from 'preact/hooks';
import { BACKUP_LIMITS, entriesToCsv } from '../core/backup.ts';
import { backupRefusalOf, send } from '../platform/messaging.ts';
import { datedName, download } from './download.ts';
import { formatNumber, ledgerProblemText, t, tn } from '../platform/i18n.ts';
import { refusalText } from './refusal-text.ts';

/** Larger files are refused before reading, so a wrong pick (a video) cannot freeze the page. */
const MAX_IMPORT_BYTES = BACKUP_LIMITS.chars;

type Message = { text: string; error: boolean } | null;
type Props = { reset: () => Promise<void> };

export function Data({ reset }: Props) {
  const [message, setMessage] = useState<Message>(null);
  const [confirming, setConfirming] = useState(false);
  const [resetSettings, setResetSettings] = useState(false);
  const cancelButton = useRef<HTMLButtonElement>(null);
  // The question takes focus on its safe answer, so a stray Enter deletes nothing.
  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
  }, [confirming]);
  // A storage fault has its own words and advice; anything else is shown as the browser said it.
  const fail = async (error: unknown) => {
    const problem = await send({ kind: 'ledger:status' }).then((s) => s.problem, () => null);
    const words = problem && ledgerProblemText(problem.code);
    const text = words ? `${words.message} ${words.advice}` : t('data_error', error instanceof Error ? error.message : String(error));
    setMessage({ text, error: true });
  };

  const exportJson = async () => {
    const data = await send({ kind: 'data:export' });
    download(datedName('backup', 'json'), JSON.stringify(data, null, 2), 'application/json');
    setMessage({ text: t('data_exported_json'), error: false });
  };

  const exportCsv = async () => {
    const data = await send({ kind: 'data:export' });
    download(datedName('posts', 'csv'), entriesToCsv(data.entries), 'text/csv');
    setMessage({ text: tn('data_exported_csv', data.entries.length), error: false });
  };

  const importFile = async (picked: File) => {
    if (picked.size > MAX_IMPORT_BYTES) return setMessage({ text: t('import_too_large'), error: true });
    try {
      const reply = await send({ kind: 'data:import', data: await picked.text() });
      const text = t('import_done', formatNumber(reply.imported), formatNumber(reply.skipped));
      setMessage({ text: reply.settings ? `${text} ${t('import_done_settings')}` : text, error: false });
    } catch (error) {
      const refusal = backupRefusalOf(error);
      if (refusal) setMessage({ text: t('import_refused', refusalText(refusal)), error: true });
      else await fail(error);
    }
  };

  const deleteAll = async () => {
    await send({ kind: 'data:delete-all' });
    if (resetSettings) await reset();
    setConfirming(false);
    setMessage({ text: t(resetSettings ? 'delete_done_settings' : 'delete_done'), error: false });
  };

  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">{t('data_title')}</h2>
      <p class="desc">{t('data_desc')}</p>
      <div class="field">
        <h3>{t('export_title')}</h3>
        <p class="desc">{t('export_desc')}</p>
        <div class="buttons">
          <button type="button" onClick={() => exportJson().catch(fail)}>{t('export_json')}</button>
          <button type="button" onClick={() => exportCsv().catch(fail)}>{t('export_csv')}</button>
        </div>
      </div>
      <div class="field">
        <h3><label for="import-file">{t('import_title')}</label></h3>
        <p class="desc" id="import-desc">{t('import_desc')}</p>
        <input id="import-file" type="file" accept=".json,application/json" aria-describedby="import-desc"
          onChange={(e) => {
            const picked = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (picked) void importFile(picked);
          }} />
      </div>
      <div class="field">
        <h3>{t('delete_title')}</h3>
        <p class="desc">{t('delete_desc')}</p>
        {!confirming ? (
          <button type="button" class="danger" onClick={() => { setConfirming(true); setMessage(null); }}>
            {t('delete_start')}
          </button>
        ) : (
          <div class="confirm" role="group" aria-labelledby="delete-confirm-text">
            <p id="delete-confirm-text"><strong>{t('delete_confirm_text')}</strong></p>
            <label class="check">
              <input type="checkbox" checked={resetSettings} onChange={(e) => setResetSettings(e.currentTarget.checked)} />
              {t('delete_reset_settings')}
            </label>
            <div class="buttons">
              <button type="button" class="danger" onClick={() => deleteAll().catch(fail)}>{t('delete_confirm')}</button>
              <button type="button" ref={cancelButton} onClick={() => setConfirming(false)}>{t('delete_cancel')}</button>
            </div>
          </div>
        )}
      </div>
      <p class={message?.error ? 'message error' : 'message'} role="status" aria-live="polite" data-testid="data-message">
        {message?.text ?? ''}
      </p>
    </section>
  );
}
