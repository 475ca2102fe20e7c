// Which element is a compose box, whether GiveFirst may look at it, and how to read it.
// Reading never changes the box: `value` or `innerText`, nothing else.
import type { Adapter } from '../sites/types.ts';

export type Box = HTMLTextAreaElement | HTMLElement;

/** The textarea, or the outermost contenteditable element (the editor's root), for an event target. */
export function editableRoot(target: EventTarget | null): Box | null {
  if (!(target instanceof HTMLElement)) return null;
  if (target instanceof HTMLTextAreaElement) return target;
  if (!target.isContentEditable) return null;
  let root: HTMLElement = target;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return root;
}

const SEARCH_OR_SECRET = /search|password|captcha|otp|query/i;

/** Whether this box is one the adapter covers and the person has not excluded. */
export function isComposeBox(box: Box, adapter: Adapter): boolean {
  if (!box.matches(adapter.boxes)) return false;
  if (box.closest('[data-givefirst="off"]')) return false;
  if (adapter.skip && box.closest(adapter.skip)) return false;
  if (box instanceof HTMLTextAreaElement && (box.readOnly || box.disabled)) return false;
  if (box.getAttribute('aria-readonly') === 'true' || box.getAttribute('role') === 'searchbox') return false;
  if (SEARCH_OR_SECRET.test(`${box.id} ${box.getAttribute('name') ?? ''} ${box.getAttribute('aria-label') ?? ''}`)) return false;
  return isShown(box);
}

function isShown(box: Box): boolean {
  if (box.hidden || box.closest('[hidden], [aria-hidden="true"]')) return false;
  const rect = box.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

// Editors pad empty blocks with zero-width characters; they are not part of the draft.
const ZERO_WIDTH = /[\u200b\ufeff]/g;

/** The draft as the person sees it, with runs of blank lines collapsed. */
export function readDraft(box: Box): string {
  const raw = box instanceof HTMLTextAreaElement ? box.value : box.innerText;
  return raw.replace(ZERO_WIDTH, '').replace(/\r\n?/g, '\n').replace(/\n[ \t]*(?:\n[ \t]*)+/g, '\n\n').trim();
}
