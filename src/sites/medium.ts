// Medium: the story editor (an article-level contenteditable) and responses.
// Try: https://medium.com/new-story, any story's responses panel.
import type { Adapter } from './types.ts';

export const medium: Adapter = {
  id: 'medium',
  name: 'Medium',
  matches: ['https://medium.com/*'],
  boxes: '[contenteditable="true"][role="textbox"], div[contenteditable="true"].postArticle-content, textarea',
  skip: 'input[type="search"], [role="search"]',
  submit: '[data-action="publish"], [data-testid="publishButton"], [data-testid="ResponseRespondButton"], button[data-testid*="respond" i]',
  modEnterPosts: false,
  context: (box) => (box.closest('[data-testid*="response" i], [aria-label*="response" i], .responses') ? 'comment' : 'post'),
};
