// The content script: finds compose boxes as the person focuses them, analyses drafts after
// a pause in typing, shows the hint beside the box, and reports posts to the background.
// Listeners are on the document (capture) so no part of the page is rescanned or observed.
import type { Analysis, Correction, Entry } from '../core/types.ts';
import { isSiteEnabled, siteRefFor, withSite, type Settings } from '../core/settings.ts';
import { adapterFor } from '../sites/index.ts';
import { loadSettings, watchSettings } from '../platform/settings-store.ts';
import { send } from '../platform/messaging.ts';
import { editableRoot, isComposeBox, type Box } from './boxes.ts';
import { Session, type SessionHost } from './session.ts';
import { balanceLine } from './balance-line.ts';
import { reportEntry } from './report.ts';
import { api } from '../platform/api.ts';
import type { TabMessage, TabReplies } from '../core/messages.ts';
import type { SiteId } from '../core/sites.ts';

const adapter = adapterFor(location.hostname);
const sessions = new Map<Box, Session>();
let active: Session | null = null;
let settings: Settings;
let corrections: Correction[] = [];
let correctionsAt = 0;
let sweepTimer: ReturnType<typeof setInterval> | undefined;

/** GiveFirst's own demo page, where the content script is loaded by the page itself. */
const ownPage = location.protocol.endsWith('-extension:');
const here = siteRefFor(adapter.id as SiteId, location.origin);

const enabled = (): boolean => ownPage || isSiteEnabled(settings, here);

const host: SessionHost = {
  settings: () => settings,
  corrections: () => corrections,
  balanceLine: (analysis: Analysis) => balanceLine(analysis),
  report: (entry: Entry) => reportEntry(entry),
  actions: (session) => ({
    dismiss: () => session.dismiss(),
    siteOff: () => void turnOffHere(),
    options: () => void send({ kind: 'options:open' }).catch(() => undefined),
  }),
};

/** Off at once here; the background saves it, and other tabs of the site follow through storage. */
async function turnOffHere(): Promise<void> {
  settings = withSite(settings, here, false);
  endAll();
  await send({ kind: 'site:set', site: here, on: false }).catch(() => undefined);
}

function refreshCorrections(): void {
  if (Date.now() - correctionsAt < 10_000) return;
  correctionsAt = Date.now();
  send({ kind: 'corrections:get' }).then((list) => (corrections = list), () => undefined);
}

/** Boxes judged not to be compose boxes (DMs, search, hidden) until they are focused again. */
let passedOver = new WeakSet<Box>();

function sessionFor(target: EventTarget | null): Session | null {
  // Fast path for every keystroke: input events target the editor's root itself, so no
  // style-dependent lookup (isContentEditable) runs while the person types.
  const direct = sessions.get(target as Box);
  if (direct) return direct;
  if (passedOver.has(target as Box)) return null;
  const box = editableRoot(target);
  if (!box) return null;
  const known = sessions.get(box);
  if (known) return known;
  // Typing in a box GiveFirst leaves alone costs one lookup per keystroke, not a layout.
  if (passedOver.has(box)) return null;
  if (!enabled() || !isComposeBox(box, adapter)) {
    passedOver.add(box);
    return null;
  }
  const session = new Session(box, adapter, host);
  sessions.set(box, session);
  refreshCorrections();
  sweepTimer ??= setInterval(sweep, 1000);
  return session;
}

/** When the person last changed a draft: hint hosts are only removed from the page in a lull. */
let lastInput = 0;
const LULL_MS = 1500;

/**
 * Ends sessions whose box left the page (the site re-rendered or closed its composer). Their
 * hints are hidden at once, but removed only when nobody is typing: Chrome ends the current
 * undo step of any text box whenever a node leaves the document.
 */
function sweep(): void {
  const typing = Date.now() - lastInput < LULL_MS;
  for (const [box, session] of sessions) {
    if (box.isConnected) continue;
    session.hide();
    if (typing) continue;
    session.end();
    sessions.delete(box);
    if (active === session) active = null;
  }
  if (!sessions.size) sweepTimer = void clearInterval(sweepTimer) as undefined;
}

function endAll(): void {
  for (const session of sessions.values()) session.end();
  sessions.clear();
  active = null;
}

function onFocus(event: FocusEvent): void {
  const box = editableRoot(event.target);
  if (box) passedOver.delete(box);
  const session = sessionFor(event.target);
  if (!session) return;
  active = session;
  // A box that already holds a draft (a restored or edited post) gets its verdict now.
  session.refresh();
}

function onInput(event: Event): void {
  lastInput = Date.now();
  const session = sessionFor(event.target);
  if (!session) return;
  active = session;
  session.typed();
}

/** Ctrl/Cmd+Enter posts on some sites; plain Enter on others (comments): then the box empties. */
function onKeydown(event: KeyboardEvent): void {
  lastInput = Date.now();
  if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
  const box = editableRoot(event.target);
  const session = box && sessions.get(box);
  if (!session) return;
  const text = session.currentText();
  if (!text) return;
  if ((event.ctrlKey || event.metaKey) && adapter.modEnterPosts) void session.posted(text);
  else void watchForEmptying(session, text);
}

/** A click on the site's post button: the draft is read now, before the site clears the box. */
function onClick(event: MouseEvent): void {
  if (!active || !(event.target instanceof Element)) return;
  const button = event.target.closest('button, [role="button"], input[type="submit"]');
  if (!button) return;
  const session = active;
  const text = session.currentText();
  if (!text) return;
  if (adapter.submit && button.matches(adapter.submit)) {
    void session.posted(text);
    return;
  }
  // Another button near the box that says it posts counts only if the site then empties or
  // removes the box; "Cancel" and "Discard" empty boxes too, so their words rule a button out.
  if (looksLikePostButton(button) && isNear(button, session.box)) void watchForEmptying(session, text);
}

const POSTS = /\b(post|send|reply|comment|publish|submit|tweet|toot|share|save|respond|enviar|publicar|responder|comentar|senden|posten|antworten|kommentieren|publier|envoyer|répondre|commenter)\b/i;
const DISCARDS = /\b(cancel|discard|delete|remove|close|clear|abbrechen|verwerfen|löschen|annuler|supprimer|cancelar|descartar|eliminar|excluir)\b/i;

function looksLikePostButton(button: Element): boolean {
  const label = `${button.getAttribute('aria-label') ?? ''} ${(button as HTMLInputElement).value ?? ''} ${button.textContent ?? ''}`.slice(0, 200);
  return POSTS.test(label) && !DISCARDS.test(label);
}

/** Within the composer: the button shares the box's form, or an ancestor a few levels up. */
function isNear(button: Element, box: Element): boolean {
  const form = box.closest('form');
  if (form) return form.contains(button);
  let ancestor: Element | null = box;
  for (let level = 0; ancestor && level < 6; level++, ancestor = ancestor.parentElement) {
    if (ancestor.contains(button)) return true;
  }
  return false;
}

async function watchForEmptying(session: Session, text: string): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    if (session.isEmpty()) return session.posted(text);
  }
}

function onViewportChange(): void {
  for (const session of sessions.values()) session.follow();
}

/** The popup asks the active tab which site it is, so it can offer the on/off switch. */
function answerPopup(message: TabMessage, _sender: unknown, reply: (answer: TabReplies['tab:site']) => void): void {
  if (message?.kind !== 'tab:site' || window !== window.top) return;
  const name = adapter.id === 'generic' ? location.hostname : adapter.name;
  reply({ site: adapter.id, name, origin: location.origin, enabled: enabled() });
}

async function start(): Promise<void> {
  settings = await loadSettings();
  api.runtime.onMessage.addListener(answerPopup as never);
  watchSettings((next) => {
    settings = next;
    passedOver = new WeakSet();
    if (!enabled()) return endAll();
    for (const session of sessions.values()) session.refresh();
  });
  document.addEventListener('focusin', onFocus, true);
  document.addEventListener('input', onInput, true);
  document.addEventListener('keydown', onKeydown, true);
  window.addEventListener('click', onClick, true);
  window.addEventListener('scroll', onViewportChange, { capture: true, passive: true });
  window.addEventListener('resize', onViewportChange, { passive: true });
  // The person may already be in a box when the script arrives (document_idle).
  if (document.activeElement) onFocus({ target: document.activeElement } as unknown as FocusEvent);
}

void start();
