// How a post is seen: a click on one of the site's post buttons, the site's keyboard shortcut,
// or a button or Enter after which the site empties the box. The draft is read at once, before
// the site clears the box.
import { editableRoot } from './boxes.ts';
import type { Sessions } from './sessions.ts';

/** Ctrl/Cmd+Enter posts on some sites; plain Enter on others (comments): then the box empties. */
export function keyPressed(sessions: Sessions, event: KeyboardEvent): void {
  sessions.pressed();
  if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
  const box = editableRoot(event.target);
  const session = box && sessions.known(box);
  if (!session) return;
  const text = session.currentText();
  if (!text) return;
  if ((event.ctrlKey || event.metaKey) && session.adapter.modEnterPosts) void session.posted(text);
  else session.postedIfEmptied(text);
}

export function clicked(sessions: Sessions, event: MouseEvent): void {
  const session = sessions.active;
  if (!session || !(event.target instanceof Element)) return;
  const button = event.target.closest('button, [role="button"], input[type="submit"]');
  if (!button) return;
  const text = session.currentText();
  if (!text) return;
  const { submit, mayPost } = session.adapter;
  if (submit && button.matches(submit)) void session.posted(text);
  else if (mayPost?.(button, session.box)) session.postedIfEmptied(text);
}
