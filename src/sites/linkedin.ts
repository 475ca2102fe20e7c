// LinkedIn. Quill: div.ql-editor[contenteditable=true] in the share box, in comment boxes
// (.comments-comment-box) and in group posts. Try: https://www.linkedin.com/feed/,
// https://www.linkedin.com/groups/123/.
import type { Adapter } from './types.ts';

export const linkedin: Adapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  matches: ['https://www.linkedin.com/*'],
  boxes: '.ql-editor[contenteditable="true"]',
  // Messaging overlay and the /messaging page: private conversations.
  skip: '.msg-form, .msg-overlay-conversation-bubble, .msg-form__contenteditable',
  submit: '.share-actions__primary-action, .comments-comment-box__submit-button, .comments-comment-box__submit-button--cr',
  modEnterPosts: false,
  context: (box) => (box.closest('.comments-comment-box, .comments-comment-texteditor') ? 'comment' : 'post'),
  anchor: (box) => (box.closest('.ql-container') as HTMLElement | null) ?? box,
};
