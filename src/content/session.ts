// One compose box being written in: its draft id, the analysis after each pause in typing,
// its hint, and what it reports when the draft is posted.
import { analysisNow, loadAnalysis, type AnalysisModule } from './analysis-loader.ts';
import type { Analysis, Context, Correction, Entry } from '../core/types.ts';
import type { Settings } from '../core/settings.ts';
import type { Adapter } from '../sites/types.ts';
import { readDraft, type Box } from './boxes.ts';
import { Hint, type HintActions } from './hint.ts';
import { PAUSE_MS } from './timing.ts';

const SNIPPET_LENGTH = 140;

export interface SessionHost {
  settings(): Settings;
  corrections(): Correction[];
  balanceLine(analysis: Analysis): Promise<string | null>;
  report(entry: Entry): void;
  actions(session: Session): HintActions;
}

const newDraftId = (): string => crypto.randomUUID();

export class Session {
  private draftId = newDraftId();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private text = '';
  private analysis: Analysis | null = null;
  private dismissedDraft: string | null = null;
  private postedDraft: string | null = null;
  private readonly hint: Hint;
  private readonly watcher: MutationObserver | null = null;

  constructor(readonly box: Box, private readonly adapter: Adapter, private readonly host: SessionHost) {
    this.hint = new Hint(adapter.anchor?.(box) ?? box, host.actions(this), adapter.submit);
    // Rich editors (Draft.js, Lexical, ProseMirror) apply deletions, Enter and pastes
    // themselves and fire no input event, and sites clear them after posting; a narrow observer
    // on this one editor sees every change. Textareas report all edits through input events.
    if (!(box instanceof HTMLTextAreaElement)) {
      this.watcher = new MutationObserver(() => this.typed());
      this.watcher.observe(box, { childList: true, characterData: true, subtree: true });
    }
  }

  /** Called on every input event: the only work on the typing path is resetting a timer. */
  typed(): void {
    if (this.postedDraft === this.draftId) this.draftId = newDraftId();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), PAUSE_MS);
  }

  /** Reads and analyses the draft now, and shows or hides the hint. */
  refresh(): void {
    clearTimeout(this.timer);
    if (!this.box.isConnected) return;
    const module = analysisNow();
    if (!module) {
      void loadAnalysis().then(() => this.refresh(), (error) => console.warn('GiveFirst could not load its analysis:', error));
      return;
    }
    this.text = readDraft(this.box);
    if (!this.text) {
      this.analysis = null;
      this.hint.render(null);
      return;
    }
    const settings = this.host.settings();
    const verdict = this.analyze(module, this.text);
    this.analysis = verdict;
    if (!verdict.flag || this.dismissedDraft === this.draftId) {
      this.hint.render({ analysis: { ...verdict, flag: false }, balanceLine: null, style: settings.hintStyle });
      return;
    }
    const draft = this.draftId;
    this.hint.render({ analysis: verdict, balanceLine: null, style: settings.hintStyle });
    void this.host.balanceLine(verdict).then((balanceLine) => {
      if (balanceLine && this.draftId === draft && this.analysis === verdict) {
        this.hint.render({ analysis: verdict, balanceLine, style: this.host.settings().hintStyle });
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
      settings: this.host.settings(),
      corrections: this.host.corrections(),
    });
  }

  /** Hides the hint without touching the page's structure (see sweep in main.ts). */
  hide(): void {
    clearTimeout(this.timer);
    this.hint.render(null);
  }

  dismiss(): void {
    this.dismissedDraft = this.draftId;
    this.hint.render(null);
  }

  /** The draft as it stands, for a submit seen right now (before the site clears the box). */
  currentText(): string {
    return this.box.isConnected ? readDraft(this.box) : this.text;
  }

  /** Records the post once per draft: a double click or a retry reuses the same id. */
  async posted(text: string): Promise<void> {
    if (!text) return;
    const draftId = this.draftId;
    this.postedDraft = draftId;
    const module = analysisNow() ?? (await loadAnalysis());
    const settings = this.host.settings();
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
      fingerprint: module.fingerprint(text),
    };
    if (settings.keepSnippets) entry.snippet = text.slice(0, SNIPPET_LENGTH);
    this.host.report(entry);
    this.hint.render(null);
  }

  isEmpty(): boolean {
    return !this.box.isConnected || readDraft(this.box) === '';
  }

  follow(): void {
    this.hint.place();
  }

  end(): void {
    clearTimeout(this.timer);
    this.watcher?.disconnect();
    this.hint.destroy();
  }
}
