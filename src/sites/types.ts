// What an adapter tells the content script about one site: everything GiveFirst knows about
// it, in one place. Adapters know the site's DOM; they never read storage, analyse text or
// touch the editor.
import type { Context } from '../core/types.ts';

export interface Adapter {
  /** The settings' switch and the ledger's `site`; 'generic' for sites the user adds. */
  id: string;
  /** As the options page and the popup name it. */
  name: string;
  /** Manifest match patterns of the pages the content script runs on (the build writes them). */
  matches: string[];
  /** Whether the content script also runs in frames (comments embedded in other sites' pages). */
  allFrames?: boolean;
  /** Compose boxes: a textarea, or the root of a contenteditable editor. */
  boxes: string;
  /** Look-alike boxes GiveFirst must leave alone (chats, direct messages), matched on ancestors too. */
  skip?: string;
  /** Buttons that post the draft: a click on one records it at once. */
  submit?: string;
  /**
   * A clicked button that may post this box's draft: it counts only if the site then empties or
   * removes the box. Sites that leave it out get the generic adapter's (its words for "post").
   */
  mayPost?(button: Element, box: HTMLElement): boolean;
  /** The post buttons the hint must not cover, where `submit` cannot name them (the fallback). */
  postButtons?(box: HTMLElement): Element[];
  /** Whether Ctrl/Cmd+Enter posts on this site. */
  modEnterPosts?: boolean;
  /** Post, reply or comment, from the box's surroundings and the page address. */
  context(box: HTMLElement, url: URL): Context;
  /** The element the hint sits beside; defaults to the box itself. */
  anchor?(box: HTMLElement): HTMLElement;
}
