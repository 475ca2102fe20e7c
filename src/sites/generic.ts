// Any site the user adds: every textarea and contenteditable root, e.g. Discourse
// (textarea.d-editor-input, .ProseMirror.d-editor-input), WordPress comments
// (textarea#comment), phpBB (textarea#message), blogs, other Mastodon instances. Its submit
// detection (a button near the box that says it posts) is every site's default.
import type { Adapter } from './types.ts';

const POSTS = /\b(post|send|reply|comment|publish|submit|tweet|toot|share|save|respond|enviar|publicar|responder|comentar|senden|posten|antworten|kommentieren|publier|envoyer|répondre|commenter)\b/i;
// "Cancel" and "Discard" empty boxes too, so their words rule a button out.
const DISCARDS = /\b(cancel|discard|delete|remove|close|clear|abbrechen|verwerfen|löschen|annuler|supprimer|cancelar|descartar|eliminar|excluir)\b/i;

/** What a button says: its label, value or text. */
function says(button: Element): string {
  return `${button.getAttribute('aria-label') ?? ''} ${(button as HTMLInputElement).value ?? ''} ${button.textContent ?? ''}`.slice(0, 200);
}

export function saysItPosts(button: Element): boolean {
  const label = says(button);
  return POSTS.test(label) && !DISCARDS.test(label);
}

/** The composer around a box: its form, or the ancestor a few levels up. */
export function composerOf(box: Element): Element {
  const form = box.closest('form');
  if (form) return form;
  let ancestor = box;
  for (let level = 0; level < 5 && ancestor.parentElement; level++) ancestor = ancestor.parentElement;
  return ancestor;
}

/** The buttons in the box's composer that say they post. */
export function postButtonsNear(box: Element): Element[] {
  return [...composerOf(box).querySelectorAll('button, [role="button"], input[type="submit"]')].filter(saysItPosts);
}

export const generic: Adapter = {
  id: 'generic',
  name: 'generic',
  // Registered for each site the user adds (src/background/sites.ts), never in the manifest.
  matches: [],
  boxes: 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]',
  // Chat widgets and messaging panes on arbitrary sites.
  skip: '[class*="chat" i], [id*="chat" i], [aria-label*="chat" i], [aria-label*="message" i]',
  submit: 'form button[type="submit"], form input[type="submit"], .save-or-cancel button.create, button.create, #submit',
  mayPost: (button, box) => saysItPosts(button) && composerOf(box).contains(button),
  modEnterPosts: true,
  context: (box, url) => {
    if (/comment/i.test(box.id + box.className)) return 'comment';
    // Forums say it in the address: Discourse /t/…, phpBB posting.php?mode=reply (its box is #message either way).
    return /\/t\/|reply|thread|topic/i.test(url.pathname + url.search) ? 'reply' : 'post';
  },
};
