// Bluesky. The composer is a TipTap (ProseMirror) editor, div.ProseMirror[contenteditable];
// older versions used a textarea. Try: https://bsky.app/ (New post), any post's Reply.
import type { Adapter } from './types.ts';

export const bluesky: Adapter = {
  id: 'bluesky',
  name: 'Bluesky',
  matches: ['https://bsky.app/*'],
  boxes: '.ProseMirror[contenteditable="true"], [data-testid="composePostView"] textarea',
  // Chats at https://bsky.app/messages are private.
  skip: '[data-testid="messageInput"], [aria-label*="message" i]',
  submit: '[data-testid="composerPublishBtn"]',
  modEnterPosts: true,
  context: (box) => {
    const dialog = box.closest('[role="dialog"], [aria-modal="true"]');
    return dialog?.querySelector('[data-testid="replyPreview"], [aria-label*="Reply to"]') ? 'reply' : 'post';
  },
  anchor: (box) => box.parentElement ?? box,
};
