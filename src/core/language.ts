// Cheap language detection: count frequent function words of each supported language among the
// first words, with a nudge from letters only one language uses (ñ ¿ ¡, ß, ã õ, ç œ). Drafts
// in other scripts or with no evidence are 'other', where the analysis stays quiet.
import { LANGUAGES, type Language } from './types.ts';
import { LEXICONS } from './lexicons/index.ts';
import type { Token } from './analysis-text.ts';

const STOP = new Map<string, Language[]>();
for (const lang of LANGUAGES) {
  for (const word of LEXICONS[lang].stopwords) {
    const list = STOP.get(word);
    if (list) list.push(lang);
    else STOP.set(word, [lang]);
  }
}

/** Letters that point at one language; checked on the raw text, before accents are folded. */
const MARKS: Array<[string, Language]> = [
  ['ñ', 'es'], ['¿', 'es'], ['¡', 'es'], ['ß', 'de'], ['ä', 'de'], ['ö', 'de'], ['ü', 'de'],
  ['ã', 'pt'], ['õ', 'pt'], ['ç', 'fr'], ['œ', 'fr'],
];
const WORDS_LOOKED_AT = 80;
/** Frequent words of other Latin-script languages (Italian, Dutch): evidence for 'other'. */
const OTHER = new Set(['il', 'di', 'che', 'per', 'sono', 'della', 'questo', 'anche', 'molto', 'ho', 'gli', 'perche',
  'nel', 'nella', 'stata', 'stato', 'questa', 'tutto', 'oggi', 'grazie', 'ciao', 'siamo', 'dei', 'delle', 'degli', 'alla',
  'alle', 'sul', 'sulla', 'piu', 'cosi', 'gia', 'nostro', 'nuovo', 'nuova', 'codice', 'sconto',
  'het', 'een', 'niet', 'ik', 'van', 'voor', 'dat', 'zijn', 'wij', 'ook', 'maar', 'heb', 'och', 'att', 'jag', 'och', 'som']);

export function detectLanguage(text: string, tokens: Token[], accents = 1): Language | 'other' {
  const score: Record<Language, number> = { en: 0, es: 0, de: 0, fr: 0, pt: 0 };
  let words = 0;
  let latin = 0;
  let otherScore = 0;
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    if (++words > WORDS_LOOKED_AT) break;
    if (token.text.charCodeAt(0) < 0x250) latin++;
    if (OTHER.has(token.text)) otherScore++;
    const langs = STOP.get(token.text);
    if (langs) for (const l of langs) score[l] += 1 / langs.length;
  }
  const head = text.length > 600 ? text.slice(0, 600) : text;
  if (accents > 0) {
    for (const [mark, lang] of MARKS) if (head.includes(mark)) score[lang] += 1.5;
    // "ç" is French and Portuguese; "ã/õ" settle it.
    if (score.pt > 0 && head.includes('ç')) score.pt += 1.5;
  }
  let best: Language = 'en';
  for (const lang of LANGUAGES) if (score[lang] > score[best]) best = lang;
  const looked = Math.min(words, WORDS_LOOKED_AT);
  if (looked === 0) return 'en'; // links, emoji and codes only: the universal signals apply anyway
  if (latin < looked / 2) return 'other';
  // Short drafts ("monday again huh") may have no function word: Latin script defaults to English.
  if (otherScore > score[best]) return 'other';
  // Short or terse drafts may have one function word or none: Latin script defaults to English.
  if (score[best] < 1) return looked <= 8 ? 'en' : 'other';
  return best;
}
