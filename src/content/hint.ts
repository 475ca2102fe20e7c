// The inline hint: a <givefirst-hint> host fixed-positioned in document.body, never inside
// the editor, with its card in an open shadow root. Text goes in as text only.
import { HintCard, type HintActions, type HintView } from './hint-card.ts';
import { HINT_CSS } from './hint-style.ts';
import { buttonsNear, placement, union } from './placement.ts';

export type { HintActions, HintView };

const sheets = new Map<string, CSSStyleSheet>();

/**
 * A constructed style sheet is not subject to the page's style-src policy (strict sites would
 * block a <style> element); where the browser refuses it to content scripts, fall back.
 */
export function adoptStyles(shadow: ShadowRoot, css = HINT_CSS): void {
  try {
    let sheet = sheets.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    shadow.prepend(style);
  }
}

export class Hint {
  readonly host: HTMLElement;
  private readonly card: HintCard;
  private frame = 0;

  /** `postButtons`: the site's post buttons, which the hint must not cover. */
  constructor(private anchor: HTMLElement, private postButtons: () => Element[], actions: HintActions) {
    this.host = document.createElement('givefirst-hint');
    this.host.hidden = true;
    const shadow = this.host.attachShadow({ mode: 'open' });
    this.card = new HintCard(actions);
    // Clicking a hint button must not pull focus out of the editor the person is typing in.
    this.card.element.addEventListener('mousedown', (event) => event.preventDefault());
    shadow.append(this.card.element);
    adoptStyles(shadow);
  }

  /** Shows the verdict, or hides the hint when there is nothing to say. */
  render(view: HintView | null): void {
    const analysis = view?.analysis;
    this.host.dataset.kind = analysis?.kind ?? 'neutral';
    this.host.dataset.flag = String(Boolean(analysis?.flag));
    if (!view || !analysis?.flag || view.style === 'silent') {
      this.host.hidden = true;
      return;
    }
    this.card.update(view);
    // Appending never disturbs the editor; the host is only removed when its box is gone.
    if (!this.host.isConnected) document.body.append(this.host);
    this.host.hidden = false;
    this.place();
  }

  /** Follows the box, clear of it and of its post button (see placement.ts). */
  place(): void {
    if (this.host.hidden || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const box = this.anchor.getBoundingClientRect();
      const buttons = this.postButtons().map((b) => b.getBoundingClientRect());
      const zone = union(box, buttonsNear(box, buttons));
      const { top, left } = placement(zone, this.host.getBoundingClientRect(), { width: innerWidth, height: innerHeight });
      this.host.style.top = `${Math.round(top)}px`;
      this.host.style.left = `${Math.round(left)}px`;
    });
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    this.host.remove();
  }
}
