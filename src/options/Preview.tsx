// The live preview: a draft typed or pasted here gets the same analysis and the same hint
// card the page would show, drawn by the content script's own code (src/content/hint.ts)
// inside a shadow root, so what is seen here is what appears beside a compose box.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { analyze, deltaFrom } from '../core/analysis/analyze.ts';
import type { Settings } from '../core/settings.ts';
import type { Analysis, LearnedDelta } from '../core/types.ts';
import { shownReasons } from '../core/shown-reasons.ts';
import type { BalanceSummary } from '../core/messages.ts';
import { adoptStyles } from '../content/hint.ts';
import { HintCard } from '../content/hint-card.ts';
import { HINT_CSS } from '../content/hint-style.ts';
import { describeBalance } from '../content/balance-line.ts';
import { send } from '../platform/messaging.ts';
import { formatNumber, signalLabel, t } from '../platform/i18n.ts';

// The card sits in the page's flow here instead of floating beside a box.
const INLINE_CSS = ':host { position: static; display: block; max-width: 360px; }';
// In the preview the hint's buttons would do nothing useful, so they are shown disabled.
const NO_ACTIONS = { dismiss: () => undefined, siteOff: () => undefined, options: () => undefined };

export function Preview({ settings }: { settings: Settings }) {
  const [draft, setDraft] = useState('');
  const [learned, setLearned] = useState<LearnedDelta>([]);
  const [balance, setBalance] = useState<BalanceSummary | null>(null);
  useEffect(() => {
    send({ kind: 'delta:get' }).then(setLearned, () => undefined);
    send({ kind: 'balance:get' }).then(setBalance, () => undefined);
  }, []);
  const analysis = useMemo(
    () => (draft.trim() ? analyze(draft, { site: 'generic', context: 'post', settings, delta: deltaFrom(learned) }) : null),
    [draft, settings.sensitivity, settings.own, settings.languages, learned],
  );
  return (
    <div class="preview">
      <label for="preview-draft">{t('preview_label')}</label>
      <p class="desc" id="preview-desc">{t('preview_desc')}</p>
      <textarea id="preview-draft" rows={4} value={draft} aria-describedby="preview-desc"
        placeholder={t('preview_placeholder')} onInput={(e) => setDraft(e.currentTarget.value)} />
      <div class="verdict" role="status" aria-live="polite">
        {analysis ? <Verdict analysis={analysis} settings={settings} /> : <p class="muted">{t('preview_empty')}</p>}
      </div>
      {analysis?.flag && settings.hintStyle !== 'silent' && (
        <PreviewHint analysis={analysis} style={settings.hintStyle} balanceLine={balance ? describeBalance(balance) : null} />
      )}
    </div>
  );
}

function Verdict({ analysis, settings }: { analysis: Analysis; settings: Settings }) {
  const score = formatNumber(Math.round(analysis.score * 100) / 100, { style: 'percent' });
  const outcome = t(!analysis.flag ? 'preview_no_hint' : settings.hintStyle === 'silent' ? 'preview_silent' : 'preview_hint');
  const signals = shownReasons(analysis.reasons);
  return (
    <>
      <p data-testid="preview-verdict" data-kind={analysis.kind} data-flag={String(analysis.flag)}>
        <strong>{t(`kind_${analysis.kind}`)}</strong> · {t('preview_score', score)} · {outcome}
      </p>
      {!analysis.flag && signals.length > 0 && (
        <p class="muted">{t('preview_signals', signals.map((r) => t('preview_signal', r.text.slice(0, 60), signalLabel(r.signal))).join(', '))}</p>
      )}
    </>
  );
}

function PreviewHint({ analysis, style, balanceLine }: { analysis: Analysis; style: Settings['hintStyle']; balanceLine: string | null }) {
  const host = useRef<HTMLDivElement>(null);
  const card = useRef<HintCard | null>(null);
  useEffect(() => {
    const el = host.current!;
    if (!card.current) {
      // The same card the content script draws on pages; its buttons do nothing here.
      card.current = new HintCard(NO_ACTIONS);
      for (const button of card.current.buttons) button.disabled = true;
      const shadow = el.attachShadow({ mode: 'open' });
      shadow.append(card.current.element);
      adoptStyles(shadow, HINT_CSS + INLINE_CSS);
    }
    card.current.update({ analysis, balanceLine, style });
  }, [analysis, style, balanceLine]);
  return <div ref={host} class="preview-hint" data-testid="preview-hint" />;
}
