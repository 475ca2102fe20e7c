// Everything about a signal the analysis can find in a draft, in one table:
//   side   'ask' (self-promotion), 'teach' (standalone value: how-to, explanation, answers) or
//          'give' (thanks, credit, questions, free help);
//   cap    the most one signal's evidence counts for, so repeating a phrase cannot carry a draft;
//   ask    an ask proper (a call to action, an offer, the author's own thing or link): the model
//          flags nothing without one, since hype, hashtags or emoji alone are not a pitch;
//   everywhere  reads the same in any language (codes, "#ad"), so it also counts in drafts in
//          languages without a lexicon.
// The hint shows a signal by its id, translated as `signal_<id>` in _locales.

export interface SignalFacts {
  side: 'ask' | 'teach' | 'give';
  cap: number;
  ask?: true;
  everywhere?: true;
}

export const SIGNALS = {
  cta: { side: 'ask', cap: 3.2, ask: true },
  offer: { side: 'ask', cap: 3, ask: true, everywhere: true },
  own: { side: 'ask', cap: 2.6, ask: true },
  announce: { side: 'ask', cap: 2.6, ask: true },
  hiring: { side: 'ask', cap: 2.6, ask: true },
  follow: { side: 'ask', cap: 3.2, ask: true },
  sponsored: { side: 'ask', cap: 3.6, ask: true, everywhere: true },
  teaser: { side: 'ask', cap: 2.4, ask: true },
  hype: { side: 'ask', cap: 1 },
  link: { side: 'ask', cap: 1.4, ask: true },
  /** One video, episode or post on a big platform: no ask by itself, since people pass on what others made that way. */
  mediaLink: { side: 'ask', cap: 1 },
  bareLink: { side: 'ask', cap: 2, ask: true },
  storeLink: { side: 'ask', cap: 2.4, ask: true },
  referral: { side: 'ask', cap: 3, ask: true, everywhere: true },
  yours: { side: 'ask', cap: 5, ask: true, everywhere: true },
  price: { side: 'ask', cap: 0.9, ask: true },
  features: { side: 'ask', cap: 1.6 },
  promoCode: { side: 'ask', cap: 1.2, ask: true, everywhere: true },
  hashtags: { side: 'ask', cap: 1.2 },
  emoji: { side: 'ask', cap: 0.8 },
  pointer: { side: 'ask', cap: 0.8, ask: true },
  howto: { side: 'teach', cap: 2 },
  explain: { side: 'teach', cap: 2.5 },
  steps: { side: 'teach', cap: 2 },
  detail: { side: 'teach', cap: 1.4 },
  code: { side: 'teach', cap: 1.6 },
  thanks: { side: 'give', cap: 1.5 },
  congrats: { side: 'give', cap: 1.5 },
  credit: { side: 'give', cap: 2 },
  unaffiliated: { side: 'give', cap: 2.5 },
  question: { side: 'give', cap: 1.2 },
  freeHelp: { side: 'give', cap: 2 },
  community: { side: 'give', cap: 2 },
  encourage: { side: 'give', cap: 1.2 },
  praise: { side: 'give', cap: 0.6 },
} as const satisfies Record<string, SignalFacts>;

export type Signal = keyof typeof SIGNALS;
export type Side = (typeof SIGNALS)[Signal]['side'];
export const SIGNAL_IDS = Object.keys(SIGNALS) as Signal[];
/** Each signal's position in SIGNAL_IDS: evidence sums its signals in an array, not a map, at every typing pause. */
export const SIGNAL_INDEX = Object.fromEntries(SIGNAL_IDS.map((s, i) => [s, i])) as Record<Signal, number>;
/** Per signal, by its SIGNAL_INDEX, whether it is on the ask side: read by number where the analysis runs per draft. */
export const ASK_SIDE: readonly boolean[] = SIGNAL_IDS.map((s) => SIGNALS[s].side === 'ask');

/** A reason's signal: one of the above, or 'wording' for words the model learned read as promotion. */
export type ReasonSignal = Signal | 'wording';
