// The hint's card. Its nodes are made once and then only their text and attributes change:
// Chrome ends the current undo step of a textarea whenever a node leaves the document, so a
// hint that rebuilt itself while someone types would split their undo history.
import type { Analysis } from '../core/types.ts';
import { SHOWN_REASONS, shownReasons } from '../core/shown-reasons.ts';
import type { HintStyle } from '../core/settings.ts';
import { moveText, signalLabel, t } from '../platform/i18n.ts';

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

const PHRASE_LENGTH = 60;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function button(label: string, description: string, onClick: () => void): HTMLButtonElement {
  const node = el('button', '', label);
  node.type = 'button';
  node.setAttribute('aria-label', description);
  node.addEventListener('click', onClick);
  return node;
}

export class HintCard {
  readonly element: HTMLElement;
  readonly buttons: HTMLButtonElement[];
  private readonly why: HTMLElement;
  private readonly phrases: { separator: Text; span: HTMLElement; text: Text }[] = [];
  private readonly tip = new Text('');
  private readonly balance: HTMLElement;
  private readonly balanceText = new Text('');

  constructor(actions: HintActions) {
    this.why = el('p', 'why', `${t('hint_because')} `);
    for (let i = 0; i < SHOWN_REASONS; i++) {
      const slot = { separator: new Text(''), span: el('span', 'phrase'), text: new Text('') };
      slot.span.append(slot.text);
      this.why.append(slot.separator, slot.span);
      this.phrases.push(slot);
    }
    this.why.append('.');
    // The balance counts posts on every site, so the page the hint sits in must not read it:
    // it lives in a closed shadow root, which only the person (and their screen reader) sees.
    this.balance = el('p', 'balance');
    this.balance.attachShadow({ mode: 'closed' }).append(this.balanceText);
    this.buttons = [
      button(t('hint_dismiss'), t('hint_dismiss_label'), actions.dismiss),
      button(t('hint_site_off'), t('hint_site_off_label'), actions.siteOff),
      button(t('hint_options'), t('hint_options_label'), actions.options),
    ];
    this.element = el(
      'div',
      'card',
      el('p', 'title', t('hint_title')),
      this.why,
      el('p', 'try', el('b', '', `${t('hint_give_first')} `), this.tip),
      this.balance,
      el('div', 'actions', ...this.buttons),
    );
    this.element.setAttribute('role', 'status');
    this.element.setAttribute('aria-live', 'polite');
  }

  update({ analysis, balanceLine, style }: HintView): void {
    this.element.className = style === 'compact' ? 'card compact' : 'card';
    const shown = shownReasons(analysis.reasons);
    this.phrases.forEach((slot, i) => {
      const reason = shown[i];
      slot.span.hidden = !reason;
      slot.separator.data = reason && i > 0 ? ', ' : '';
      slot.text.data = reason ? reason.text.slice(0, PHRASE_LENGTH) : '';
      slot.span.title = reason ? signalLabel(reason.signal) : '';
    });
    this.why.hidden = shown.length === 0;
    this.tip.data = moveText(analysis.suggestion);
    this.balanceText.data = balanceLine ?? '';
    this.balance.hidden = !balanceLine;
  }
}
