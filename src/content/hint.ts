// The inline hint: a <givefirst-hint> host fixed-positioned in document.body, never inside
// the editor, with its card in an open shadow root. Text goes in as text only.
import { HintCard, type HintActions, type HintView } from './hint-card.ts';
import { HINT_CSS } from './hint-style.ts';

export type { HintActions, HintView };

const GAP = 6;
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

  constructor(private anchor: HTMLElement, actions: HintActions) {
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

  /**
   * Follows the box. Submit buttons sit under most compose boxes, so the hint goes beside the
   * box when there is room, else above it, and below it only as the last resort.
   */
  place(): void {
    if (this.host.hidden || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const { top, left } = placement(this.anchor.getBoundingClientRect(), this.host.getBoundingClientRect());
      this.host.style.top = `${Math.round(top)}px`;
      this.host.style.left = `${Math.round(left)}px`;
    });
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    this.host.remove();
  }
}

function placement(box: DOMRect, own: DOMRect): { top: number; left: number } {
  const clampTop = (top: number) => Math.min(Math.max(GAP, top), innerHeight - own.height - GAP);
  const clampLeft = (left: number) => Math.min(Math.max(GAP, left), innerWidth - own.width - GAP);
  if (innerWidth - box.right >= own.width + 2 * GAP) return { top: clampTop(box.top), left: box.right + GAP };
  if (box.top >= own.height + 2 * GAP) return { top: box.top - GAP - own.height, left: clampLeft(box.right - own.width) };
  return { top: clampTop(box.bottom + GAP), left: clampLeft(box.right - own.width) };
}
