// What each language contributes: words for detecting it, first-person words (how much the
// draft is about the author), and weighted phrase groups. Patterns: see analysis-phrases.ts.
import type { Language } from '../../types.ts';
import type { PhraseGroup } from '../phrases.ts';

export interface Lexicon {
  language: Language;
  /** Frequent function words, for cheap language detection. */
  stopwords: string[];
  /** First-person words ("my", "our", "we"): a plug is about the author's own thing. */
  self: string[];
  /** Third-person words ("their", "her"): a call to action for someone else's cause. */
  others: string[];
  /**
   * People close to the author ("sister", "Kumpel"): after a first-person word ("my sister",
   * "mein Kumpel") the words name someone else, whose launch or fundraiser the author shares.
   */
  relations: string[];
  /** Instruction verbs: starting a sentence (or after "then", "and"), they read as how-to. */
  imperatives: string[];
  phrases: PhraseGroup[];
}
