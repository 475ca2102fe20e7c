// Everything the lexicons know about a word, in one record looked up once when the word is
// scanned: its stopword languages (language detection), whom it is about in each language
// (first person, third person, the reader), and the phrase lists that start with it. Without
// it each stage looked the same word up in its own Map, a string hash lookup per stage per word.
import { LANGUAGES } from './types.ts';
import type { Compiled } from './analysis-phrases.ts';
import { COMPILED, UNIVERSAL } from './lexicons/index.ts';
import { FACTS, type WordFacts } from './language.ts';

/** Words addressing the reader, in any supported language. */
const READER = new Set(['you', 'your', "you're", 'yours', 'tu', 'tus', 'usted', 'du', 'dein', 'deine', 'dir', 'dich', 'ihr', 'euch',
  'vous', 'votre', 'vos', 'toi', 'ton', 'voce', 'seu', 'sua', 'te']);
/** WordInfo.person codes. Self words win over others, others over reader words (the order they were checked in). */
export const SELF = 1;
export const OTHERS = 2;
export const READS = 3;

export interface WordInfo extends WordFacts {
  /** Per LANGUAGES index, then one for 'other': SELF, OTHERS, READS, or 0. */
  person: number[];
  /** The phrase lists keyed by this word, by PhraseIndex id (undefined where an index has none). */
  heads: Array<Compiled[] | undefined>;
}

const INDEXES = [...LANGUAGES.map((l) => COMPILED[l].index), UNIVERSAL];
let slots = 0;
for (const index of INDEXES) slots = Math.max(slots, index.id + 1);

const VOCAB = new Map<string, WordInfo>();

function entry(word: string): WordInfo {
  let info = VOCAB.get(word);
  if (!info) {
    info = { langs: [], share: 0, other: false, person: new Array<number>(LANGUAGES.length + 1).fill(0),
      heads: new Array<Compiled[] | undefined>(slots).fill(undefined) };
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
});
for (const index of INDEXES) {
  for (const [key, list] of index.byKey) entry(key).heads[index.id] = list;
  index.vocab = true;
}

/** The word's record, or undefined for a word no lexicon mentions. */
export function wordInfo(word: string): WordInfo | undefined {
  return VOCAB.get(word);
}
