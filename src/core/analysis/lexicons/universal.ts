// Signals that read the same in most languages: percent-off, codes, sponsorship tags, DM.
import type { PhraseGroup } from '../phrases.ts';

export const universal: PhraseGroup[] = [
  { signal: 'offer', weight: 1.4, phrases: ['# % off', 'code CAPS', 'promo code', 'black friday', 'cyber monday', 'giveaway', 'sale'] },
  { signal: 'sponsored', weight: 1.8, phrases: ['#ad', '#sponsored', '#affiliate', '#publi', '#werbung', '#anzeige', '#pub', '#partner'] },
  { signal: 'cta', weight: 1.2, phrases: ['link in bio', 'dm', 'inbox', 'direct', 'whatsapp'] },
];

/** Concrete detail (quantities with units) reads as instructions in any language. */
export const details: PhraseGroup[] = [
  { signal: 'detail', weight: -0.35, phrases: [
    '# min|mins|minute*|minuto*|hour*|hora*|hr|hrs|h|std|stunden|heure*|sec*|seconds|day|days|dias|tage|jours|week*|semana*|wochen|semaine*',
    '# mm|cm|km|kg|g|lb|lbs|oz|ml|l|tbsp|tsp|cup|cups|inch*|ft|px|gb|mb|tb|v|w|kw|mah|fps|rpm|psi|c|f|gauge|ghz|mhz|mbps|hz|db|ms',
    '# % of|de|der|des|do|da|more|less|fewer',
  ] },
];
