// The popup: this week's balance at a glance, the recent posts with one-click corrections,
// and the switch for the current site. Everything comes from the worker in two messages whose
// cost does not grow with the history, so it opens fast however long the ledger.
import { render } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { Balance } from '../src/core/balance.ts';
import type { LedgerProblem } from '../src/core/messages.ts';
import { BUILT_IN_SITES } from '../src/sites/index.ts';
import type { Entry, Kind } from '../src/core/types.ts';
import { ledgerProblemOf, send } from '../src/platform/messaging.ts';
import { api } from '../src/platform/api.ts';
import { ledgerProblemText, t, tn, uiLocale } from '../src/platform/i18n.ts';
import { DaysChart, Legend, TrendChart } from './Charts.tsx';
import { Entries, type EntryActions } from './Entries.tsx';
import { SiteToggle } from './SiteToggle.tsx';
import { headline, milestonePhrase, nextStep, otherCounts, streakPhrase, windowLabel } from './words.ts';

const RECENT = 5;
/** When this script began, so the bench can tell the popup's own work from opening the page. */
const scriptAt = performance.now();

const siteName = (site: string) => BUILT_IN_SITES.find((s) => s.id === site)?.name ?? site;
const openOptions = () => void api.runtime.openOptionsPage().then(() => window.close(), () => undefined);

interface Loaded {
  balance: Balance;
  entries: Entry[];
}
type Outcome = { data: Loaded; failure?: undefined; problem?: undefined } | { data?: undefined; failure: string; problem: LedgerProblem | null };

async function fetchOutcome(): Promise<Outcome> {
  try {
    const [balance, entries] = await Promise.all([send({ kind: 'balance:get' }), send({ kind: 'entries:recent', limit: RECENT })]);
    return { data: { balance, entries } };
  } catch (error) {
    // A storage fault comes with its code, so the banner says what to do without waiting for ledger:status.
    return { failure: (error as Error).message, problem: ledgerProblemOf(error) };
  }
}

function Popup({ first, ready }: { first: Promise<Outcome>; ready: Outcome | null }) {
  const [data, setData] = useState<Loaded | null>(ready?.data ?? null);
  const [failure, setFailure] = useState<string | null>(ready?.failure ?? null);
  const [problem, setProblem] = useState<LedgerProblem | null>(ready?.problem ?? null);
  const [undo, setUndo] = useState<Entry | null>(null);

  const load = useCallback(async (outcome = fetchOutcome()) => {
    const { data, failure, problem } = await outcome;
    if (data) setData(data);
    setFailure(failure ?? null);
    if (problem) setProblem(problem);
    // The status is not needed for the first render; it only adds a banner when something is wrong.
    send({ kind: 'ledger:status' }).then((s) => setProblem(s.problem), () => undefined);
  }, []);

  useEffect(() => void load(first), [load, first]);
  useLayoutEffect(() => {
    if ((data || failure) && !document.body.dataset.ready) {
      document.body.dataset.readyAt = String(performance.now());
      document.body.dataset.scriptAt = String(scriptAt);
      document.body.dataset.ready = '1';
    }
  }, [data, failure]);

  const actions: EntryActions = {
    correct: (entry: Entry, kind: Kind) => {
      send({ kind: 'entry:correct', id: entry.id, correction: kind === entry.kind ? null : kind }).then(() => load(), (e: Error) => setFailure(e.message));
    },
    remove: (entry: Entry) => {
      send({ kind: 'entry:delete', id: entry.id }).then(() => {
        setUndo(entry);
        return load();
      }, (e: Error) => setFailure(e.message));
    },
  };
  const restore = () => {
    if (!undo) return;
    // The same id: recording it again restores it exactly, correction included.
    send({ kind: 'post:submitted', entry: undo }).then(() => {
      setUndo(null);
      return load();
    }, (e: Error) => setFailure(e.message));
  };

  return (
    <>
      <header class="top">
        <span class="brand">
          <img src="../icons/icon-32.png" alt="" width="18" height="18" />
          GiveFirst
        </span>
        <button type="button" class="link" onClick={openOptions} data-testid="options">
          {t('popup_options')}
        </button>
      </header>
      <SiteToggle onOptions={openOptions} />
      {(problem || failure) && <ProblemBanner problem={problem} failure={failure} />}
      {data ? <Body data={data} actions={actions} /> : !failure && <p class="muted">{t('popup_loading')}</p>}
      {undo && (
        <div class="toast" role="status">
          {t('popup_deleted')}{' '}
          <button type="button" class="link" onClick={restore} data-testid="undo">
            {t('popup_undo')}
          </button>
        </div>
      )}
    </>
  );
}

/** A storage fault says what to do; any other failure says so plainly, its technical words on hover. */
function ProblemBanner({ problem, failure }: { problem: LedgerProblem | null; failure: string | null }) {
  const words = problem && ledgerProblemText(problem.code);
  return (
    <div class="banner" role="alert" data-testid="problem" data-code={problem?.code} title={problem?.detail ?? failure ?? undefined}>
      {words ? (
        <>
          <strong>{words.message}</strong> {words.advice}
        </>
      ) : (
        t('popup_failed')
      )}
    </div>
  );
}

function Body({ data, actions }: { data: Loaded; actions: EntryActions }) {
  const b = data.balance;
  if (b.total === 0) return <Empty target={b.targetRatio} />;
  const streak = streakPhrase(b.streak);
  const milestone = milestonePhrase(b);
  const others = otherCounts(b);
  return (
    <>
      <section aria-labelledby="headline">
        <p class="window">{windowLabel(b)}</p>
        {/* elementtiming: the bench reads when the headline was painted. */}
        <h1 id="headline" data-testid="headline" class={b.credits < 0 ? 'deficit' : ''} {...{ elementtiming: 'headline' }}>
          {headline(b).map((part, i) => (
            <span key={i} class={i === 2 ? 'credits' : 'part'}>
              {i > 0 && <span class="dot">{' · '}</span>}
              {part}
            </span>
          ))}
        </h1>
        <p class="sub" data-testid="next-step">
          {nextStep(b)}
          {others && ` ${others}`}
        </p>
        {streak && <p class="streak">{streak}</p>}
        {milestone && (
          <p class="milestone" data-testid="milestone">
            {milestone}
          </p>
        )}
      </section>
      <section class="charts" aria-label={t('charts_label')}>
        <DaysChart days={b.days} />
        <h2>{t('trend_title')}</h2>
        <TrendChart weeks={b.weeks} />
        <Legend />
      </section>
      <section aria-labelledby="recent">
        <h2 id="recent">{t('recent_title')}</h2>
        <Entries entries={data.entries} now={Date.now()} actions={actions} siteName={siteName} />
      </section>
      <HowCreditsWork target={b.targetRatio} />
    </>
  );
}

function HowCreditsWork({ target }: { target: number }) {
  return (
    <details class="help">
      <summary>{t('help_title')}</summary>
      <p>{tn('help_credits', target)}</p>
      <p>{t('help_correct', t('entry_wrong'))}</p>
    </details>
  );
}

function Empty({ target }: { target: number }) {
  return (
    <section class="empty" data-testid="empty">
      <h1>{t('empty_title')}</h1>
      <p>{t('empty_where')}</p>
      <p>{tn('empty_credits', target)}</p>
    </section>
  );
}

// The data is asked for as the script starts. When it comes within a moment, the first render
// is the full one (drawing a loading state first would only delay the replies on a busy main
// thread); a slow worker, waking from sleep, gets the loading state while it wakes.
document.documentElement.lang = uiLocale();
const first = fetchOutcome();
void Promise.race([first, new Promise<null>((resolve) => setTimeout(resolve, 150, null))]).then((ready) =>
  render(<Popup first={first} ready={ready} />, document.getElementById('app')!),
);
