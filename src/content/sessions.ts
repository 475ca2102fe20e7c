// The session registry: which boxes on the page are being written in, which were passed over,
// and what every session analyses with. Settings and what corrections taught come in here and are pushed
// down to each session; sessions whose box left the page are swept.
import type { LearnedDelta } from '../core/types.ts';
import type { Settings } from '../core/settings.ts';
import type { Adapter } from '../sites/types.ts';
import { fallbackFor } from '../sites/fallback.ts';
import { editableRoot, isComposeBox, type Box } from './boxes.ts';
import { Session, type SessionInputs } from './session.ts';

/** Hint hosts are only removed from the page in a lull in typing, this long. */
const LULL_MS = 1500;

export class Sessions {
  private readonly sessions = new Map<Box, Session>();
  /** Boxes judged not to be compose boxes (DMs, search, hidden) until they are focused again. */
  private passedOver = new WeakSet<Box>();
  private sweepTimer: ReturnType<typeof setInterval> | undefined;
  /** When the person last changed a draft. */
  private lastInput = 0;
  /** The session last focused or typed in: a click on a post button is about its draft. */
  active: Session | null = null;

  /** `onNew`: a session began (what corrections taught may be worth refreshing). */
  constructor(
    private readonly adapter: Adapter,
    private inputs: SessionInputs,
    private readonly enabled: (settings: Settings) => boolean,
    private readonly onNew: () => void,
  ) {}

  get settings(): Settings {
    return this.inputs.settings;
  }

  /** New settings: every box is judged again, and open drafts get a fresh verdict. */
  useSettings(settings: Settings): void {
    this.inputs = { ...this.inputs, settings };
    this.passedOver = new WeakSet();
    if (!this.enabled(settings)) return this.endAll();
    for (const session of this.sessions.values()) {
      session.use(this.inputs);
      session.refresh();
    }
  }

  /** What corrections taught, anew: it counts from each draft's next analysis on. */
  useLearned(learned: LearnedDelta): void {
    this.inputs = { ...this.inputs, learned };
    for (const session of this.sessions.values()) session.use(this.inputs);
  }

  /** A box was focused: it is judged afresh, and a draft already in it gets its verdict now. */
  focused(target: EventTarget | null): void {
    const box = editableRoot(target);
    if (box) this.passedOver.delete(box);
    const session = this.sessionFor(target);
    if (!session) return;
    this.active = session;
    session.refresh();
  }

  typed(target: EventTarget | null): void {
    this.lastInput = Date.now();
    const session = this.sessionFor(target);
    if (!session) return;
    this.active = session;
    session.typed();
  }

  /** A key that is not typing (Enter): the person is still at the keyboard. */
  pressed(): void {
    this.lastInput = Date.now();
  }

  /** The session of a box already being written in. */
  known(box: Box): Session | undefined {
    return this.sessions.get(box);
  }

  follow(): void {
    for (const session of this.sessions.values()) session.follow();
  }

  private sessionFor(target: EventTarget | null): Session | null {
    // Fast path for every keystroke: input events target the editor's root itself, so no
    // style-dependent lookup (isContentEditable) runs while the person types.
    const direct = this.sessions.get(target as Box);
    if (direct) return direct;
    if (this.passedOver.has(target as Box)) return null;
    const box = editableRoot(target);
    if (!box) return null;
    const known = this.sessions.get(box);
    if (known) return known;
    // Typing in a box GiveFirst leaves alone costs one lookup per keystroke, not a layout.
    if (this.passedOver.has(box)) return null;
    const rules = this.enabled(this.inputs.settings) ? this.rulesFor(box) : null;
    if (!rules) {
      this.passedOver.add(box);
      return null;
    }
    const session = new Session(box, rules, this.inputs);
    this.sessions.set(box, session);
    this.onNew();
    this.sweepTimer ??= setInterval(() => this.sweep(), 1000);
    return session;
  }

  /** The site's adapter for its own boxes; for a box it does not know, the generic fallback. */
  private rulesFor(box: Box): Adapter | null {
    const rules = box.matches(this.adapter.boxes) ? this.adapter : fallbackFor(this.adapter, box, new URL(location.href));
    return rules && isComposeBox(box, rules) ? rules : null;
  }

  /**
   * Ends sessions whose box left the page (the site re-rendered or closed its composer). Their
   * hints are hidden at once, but removed only when nobody is typing: Chrome ends the current
   * undo step of any text box whenever a node leaves the document.
   */
  private sweep(): void {
    const typing = Date.now() - this.lastInput < LULL_MS;
    for (const [box, session] of this.sessions) {
      if (box.isConnected) continue;
      session.hide();
      if (typing) continue;
      this.end(box, session);
    }
    if (!this.sessions.size) this.sweepTimer = void clearInterval(this.sweepTimer) as undefined;
  }

  private end(box: Box, session: Session): void {
    session.end();
    this.sessions.delete(box);
    if (this.active === session) this.active = null;
  }

  endAll(): void {
    for (const [box, session] of this.sessions) this.end(box, session);
  }
}
