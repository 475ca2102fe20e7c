// The five supported languages' lexicons, compiled once at load into first-word indexes.
import type { Language } from '../../types.ts';
import { compile, type PhraseIndex } from '../phrases.ts';
import type { Lexicon } from './lexicon.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { de } from './de.ts';
import { fr } from './fr.ts';
import { pt } from './pt.ts';
import { details, universal } from './universal.ts';

export type { Lexicon } from './lexicon.ts';
export const LEXICONS: Record<Language, Lexicon> = { en, es, de, fr, pt };

export interface CompiledLexicon {
  lexicon: Lexicon;
  index: PhraseIndex;
  self: Set<string>;
  others: Set<string>;
  relations: Set<string>;
  imperatives: Set<string>;
}

function build(lexicon: Lexicon): CompiledLexicon {
  return { lexicon, index: compile([...lexicon.phrases, ...details]), self: new Set(lexicon.self), others: new Set(lexicon.others), relations: new Set(lexicon.relations), imperatives: new Set(lexicon.imperatives) };
}

export const COMPILED: Record<Language, CompiledLexicon> = {
  en: build(en), es: build(es), de: build(de), fr: build(fr), pt: build(pt),
};

/** Signals that read the same in any language (codes, % off, #ad): all a non-supported draft gets. */
export const UNIVERSAL: PhraseIndex = compile(universal);
