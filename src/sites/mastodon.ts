// Mastodon (mastodon.social here; other instances the user adds run the same adapter through
// the generic registration). textarea.autosuggest-textarea__textarea in .compose-form.
// Try: https://mastodon.social/home, https://mastodon.social/@someone/123 (reply).
import type { Adapter } from './types.ts';

export const mastodon: Adapter = {
  id: 'mastodon',
  name: 'Mastodon',
  matches: ['https://mastodon.social/*'],
  boxes: '.compose-form textarea',
  // Direct-visibility toots are still public-format posts; only the search box is skipped.
  skip: '.search, .search__input',
  submit: '.compose-form__publish button, .compose-form__publish-button-wrapper button',
  modEnterPosts: true,
  context: (box) => (box.closest('.compose-form')?.querySelector('.reply-indicator') ? 'reply' : 'post'),
};
