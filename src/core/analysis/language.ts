// Cheap language detection: count frequent function words of each supported language among the
// first words, with a nudge from letters only one language uses (ñ ¿ ¡, ß, ã õ, ç œ). Drafts
// in other scripts or with no evidence are 'other', where the analysis stays quiet.
import { LANGUAGES, type Language } from '../types.ts';
import { LEXICONS } from './lexicons/index.ts';
import { charCode, type Token } from './text.ts';

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

/**
 * Per word, in one lookup: the stopword languages (as indexes into LANGUAGES) with the share each
 * gets (the same 1 / count as before), and whether it is a frequent word of another language.
 */
export interface WordFacts {
  langs: number[];
  share: number;
  other: boolean;
}
export const FACTS = new Map<string, WordFacts>();
for (const [word, langs] of STOP) FACTS.set(word, { langs: langs.map((l) => LANGUAGES.indexOf(l)), share: 1 / langs.length, other: false });
for (const word of OTHER) {
  const facts = FACTS.get(word);
  if (facts) facts.other = true;
  else FACTS.set(word, { langs: [], share: 0, other: true });
}
const MARK_INDEX: Array<[string, number]> = MARKS.map(([mark, lang]) => [mark, LANGUAGES.indexOf(lang)]);
const PT = LANGUAGES.indexOf('pt');

/** Scores by language index; reused (the analysis is synchronous), reset on every call. */
const SCORE = new Float64Array(LANGUAGES.length);

export function detectLanguage(text: string, tokens: Token[], infos: ReadonlyArray<WordFacts | undefined>, accents = 1): Language | 'other' {
  const score = SCORE.fill(0);
  let words = 0;
  let latin = 0;
  let otherScore = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') continue;
    if (++words > WORDS_LOOKED_AT) break;
    if (charCode(token.text, 0) < 0x250) latin++;
    const facts = infos[i]; // the word's record (vocab.ts) carries FACTS
    if (facts === undefined) continue;
    if (facts.other) otherScore++;
    for (const l of facts.langs) score[l]! += facts.share;
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
