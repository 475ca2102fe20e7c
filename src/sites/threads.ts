// Threads (threads.net and threads.com). Lexical: div[contenteditable=true][role=textbox].
// Try: https://www.threads.com/ (new thread), any thread's reply box.
import type { Adapter } from './types.ts';

export const threads: Adapter = {
  id: 'threads',
  name: 'Threads',
  matches: ['https://www.threads.net/*', 'https://www.threads.com/*'],
  boxes: 'div[contenteditable="true"][role="textbox"]',
  skip: '[aria-label*="Search"]',
  submit: 'div[role="button"][aria-label="Post"], button[aria-label="Post"], div[role="dialog"] div[role="button"]:not([aria-label])',
  modEnterPosts: true,
  context: (box, url) =>
    /\/post\//.test(url.pathname) || /reply/i.test(box.getAttribute('aria-label') ?? '') ? 'reply' : 'post',
  anchor: (box) => box.parentElement ?? box,
};
