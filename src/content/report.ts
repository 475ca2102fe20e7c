// Sends a posted entry to the background. The id was made in this tab, so sending the same
// entry again after a lost answer (a worker that was asleep or stopped) cannot count twice.
import type { Entry } from '../core/types.ts';
import { sendFromContent as send } from '../platform/messaging.ts';

const RETRY_DELAYS_MS = [300, 1000, 3000];

export async function reportEntry(entry: Entry): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await send({ kind: 'post:submitted', entry });
      return;
    } catch (error) {
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined) {
        console.warn('GiveFirst could not record a post:', error);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
