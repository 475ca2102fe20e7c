// Hacker News: textarea[name="text"] in the comment and reply forms, and the submit page.
// Try: https://news.ycombinator.com/item?id=1 (comment), https://news.ycombinator.com/reply?id=1.
import type { Adapter } from './types.ts';

export const hackernews: Adapter = {
  id: 'hackernews',
  name: 'Hacker News',
  matches: ['https://news.ycombinator.com/*'],
  boxes: 'textarea[name="text"]',
  submit: 'form[action="comment"] input[type="submit"], form[action="/comment"] input[type="submit"], form input[type="submit"]',
  modEnterPosts: false,
  context: (_box, url) => (url.pathname.startsWith('/reply') ? 'reply' : url.pathname.startsWith('/submit') ? 'post' : 'comment'),
};
