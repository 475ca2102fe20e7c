// A reason's signal is an id ("cta"), which the pages put in words (`signal_cta`). Entries and
// backups written before carry the English label the hint showed then ("call to action"): these
// are those labels, frozen as they were (src/core/analysis-signals.ts at 027d0f2), so old
// entries and backups read as ids. Kept apart from the analysis, which may rename its labels.
export const OLD_LABELS: ReadonlyMap<string, string> = new Map([
  ['call to action', 'cta'],
  ['offer', 'offer'],
  ['your own product', 'own'],
  ['launch or sales announcement', 'announce'],
  ['sponsored or affiliate', 'sponsored'],
  ['teaser instead of the content', 'teaser'],
  ['hype', 'hype'],
  ['link', 'link'],
  ['bare link', 'bareLink'],
  ['shop or signup link', 'storeLink'],
  ['referral or tracking link', 'referral'],
  ['your own domain, brand or handle', 'yours'],
  ['price', 'price'],
  ['feature list', 'features'],
  ['discount code', 'promoCode'],
  ['hashtag stuffing', 'hashtags'],
  ['emoji stuffing', 'emoji'],
  ['pointing at a link', 'pointer'],
  ['how-to', 'howto'],
  ['explanation', 'explain'],
  ['steps', 'steps'],
  ['concrete detail', 'detail'],
  ['code or command', 'code'],
  ['thanks', 'thanks'],
  ['congratulations', 'congrats'],
  ['credit to others', 'credit'],
  ['no stake in it', 'unaffiliated'],
  ['genuine question', 'question'],
  ['free help', 'freeHelp'],
  ['community cause', 'community'],
  ['encouragement', 'encourage'],
  ['praise', 'praise'],
]);

/** Signal ids are short words of letters, so `signal_<id>` is always a valid message key. */
const SIGNAL_ID = /^[a-zA-Z]{1,40}$/;

/** The id for a reason's signal, given an id or an old label; null when it is neither. */
export function signalId(signal: string): string | null {
  const id = OLD_LABELS.get(signal) ?? signal;
  return SIGNAL_ID.test(id) ? id : null;
}

/** An entry read from the ledger, its old labels read as ids (anything else is left as it is). */
export function withSignalIds<T extends { reasons: { text: string; signal: string }[] }>(entry: T): T {
  if (entry.reasons.every((r) => !OLD_LABELS.has(r.signal) || OLD_LABELS.get(r.signal) === r.signal)) return entry;
  return { ...entry, reasons: entry.reasons.map((r) => ({ ...r, signal: OLD_LABELS.get(r.signal) ?? r.signal })) };
}
