// What an adapter tells the content script about one site. Adapters know the site's DOM;
// they never read storage, analyse text or touch the editor.
import type { Context } from '../core/types.ts';
import type { SiteId } from '../core/sites.ts';

export interface Adapter {
  site: SiteId | 'generic';
  /** Compose boxes: a textarea, or the root of a contenteditable editor. */
  boxes: string;
  /** Look-alike boxes GiveFirst must leave alone (chats, direct messages), matched on ancestors too. */
  skip?: string;
  /** Buttons that post the draft. */
  submit?: string;
  /** Whether Ctrl/Cmd+Enter posts on this site. */
  modEnterPosts?: boolean;
  /** Post, reply or comment, from the box's surroundings and the page address. */
  context(box: HTMLElement, url: URL): Context;
  /** The element the hint sits beside; defaults to the box itself. */
  anchor?(box: HTMLElement): HTMLElement;
}
