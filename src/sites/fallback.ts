// Sites rename the attributes their adapters look for. When a focused box on a built-in site
// is not one its adapter knows but looks like a compose box (a multi-line editor with a post
// button in its composer, not a chat or search), GiveFirst falls back to the generic rules
// rather than fall silent. The site keeps its id, its contexts, its shortcut and its private
// places: chats and direct messages stay off limits.
import { generic, postButtonsNear } from './generic.ts';
import type { Adapter } from './types.ts';

/** Pages of direct messages on the big sites: /messages (X, Facebook, Bluesky), /messaging, /direct, /chat. */
const PRIVATE_PAGES = /^\/(messages?|messaging|direct|chats?|inbox)(\/|$)/i;
const SINGLE_LINE_ROLES = new Set(['searchbox', 'combobox', 'spinbutton']);

function isMultiLine(box: HTMLElement): boolean {
  if (box instanceof HTMLTextAreaElement) return true;
  return box.getAttribute('aria-multiline') !== 'false' && !SINGLE_LINE_ROLES.has(box.getAttribute('role') ?? '');
}

/** The generic rules for a box the site's adapter does not match, or null when it is no compose box. */
export function fallbackFor(site: Adapter, box: HTMLElement, url: URL): Adapter | null {
  if (site.id === generic.id || PRIVATE_PAGES.test(url.pathname) || !isMultiLine(box)) return null;
  if (!postButtonsNear(box).length) return null;
  return {
    ...generic,
    id: site.id,
    name: site.name,
    matches: site.matches,
    skip: site.skip ? `${site.skip}, ${generic.skip}` : generic.skip,
    postButtons: postButtonsNear,
    modEnterPosts: site.modEnterPosts,
    context: site.context,
  };
}
