// X (formerly Twitter). Draft.js: the editable root is
// div.public-DraftEditor-content[role=textbox][data-testid="tweetTextarea_0"] (the thread
// composer numbers further boxes _1, _2...). Try: https://x.com/home (post),
// https://x.com/someone/status/123 (reply), https://x.com/compose/post (the modal).
import type { Adapter } from './types.ts';

export const x: Adapter = {
  id: 'x',
  name: 'X',
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  boxes: '[data-testid^="tweetTextarea_"][contenteditable="true"]',
  // Direct messages use their own composer and are private: never analysed.
  skip: '[data-testid="dmComposerTextInput"], [data-testid="DmActivityContainer"], [data-testid="DMDrawer"]',
  // tweetButtonInline on the timeline, tweetButton in the modal composer.
  submit: '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]',
  modEnterPosts: true,
  context: (box, url) =>
    /\/status\/\d+/.test(url.pathname) || box.closest('[aria-labelledby*="Replying"], [data-testid="inline_reply_offscreen"]')
      ? 'reply'
      : 'post',
  // The Draft.js root container: outside the content element so Draft never sees the hint.
  anchor: (box) => (box.closest('.DraftEditor-root') as HTMLElement | null) ?? box,
};
