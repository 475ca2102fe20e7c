// YouTube comments: ytd-commentbox #contenteditable-root, created only after the
// "Add a comment…" placeholder is clicked (the focus listener catches it then).
// Try: https://www.youtube.com/watch?v=abc (comments), replies under any comment.
import type { Adapter } from './types.ts';

export const youtube: Adapter = {
  id: 'youtube',
  name: 'YouTube',
  matches: ['https://www.youtube.com/*'],
  boxes: 'ytd-commentbox #contenteditable-root, #contenteditable-root[contenteditable="true"]',
  // Live chat runs in its own frame and is never matched; search is an input.
  skip: 'yt-live-chat-text-input-field-renderer',
  submit: 'ytd-commentbox #submit-button',
  modEnterPosts: false,
  context: (box) => (box.closest('ytd-comment-replies-renderer, ytd-comment-thread-renderer #replies') ? 'reply' : 'comment'),
  anchor: (box) => (box.closest('ytd-commentbox') as HTMLElement | null) ?? box,
};
