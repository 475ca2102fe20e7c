// Facebook. Lexical: div[contenteditable=true][role=textbox][data-lexical-editor=true], in
// the post composer dialog and in comment boxes. Try: https://www.facebook.com/ (composer),
// https://www.facebook.com/groups/123/ and any post's comments.
import type { Adapter } from './types.ts';

export const facebook: Adapter = {
  id: 'facebook',
  name: 'Facebook',
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*'],
  boxes: 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  // Messenger chat heads and the chat tab share the editor; they are private conversations.
  skip: '[aria-label^="Messenger"], [data-testid="mwchat-tab"], [role="dialog"][aria-label*="Chat"], [aria-label*="Message"][role="textbox"]',
  submit: '[aria-label="Post"], [aria-label="Comment"], [aria-label="Reply"]',
  modEnterPosts: false,
  context: (box) => {
    const label = box.getAttribute('aria-label') ?? '';
    if (/reply/i.test(label)) return 'reply';
    return /comment/i.test(label) ? 'comment' : 'post';
  },
  // Lexical removes foreign nodes under its root, so the hint anchors on the root's parent.
  anchor: (box) => box.parentElement ?? box,
};
