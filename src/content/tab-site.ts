// The popup asks the active tab which site it is, so it can offer the on/off switch.
import type { Settings } from '../core/settings.ts';
import type { TabMessage, TabReplies } from '../core/messages.ts';
import { adapter, enabledHere } from './here.ts';

export function answerTabSite(settings: () => Settings) {
  return (message: TabMessage, _sender: unknown, reply: (answer: TabReplies['tab:site']) => void): void => {
    if (message?.kind !== 'tab:site' || window !== window.top) return;
    const name = adapter.id === 'generic' ? location.hostname : adapter.name;
    reply({ site: adapter.id, name, origin: location.origin, enabled: enabledHere(settings()) });
  };
}
