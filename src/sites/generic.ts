// Any site the user adds: every textarea and contenteditable root, e.g. Discourse
// (textarea.d-editor-input, .ProseMirror.d-editor-input), WordPress comments
// (textarea#comment), phpBB (textarea#message), blogs, other Mastodon instances.
import type { Adapter } from './types.ts';

export const generic: Adapter = {
  id: 'generic',
  name: 'generic',
  // Registered for each site the user adds (src/background/sites.ts), never in the manifest.
  matches: [],
  boxes: 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]',
  // Chat widgets and messaging panes on arbitrary sites.
  skip: '[class*="chat" i], [id*="chat" i], [aria-label*="chat" i], [aria-label*="message" i]',
  submit: 'form button[type="submit"], form input[type="submit"], .save-or-cancel button.create, button.create, #submit',
  modEnterPosts: true,
  context: (box, url) => {
    if (/comment/i.test(box.id + box.className)) return 'comment';
    // Forums say it in the address: Discourse /t/…, phpBB posting.php?mode=reply (its box is #message either way).
    return /\/t\/|reply|thread|topic/i.test(url.pathname + url.search) ? 'reply' : 'post';
  },
};
