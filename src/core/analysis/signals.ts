// The signals a draft can carry, in the words the hint shows ("why this looks promotional").
// Each belongs to a side: 'ask' (self-promotion), 'teach' (standalone value: how-to,
// explanation, answers) or 'give' (thanks, credit, questions, free help).

export const SIGNALS = {
  cta: { label: 'call to action', side: 'ask' },
  offer: { label: 'offer', side: 'ask' },
  own: { label: 'your own product', side: 'ask' },
  announce: { label: 'launch or sales announcement', side: 'ask' },
  sponsored: { label: 'sponsored or affiliate', side: 'ask' },
  teaser: { label: 'teaser instead of the content', side: 'ask' },
  hype: { label: 'hype', side: 'ask' },
  link: { label: 'link', side: 'ask' },
  bareLink: { label: 'bare link', side: 'ask' },
  storeLink: { label: 'shop or signup link', side: 'ask' },
  referral: { label: 'referral or tracking link', side: 'ask' },
  yours: { label: 'your own domain, brand or handle', side: 'ask' },
  price: { label: 'price', side: 'ask' },
  features: { label: 'feature list', side: 'ask' },
  promoCode: { label: 'discount code', side: 'ask' },
  hashtags: { label: 'hashtag stuffing', side: 'ask' },
  emoji: { label: 'emoji stuffing', side: 'ask' },
  pointer: { label: 'pointing at a link', side: 'ask' },
  howto: { label: 'how-to', side: 'teach' },
  explain: { label: 'explanation', side: 'teach' },
  steps: { label: 'steps', side: 'teach' },
  detail: { label: 'concrete detail', side: 'teach' },
  code: { label: 'code or command', side: 'teach' },
  thanks: { label: 'thanks', side: 'give' },
  congrats: { label: 'congratulations', side: 'give' },
  credit: { label: 'credit to others', side: 'give' },
  unaffiliated: { label: 'no stake in it', side: 'give' },
  question: { label: 'genuine question', side: 'give' },
  freeHelp: { label: 'free help', side: 'give' },
  community: { label: 'community cause', side: 'give' },
  encourage: { label: 'encouragement', side: 'give' },
  praise: { label: 'praise', side: 'give' },
} as const;

export type Signal = keyof typeof SIGNALS;
export type Side = (typeof SIGNALS)[Signal]['side'];
