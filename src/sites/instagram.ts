// Instagram. Comments: textarea[aria-label="Add a comment…"] in a form; captions: a Lexical
// contenteditable role=textbox labelled "Write a caption...". Try:
// https://www.instagram.com/p/abc123/ (comments), the "Create" dialog (caption).
import type { Adapter } from './types.ts';

export const instagram: Adapter = {
  id: 'instagram',
  name: 'Instagram',
  matches: ['https://www.instagram.com/*'],
  boxes: 'form textarea, div[contenteditable="true"][role="textbox"]',
  // Direct messages (https://www.instagram.com/direct/) are private.
  skip: '[aria-label="Message"], [aria-label^="Message"], [role="dialog"][aria-label*="Direct"]',
  submit: 'form [type="submit"], form div[role="button"], [role="dialog"] div[role="button"]',
  modEnterPosts: false,
  context: (box) => (box.tagName === 'TEXTAREA' ? 'comment' : 'post'),
};
