// Everything the lexicons know about a word, in one record looked up once when the word is
// scanned: its stopword languages (language detection), whom it is about in each language
// (first person, third person, the reader), and the phrase lists that start with it. Without
// it each stage looked the same word up in its own Map, a string hash lookup per stage per word.
// Also its instruction-verb languages (how-to).
import { LANGUAGES } from '../types.ts';
import type { Compiled, Heads } from './phrases.ts';
import { COMPILED, UNIVERSAL } from './lexicons/index.ts';
import { FACTS, type WordFacts } from './language.ts';
import { fnv, wordCheck } from './hash.ts';
import type { Token } from './text.ts';

/** Words addressing the reader, in any supported language. */
const READER = new Set(['you', 'your', "you're", 'yours', 'tu', 'tus', 'usted', 'du', 'dein', 'deine', 'dir', 'dich', 'ihr', 'euch',
  'vous', 'votre', 'vos', 'toi', 'ton', 'voce', 'seu', 'sua', 'te']);
/** WordInfo.person codes. Self words win over others, others over reader words (the order they were checked in). */
export const SELF = 1;
export const OTHERS = 2;
export const READS = 3;

export interface WordInfo extends WordFacts, Heads {
  /** Per LANGUAGES index, then one for 'other': SELF, OTHERS, READS, or 0. */
  person: number[];
  /** Bit 1 << (LANGUAGES index): an instruction verb in that language (Lexicon.imperatives). */
  imperative: number;
  /** Bit 1 << (LANGUAGES index): someone close to the author in that language (Lexicon.relations). */
  relation: number;
  /** The phrase lists keyed by this word, by PhraseIndex id (undefined where an index has none, and in all for a word that starts none). */
  heads: Array<Compiled[] | undefined> | undefined;
}

const INDEXES = [...LANGUAGES.map((l) => COMPILED[l].index), UNIVERSAL];
let slots = 0;
for (const index of INDEXES) slots = Math.max(slots, index.id + 1);

const VOCAB = new Map<string, WordInfo>();

function entry(word: string): WordInfo {
  let info = VOCAB.get(word);
  if (!info) {
    info = { langs: [], share: 0, other: false, person: new Array<number>(LANGUAGES.length + 1).fill(0), imperative: 0, relation: 0, heads: undefined };
    VOCAB.set(word, info);
  }
  return info;
}

for (const [word, facts] of FACTS) {
  const info = entry(word);
  info.langs = facts.langs;
  info.share = facts.share;
  info.other = facts.other;
}
for (const word of READER) entry(word).person.fill(READS);
LANGUAGES.forEach((language, l) => {
  const lex = COMPILED[language];
  for (const word of lex.others) entry(word).person[l] = OTHERS;
  for (const word of lex.self) entry(word).person[l] = SELF;
  for (const word of lex.imperatives) entry(word).imperative |= 1 << l;
  for (const word of lex.relations) entry(word).relation |= 1 << l;
});
for (const index of INDEXES) {
  for (const [key, list] of index.byKey) {
    const info = entry(key);
    (info.heads ??= new Array<Compiled[] | undefined>(slots).fill(undefined))[index.id] = list;
  }
  index.vocab = true;
}

// The same records in an open-addressing table keyed by the tokens' own two hashes (hash.ts),
// which the tokenizer computed while reading each word: no string is hashed or compared here.
// 64 bits tell the words apart: the table is built only if no two of its words share both (two
// words with one hash share a probe chain, so the chain is where they would meet). A slot is
// four numbers side by side (record + 1, or 0 for empty; hash; check; unused), so a probe reads
// one cache line, not one in each of three arrays: most words of a draft are looked up here.
const INFOS: WordInfo[] = [];
let size = 8;
while (size < VOCAB.size * 4) size *= 2;
const MASK = size - 1;
const TABLE = new Int32Array(size * 4);
for (const [word, info] of VOCAB) {
  const hash = fnv(word);
  const check = wordCheck(word);
  let slot = hash & MASK;
  for (; TABLE[slot * 4] !== 0; slot = (slot + 1) & MASK) {
    if (TABLE[slot * 4 + 1] === hash && TABLE[slot * 4 + 2] === check) throw new Error(`two vocabulary words share both hashes: ${word}`);
  }
  INFOS.push(info);
  TABLE[slot * 4] = INFOS.length;
  TABLE[slot * 4 + 1] = hash;
  TABLE[slot * 4 + 2] = check;
}

function find(hash: number, check: number): WordInfo | undefined {
  for (let at = (hash & MASK) * 4; TABLE[at] !== 0; at = (at + 4) & (MASK * 4 + 3)) {
    if (TABLE[at + 1] === hash && TABLE[at + 2] === check) return INFOS[TABLE[at]! - 1];
  }
  return undefined;
}

/** Per token, what the lexicons know about it (words only; undefined for the rest and unknown words). */
export function lookupWords(tokens: Token[]): Array<WordInfo | undefined> {
  const infos: Array<WordInfo | undefined> = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    infos.push(t.kind === 'word' ? find(t.hash, t.check) : undefined);
  }
  return infos;
}
