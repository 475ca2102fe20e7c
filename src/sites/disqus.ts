// Disqus: blogs embed comments as a frame from https://disqus.com/embed/comments/ (the
// manifest runs the content script in that frame). The box is a plain contenteditable
// div.textarea[role=textbox]. Try: any blog with Disqus comments.
import type { Adapter } from './types.ts';

export const disqus: Adapter = {
  id: 'disqus',
  name: 'Disqus comments',
  matches: ['https://disqus.com/embed/comments/*'],
  allFrames: true,
  boxes: '.textarea[contenteditable="true"], [role="textbox"][contenteditable="true"]',
  submit: 'button.post-action__button, .textarea-wrapper ~ * button[type="submit"], button[type="submit"]',
  modEnterPosts: false,
  context: (box) => (box.closest('.post-children, .children, [data-role="reply-form"]') ? 'reply' : 'comment'),
  anchor: (box) => (box.closest('.textarea-wrapper') as HTMLElement | null) ?? box,
};
