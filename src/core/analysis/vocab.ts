// Everything the lexicons know about a word, in one record looked up once when the word is
// scanned: its stopword languages (language detection), whom it is about in each language
// (first person, third person, the reader), its instruction-verb and close-person languages,
// and the phrase lists that start with it. Without it each stage looked the same word up in its
// own Map, a string hash lookup per stage per word.
//
// A record is a number (the word's id) and its facts are bits of one int32 in a small table:
// the stages read a word's facts from one place, where records as objects with arrays inside
// cost a memory access per object and array for every word of every draft.
import { LANGUAGES } from '../types.ts';
import type { PhraseList } from './phrases.ts';
import { COMPILED, LEXICONS, UNIVERSAL } from './lexicons/index.ts';
import { fnv, wordCheck } from './hash.ts';
import type { Token } from './text.ts';

/** Words addressing the reader, in any supported language. */
const READER = new Set(['you', 'your', "you're", 'yours', 'tu', 'tus', 'usted', 'du', 'dein', 'deine', 'dir', 'dich', 'ihr', 'euch',
  'vous', 'votre', 'vos', 'toi', 'ton', 'voce', 'seu', 'sua', 'te']);
/** Frequent words of other Latin-script languages (Italian, Dutch): evidence for 'other' in language detection. */
const OTHER = new Set(['il', 'di', 'che', 'per', 'sono', 'della', 'questo', 'anche', 'molto', 'ho', 'gli', 'perche',
  'nel', 'nella', 'stata', 'stato', 'questa', 'tutto', 'oggi', 'grazie', 'ciao', 'siamo', 'dei', 'delle', 'degli', 'alla',
  'alle', 'sul', 'sulla', 'piu', 'cosi', 'gia', 'nostro', 'nuovo', 'nuova', 'codice', 'sconto',
  'het', 'een', 'niet', 'ik', 'van', 'voor', 'dat', 'zijn', 'wij', 'ook', 'maar', 'heb', 'och', 'att', 'jag', 'och', 'som']);

/** personOf codes. Self words win over others, others over reader words (the order they were checked in). */
export const SELF = 1;
export const OTHERS = 2;
export const READS = 3;

// A word's facts, bit by bit. Languages are LANGUAGES indexes; person has one more slot, for 'other'.
const PERSON_BITS = 2; // per language and 'other': SELF, OTHERS, READS or 0 (bits 0..11 for five languages)
const STOP_SHIFT = (LANGUAGES.length + 1) * PERSON_BITS; // its stopword languages, one bit each
const OTHER_BIT = 1 << (STOP_SHIFT + LANGUAGES.length); // a frequent word of another language
const IMPERATIVE_SHIFT = STOP_SHIFT + LANGUAGES.length + 1; // an instruction verb, per language
const RELATION_SHIFT = IMPERATIVE_SHIFT + LANGUAGES.length; // someone close to the author ("sister", "Kumpel"), per language
const ALL_LANGUAGES = (1 << LANGUAGES.length) - 1;
// Five languages take 28 bits; a sixth would need a second int32 per word.
if (RELATION_SHIFT + LANGUAGES.length > 31) throw new Error('a word\'s facts no longer fit in one int32');

/** Whose a word is in language `lang` (a LANGUAGES index, or LANGUAGES.length for 'other'): SELF, OTHERS, READS or 0. */
export const personOf = (facts: number, lang: number): number => (facts >>> (lang * PERSON_BITS)) & 3;
/** Its stopword languages as bits (1 << LANGUAGES index). */
export const stopLanguages = (facts: number): number => (facts >>> STOP_SHIFT) & ALL_LANGUAGES;
export const isOtherLanguage = (facts: number): boolean => (facts & OTHER_BIT) !== 0;
/** Whether it is an instruction verb in a language, given that language's bit. */
export const isImperative = (facts: number, languageBit: number): boolean => ((facts >>> IMPERATIVE_SHIFT) & languageBit) !== 0;
export const isRelation = (facts: number, languageBit: number): boolean => ((facts >>> RELATION_SHIFT) & languageBit) !== 0;

interface Entry {
  facts: number;
  /** The phrase lists keyed by this word, by PhraseIndex id (undefined where an index has none). */
  heads: Array<PhraseList | undefined> | undefined;
}

const INDEXES = [...LANGUAGES.map((l) => COMPILED[l].index), UNIVERSAL];
let slots = 0;
for (const index of INDEXES) slots = Math.max(slots, index.id + 1);

const VOCAB = new Map<string, Entry>();

function entry(word: string): Entry {
  let e = VOCAB.get(word);
  if (!e) VOCAB.set(word, (e = { facts: 0, heads: undefined }));
  return e;
}

const setPerson = (e: Entry, lang: number, person: number): void => {
  e.facts = (e.facts & ~(3 << (lang * PERSON_BITS))) | (person << (lang * PERSON_BITS));
};

LANGUAGES.forEach((language, l) => {
  for (const word of LEXICONS[language].stopwords) entry(word).facts |= 1 << (STOP_SHIFT + l);
});
for (const word of OTHER) entry(word).facts |= OTHER_BIT;
for (const word of READER) for (let l = 0; l <= LANGUAGES.length; l++) setPerson(entry(word), l, READS);
LANGUAGES.forEach((language, l) => {
  const lex = COMPILED[language];
  for (const word of lex.others) setPerson(entry(word), l, OTHERS);
  for (const word of lex.self) setPerson(entry(word), l, SELF);
  for (const word of lex.imperatives) entry(word).facts |= 1 << (IMPERATIVE_SHIFT + l);
  for (const word of lex.relations) entry(word).facts |= 1 << (RELATION_SHIFT + l);
});
for (const index of INDEXES) {
  for (const [key, list] of index.byKey) {
    const e = entry(key);
    (e.heads ??= new Array<PhraseList | undefined>(slots).fill(undefined))[index.id] = list;
  }
  index.vocab = true;
}

/** Per word id (1..), its facts; 0 is no word (not a word, or one the lexicons do not know). */
export const FACTS = new Int32Array(VOCAB.size + 1);
/** Per word id, the phrase lists that start with it (see Entry.heads); undefined for most. */
export const HEADS: Array<Array<PhraseList | undefined> | undefined> = new Array(VOCAB.size + 1).fill(undefined);

// The ids in an open-addressing table keyed by the tokens' own two hashes (hash.ts), which the
// tokenizer computed while reading each word: no string is hashed or compared here. 64 bits
// tell the words apart: the table is built only if no two of its words share both (two words
// with one hash share a probe chain, so the chain is where they would meet). A slot is four
// numbers side by side (id, or 0 for empty; hash; check; unused), so a probe reads one cache
// line, not one in each of three arrays: most words of a draft are looked up here.
let size = 8;
while (size < VOCAB.size * 4) size *= 2;
const MASK = size - 1;
const TABLE = new Int32Array(size * 4);
let id = 0;
for (const [word, e] of VOCAB) {
  const hash = fnv(word);
  const check = wordCheck(word);
  let slot = hash & MASK;
  for (; TABLE[slot * 4] !== 0; slot = (slot + 1) & MASK) {
    if (TABLE[slot * 4 + 1] === hash && TABLE[slot * 4 + 2] === check) throw new Error(`two vocabulary words share both hashes: ${word}`);
  }
  FACTS[++id] = e.facts;
  HEADS[id] = e.heads;
  TABLE[slot * 4] = id;
  TABLE[slot * 4 + 1] = hash;
  TABLE[slot * 4 + 2] = check;
}

/**
 * One bit per hash (folded to 2^15), set for the vocabulary's words: 4 KB, which stay in the
 * core's nearest cache, where the table above does not. Most words of a draft outside the
 * vocabulary find their bit clear and skip the probe, a read from a slower cache.
 */
const KNOWN_BITS = new Int32Array(1024);
for (const [word] of VOCAB) {
  const hash = fnv(word);
  KNOWN_BITS[(hash >>> 5) & 1023]! |= 1 << (hash & 31);
}

function find(hash: number, check: number): number {
  if ((KNOWN_BITS[(hash >>> 5) & 1023]! & (1 << (hash & 31))) === 0) return 0;
  for (let at = (hash & MASK) * 4; TABLE[at] !== 0; at = (at + 4) & (MASK * 4 + 3)) {
    if (TABLE[at + 1] === hash && TABLE[at + 2] === check) return TABLE[at]!;
  }
  return 0;
}

/** Per token, its word id (FACTS, HEADS): 0 for tokens that are not words and for words the lexicons do not know. */
export function lookupWords(tokens: Token[]): number[] {
  // Made at its length: pushed one by one, it grew (and was copied) a few times per draft.
  const ids = new Array<number>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    ids[i] = t.kind === 'word' ? find(t.hash, t.check) : 0;
  }
  return ids;
}
