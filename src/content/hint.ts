// The inline hint: a <givefirst-hint> host fixed-positioned in document.body, never inside
// the editor, with everything drawn in its open shadow root. Text goes in as text only.
import type { Analysis } from '../core/types.ts';
import type { HintStyle } from '../core/settings.ts';
import { HINT_CSS } from './hint-style.ts';

export interface HintActions {
  dismiss(): void;
  siteOff(): void;
  options(): void;
}

export interface HintView {
  analysis: Analysis;
  balanceLine: string | null;
  style: HintStyle;
}

const GAP = 6;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The card's contents; exported so the options preview draws exactly the same hint. */
export function hintParts({ analysis, balanceLine }: HintView, handlers: HintActions): HTMLElement[] {
  const title = el('p', 'title', 'This reads as pure self-promotion');
  const why = el('p', 'why', 'Because of ');
  const phrases = analysis.reasons.filter((r) => r.weight > 0).slice(0, 4);
  phrases.forEach((reason, i) => {
    if (i > 0) why.append(', ');
    const phrase = el('span', 'phrase', reason.text.slice(0, 60));
    phrase.title = reason.signal;
    why.append(phrase);
  });
  why.append('.');
  const tip = el('p', 'try');
  tip.append(el('b', '', 'Give first: '), analysis.suggestion);
  const parts = [title];
  if (phrases.length) parts.push(why);
  parts.push(tip);
  if (balanceLine) parts.push(el('p', 'balance', balanceLine));
  const actions = el('div', 'actions');
  actions.append(
    button('Dismiss', 'Hide this hint for this draft', handlers.dismiss),
    button('Off on this site', 'Stop GiveFirst on this site', handlers.siteOff),
    button('Options', 'Open GiveFirst options', handlers.options),
  );
  parts.push(actions);
  return parts;
}

function button(label: string, description: string, onClick: () => void): HTMLButtonElement {
  const button = el('button', '', label);
  button.type = 'button';
  button.setAttribute('aria-label', description);
  button.addEventListener('click', onClick);
  return button;
}

export class Hint {
  readonly host: HTMLElement;
  private readonly card: HTMLElement;
  private frame = 0;

  constructor(private anchor: HTMLElement, private readonly actions: HintActions) {
    this.host = document.createElement('givefirst-hint');
    this.host.hidden = true;
    const shadow = this.host.attachShadow({ mode: 'open' });
    const style = el('style', '');
    style.textContent = HINT_CSS;
    this.card = el('div', 'card');
    this.card.setAttribute('role', 'status');
    this.card.setAttribute('aria-live', 'polite');
    // Clicking a hint button must not pull focus out of the editor the person is typing in.
    this.card.addEventListener('mousedown', (event) => event.preventDefault());
    shadow.append(style, this.card);
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
    this.card.className = view.style === 'compact' ? 'card compact' : 'card';
    this.card.replaceChildren(...hintParts(view, this.actions));
    if (!this.host.isConnected) document.body.append(this.host);
    this.host.hidden = false;
    this.place();
  }

  /** Follows the box: below it when there is room, above it otherwise; batched per frame. */
  place(): void {
    if (this.host.hidden || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const box = this.anchor.getBoundingClientRect();
      const own = this.host.getBoundingClientRect();
      const below = box.bottom + GAP + own.height <= innerHeight;
      const top = below ? box.bottom + GAP : Math.max(GAP, box.top - GAP - own.height);
      const left = Math.min(Math.max(GAP, box.right - own.width), innerWidth - own.width - GAP);
      this.host.style.top = `${Math.round(top)}px`;
      this.host.style.left = `${Math.round(Math.max(GAP, left))}px`;
    });
  }

  moveTo(anchor: HTMLElement): void {
    this.anchor = anchor;
    this.place();
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    this.host.remove();
  }
}
