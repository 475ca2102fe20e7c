// Reddit. New Reddit: <shreddit-composer> holds a light-DOM Lexical editor
// div[slot="rte"][role="textbox"], or a markdown textarea in markdown mode. Old Reddit:
// form.usertext textarea[name="text"]. Try: https://www.reddit.com/r/webdev/submit,
// https://www.reddit.com/r/webdev/comments/abc/title/, https://old.reddit.com/r/webdev/comments/abc/title/.
import type { Adapter } from './types.ts';

export const reddit: Adapter = {
  id: 'reddit',
  name: 'Reddit',
  matches: ['https://www.reddit.com/*', 'https://old.reddit.com/*'],
  boxes: [
    'shreddit-composer [slot="rte"][contenteditable="true"]',
    'shreddit-composer textarea',
    'shreddit-markdown-composer textarea',
    'textarea[name="markdown"]',
    'textarea[name="text"]',
  ].join(', '),
  // Reddit chat lives in its own app; its composer is never analysed.
  skip: 'rs-app, shreddit-chat, [class*="chat"]',
  submit: 'shreddit-composer [slot="submit-button"], shreddit-composer button[type="submit"], form.usertext button.save, form.usertext button[type="submit"]',
  modEnterPosts: true,
  context: (_box, url) => {
    if (/\/submit/.test(url.pathname)) return 'post';
    return /\/comments\//.test(url.pathname) ? 'comment' : 'post';
  },
  anchor: (box) => (box.closest('shreddit-composer, form.usertext') as HTMLElement | null) ?? box,
};
