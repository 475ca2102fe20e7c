// The content script: wires the page's events to the session registry, which finds compose
// boxes as the person focuses them (src/content/sessions.ts). Listeners are on the document
// (capture) so no part of the page is rescanned or observed.
import { api } from '../platform/api.ts';
import { loadSettings, watchSettings } from '../platform/settings-store.ts';
import { adapter, enabledHere } from './here.ts';
import { Sessions } from './sessions.ts';
import { refreshLearned } from './learned.ts';
import { clicked, keyPressed } from './submit.ts';
import { answerTabSite } from './tab-site.ts';

async function start(): Promise<void> {
  const sessions: Sessions = new Sessions(adapter, { settings: await loadSettings(), learned: [] }, enabledHere, () =>
    refreshLearned((delta) => sessions.useLearned(delta)),
  );
  watchSettings((settings) => sessions.useSettings(settings));
  api.runtime.onMessage.addListener(answerTabSite(() => sessions.settings) as never);
  document.addEventListener('focusin', (event) => sessions.focused(event.target), true);
  document.addEventListener('input', (event) => sessions.typed(event.target), true);
  document.addEventListener('keydown', (event) => keyPressed(sessions, event), true);
  window.addEventListener('click', (event) => clicked(sessions, event), true);
  const follow = () => sessions.follow();
  window.addEventListener('scroll', follow, { capture: true, passive: true });
  window.addEventListener('resize', follow, { passive: true });
  // The person may already be in a box when the script arrives (document_idle).
  if (document.activeElement) sessions.focused(document.activeElement);
}

void start();
