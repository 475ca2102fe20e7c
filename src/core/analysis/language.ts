// Cheap language detection: count frequent function words of each supported language among the
// first words, with a nudge from letters only one language uses (ñ ¿ ¡, ß, ã õ, ç œ). Drafts
// in other scripts or with no evidence are 'other', where the analysis stays quiet.
import { LANGUAGES, type Language } from '../types.ts';
import { charCode, type Token } from './text.ts';
import { FACTS, isOtherLanguage, stopLanguages } from './vocab.ts';

/** Letters that point at one language; checked on the raw text, before accents are folded. */
const MARKS: Array<[string, Language]> = [
  ['ñ', 'es'], ['¿', 'es'], ['¡', 'es'], ['ß', 'de'], ['ä', 'de'], ['ö', 'de'], ['ü', 'de'],
  ['ã', 'pt'], ['õ', 'pt'], ['ç', 'fr'], ['œ', 'fr'],
];
const WORDS_LOOKED_AT = 80;

/** A stopword of n languages counts 1/n for each: by its languages' bits, 1 / their number. */
const SHARES = Float64Array.from({ length: 1 << LANGUAGES.length }, (_, bits) => {
  let n = 0;
  for (let b = bits; b; b &= b - 1) n++;
  return n > 0 ? 1 / n : 0;
});
const MARK_INDEX: Array<[string, number]> = MARKS.map(([mark, lang]) => [mark, LANGUAGES.indexOf(lang)]);
const PT = LANGUAGES.indexOf('pt');

/** Scores by language index; reused (the analysis is synchronous), reset on every call. */
const SCORE = new Float64Array(LANGUAGES.length);

/** `ids`: per token, its word id (vocab.ts lookupWords). */
export function detectLanguage(text: string, tokens: Token[], ids: ArrayLike<number>, accents = 1): Language | 'other' {
  const score = SCORE.fill(0);
  let words = 0;
  let latin = 0;
  let otherScore = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') continue;
    if (++words > WORDS_LOOKED_AT) break;
    if (charCode(token.text, 0) < 0x250) latin++;
    const facts = FACTS[ids[i]!]!;
    if (facts === 0) continue;
    if (isOtherLanguage(facts)) otherScore++;
    const langs = stopLanguages(facts);
    if (langs === 0) continue;
    const share = SHARES[langs]!;
    for (let l = 0; l < LANGUAGES.length; l++) if ((langs & (1 << l)) !== 0) score[l]! += share;
  }
  if (accents > 0) {
    const head = text.length > 600 ? text.slice(0, 600) : text;
    for (const [mark, lang] of MARK_INDEX) if (head.includes(mark)) score[lang]! += 1.5;
    // "ç" is French and Portuguese; "ã/õ" settle it.
    if (score[PT]! > 0 && head.includes('ç')) score[PT]! += 1.5;
  }
  let best = 0;
  for (let l = 1; l < LANGUAGES.length; l++) if (score[l]! > score[best]!) best = l;
  const top = score[best]!;
  const looked = Math.min(words, WORDS_LOOKED_AT);
  if (looked === 0) return 'en'; // links, emoji and codes only: the universal signals apply anyway
  if (latin < looked / 2) return 'other';
  // Short drafts ("monday again huh") may have no function word: Latin script defaults to English.
  if (otherScore > top) return 'other';
  // Short or terse drafts may have one function word or none: Latin script defaults to English.
  if (top < 1) return looked <= 8 ? 'en' : 'other';
  return LANGUAGES[best]!;
}
