// One compose box being written in: its draft id, the analysis after each pause in typing,
// its hint, and what it reports when the draft is posted. What it analyses with (settings,
// what corrections taught) is pushed in by the registry; everything it starts ends with its signal.
import { analysisNow, loadAnalysis, type AnalysisModule } from './analysis-loader.ts';
import type { Analysis, Context, Entry, LearnedDelta } from '../core/types.ts';
import type { Settings } from '../core/settings.ts';
import type { Adapter } from '../sites/types.ts';
import { sendFromContent as send } from '../platform/messaging.ts';
import { readDraft, type Box } from './boxes.ts';
import type { Hint, HintView } from './hint.ts';
import { reportEntry } from './report.ts';
import { turnOffHere } from './here.ts';
import { PAUSE_MS } from './timing.ts';

const SNIPPET_LENGTH = 140;
/** How long a draft may take to leave its box after a click that may have posted it. */
const EMPTYING_MS = 2000;

/** What every session analyses with; the registry pushes a new one when either changes. */
export interface SessionInputs {
  settings: Settings;
  /** What the person's corrections taught the analysis (src/content/learned.ts). */
  learned: LearnedDelta;
}

const newDraftId = (): string => crypto.randomUUID();

export class Session {
  private draftId = newDraftId();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private text = '';
  private analysis: Analysis | null = null;
  private dismissedDraft: string | null = null;
  private postedDraft: string | null = null;
  /** A draft a click may have posted, until the site empties the box or the wait is over. */
  private awaited: string | null = null;
  private readonly life = new AbortController();
  /** Made the first time there is a verdict to show; it comes with the analysis. */
  private hint: Hint | null = null;

  constructor(readonly box: Box, readonly adapter: Adapter, private inputs: SessionInputs) {
    const { signal } = this.life;
    signal.addEventListener('abort', () => {
      clearTimeout(this.timer);
      this.hint?.destroy();
    });
    // Rich editors (Draft.js, Lexical, ProseMirror) apply deletions, Enter and pastes
    // themselves and fire no input event, and sites clear them after posting; a narrow observer
    // on this one editor sees every change. Textareas report all edits through input events.
    if (!(box instanceof HTMLTextAreaElement)) {
      const watcher = new MutationObserver(() => this.typed());
      watcher.observe(box, { childList: true, characterData: true, subtree: true });
      signal.addEventListener('abort', () => watcher.disconnect());
    }
  }

  get ended(): boolean {
    return this.life.signal.aborted;
  }

  /** New settings or a new learned delta; the next analysis uses them. */
  use(inputs: SessionInputs): void {
    this.inputs = inputs;
  }

  /** Called on every input event: the only work on the typing path is resetting a timer. */
  typed(): void {
    if (this.postedDraft === this.draftId) this.draftId = newDraftId();
    clearTimeout(this.timer);
    if (!this.ended) this.timer = setTimeout(() => this.refresh(), PAUSE_MS);
  }

  private show(module: AnalysisModule, view: HintView): void {
    const { adapter, box } = this;
    const postButtons = adapter.postButtons ? () => adapter.postButtons!(box) : () => (adapter.submit ? [...document.querySelectorAll(adapter.submit)] : []);
    this.hint ??= new module.Hint(adapter.anchor?.(box) ?? box, postButtons, {
      dismiss: () => this.dismiss(),
      siteOff: () => {
        this.hide();
        void turnOffHere();
      },
      options: () => void send({ kind: 'options:open' }).catch(() => undefined),
    });
    this.hint.render(view);
  }

  /** Reads and analyses the draft now, and shows or hides the hint. */
  refresh(): void {
    clearTimeout(this.timer);
    if (this.ended || !this.box.isConnected) return;
    const module = analysisNow();
    if (!module) {
      void loadAnalysis().then(() => this.refresh(), (error) => console.warn('GiveFirst could not load its analysis:', error));
      return;
    }
    this.text = readDraft(this.box);
    if (!this.text) {
      this.analysis = null;
      this.hint?.render(null);
      return;
    }
    const style = this.inputs.settings.hintStyle;
    const verdict = this.analyze(module, this.text);
    this.analysis = verdict;
    if (!verdict.flag || this.dismissedDraft === this.draftId) {
      this.show(module, { analysis: { ...verdict, flag: false }, balanceLine: null, style });
      return;
    }
    const draft = this.draftId;
    this.show(module, { analysis: verdict, balanceLine: null, style });
    void module.balanceLine(verdict).then((line) => {
      if (line && !this.ended && this.draftId === draft && this.analysis === verdict) {
        this.show(module, { analysis: verdict, balanceLine: line, style: this.inputs.settings.hintStyle });
      }
    });
  }

  private context(): Context {
    return this.adapter.context(this.box, new URL(location.href));
  }

  private analyze(module: AnalysisModule, text: string): Analysis {
    return module.analyze(text, {
      site: this.adapter.id,
      context: this.context(),
      settings: this.inputs.settings,
      delta: module.deltaFrom(this.inputs.learned),
    });
  }

  /** Hides the hint without touching the page's structure (see the sweep in sessions.ts). */
  hide(): void {
    clearTimeout(this.timer);
    this.hint?.render(null);
  }

  dismiss(): void {
    this.dismissedDraft = this.draftId;
    this.hint?.render(null);
  }

  /** The draft as it stands, for a submit seen right now (before the site clears the box). */
  currentText(): string {
    return this.box.isConnected ? readDraft(this.box) : this.text;
  }

  /** Records the post once per draft: a double click or a retry reuses the same id. */
  async posted(text: string): Promise<void> {
    if (!text) return;
    this.awaited = null;
    const draftId = this.draftId;
    this.postedDraft = draftId;
    const module = analysisNow() ?? (await loadAnalysis());
    const { settings } = this.inputs;
    const analysis = text === this.text && this.analysis ? this.analysis : this.analyze(module, text);
    const entry: Entry = {
      id: draftId,
      time: Date.now(),
      site: this.adapter.id === 'generic' ? location.hostname || 'page' : this.adapter.id,
      context: this.context(),
      kind: analysis.kind,
      score: analysis.score,
      // Without snippets no words of the post are kept: only which kinds of signal it carried.
      reasons: analysis.reasons.slice(0, 8).map(({ text: t, signal }) => ({ text: settings.keepSnippets ? t.slice(0, 80) : '', signal })),
      language: analysis.language,
      ...module.fingerprint(text, { site: this.adapter.id, context: this.context(), settings }),
    };
    if (settings.keepSnippets) entry.snippet = text.slice(0, SNIPPET_LENGTH);
    void reportEntry(entry);
    this.hint?.render(null);
  }

  /**
   * A click or Enter that may have posted `text`: it did if the site empties or removes the box
   * soon ("Cancel" empties boxes too, which is why the buttons' words are checked first).
   */
  postedIfEmptied(text: string): void {
    this.awaited = text;
    const until = Date.now() + EMPTYING_MS;
    const check = (): void => {
      if (this.awaited !== text || this.ended) return;
      if (this.isEmpty()) void this.posted(text);
      else if (Date.now() < until) setTimeout(check, 200);
    };
    setTimeout(check, 200);
  }

  private isEmpty(): boolean {
    return !this.box.isConnected || readDraft(this.box) === '';
  }

  follow(): void {
    this.hint?.place();
  }

  /** Ends everything this session started. A box that left the page while a post was awaited was posted. */
  end(): void {
    if (this.awaited !== null && !this.box.isConnected) void this.posted(this.awaited);
    this.life.abort();
  }
}
