// Gathers the evidence in a scanned draft: phrase matches from the language's lexicon, links,
// mentions, hashtags, codes, prices, lists and code lines. Every piece becomes a Reason whose
// span points into the original text, so the hint can show exactly why.
import { LANGUAGES, type Context, type Language, type Reason } from '../types.ts';
import type { Scan, Token } from './text.ts';
import { findPhrases, resolveOverlaps } from './phrases.ts';
import { SIGNAL_IDS, SIGNAL_INDEX, SIGNALS, type Signal, type SignalFacts } from './signals.ts';
import { COMPILED, UNIVERSAL } from './lexicons/index.ts';
import { FACTS, HEADS, isImperative, isRelation, OTHERS, personOf, READS, SELF } from './vocab.ts';
import { judgeLink } from './links.ts';

export interface Own {
  domains: string[];
  handles: string[];
  brands: string[];
}

export interface Evidence {
  /**
   * Each piece of evidence, named by its signal, and that signal's SIGNAL_INDEX (`at`): the why reads it by number.
   * Its span's text is not cut out here: only the drafts the why explains need it (explain.ts).
   */
  reasons: Array<Omit<Reason, 'text'> & { signal: Signal; at: number }>;
  /** Sum of weights per signal (before caps), by SIGNAL_INDEX (an array: a small typed array costs more to allocate). */
  bySignal: number[];
  words: number;
  links: number;
  /** Words outside links, mentions and hashtags. */
  plainWords: number;
  selfWords: number;
  readerWords: number;
}

/** Lines that start like code: SQL in capitals, or a shell command in lower case. */
const SQL_HEADS = new Set(['select', 'create', 'insert', 'update', 'delete', 'alter', 'with', 'from', 'where']);
const SHELL_HEADS = new Set(['git', 'npm', 'npx', 'pip', 'sudo', 'docker', 'kubectl', 'curl', 'brew', 'apt', 'yarn', 'cargo', 'pnpm']);

/** Every signal's sum at zero, copied for each draft (fill() is one of V8's slow C++ builtins). */
const NO_SIGNALS: number[] = SIGNAL_IDS.map(() => 0);

/** Ask-side signals whose force depends on whose thing it is. */
const OWNERSHIP_SENSITIVE = SIGNAL_IDS.map((s) => s === 'cta' || s === 'offer' || s === 'announce');
const COMMUNITY = SIGNAL_INDEX.community;

function add(ev: Evidence, text: string, start: number, end: number, signal: Signal, weight: number, at = SIGNAL_INDEX[signal]): void {
  if (weight === 0 || !(end > start) || start < 0 || end > text.length) return;
  // Long spans (a whole list line) are shortened for the hint, never splitting a surrogate pair.
  if (end - start > MAX_SPAN) {
    end = start + MAX_SPAN;
    const c = text.charCodeAt(end - 1);
    if (c >= 0xd800 && c <= 0xdbff) end--;
  }
  ev.reasons.push({ start, end, signal, weight: round(weight), at });
  ev.bySignal[at]! += weight;
}

const MAX_SPAN = 160;
const MAX_LINKS = 40;
const round = (n: number): number => Math.round(n * 100) / 100;

/** The phrase indexes a draft is matched against, per language: its lexicon's, and the universal one. */
const INDEXES = LANGUAGES.map((l) => [COMPILED[l].index, UNIVERSAL]);
const ONLY_UNIVERSAL = [UNIVERSAL];

/**
 * Sentences with first-person and third-person words: per sentence number, the number of the
 * analysis that last saw one there, so nothing is cleared between analyses (clearing a Set
 * reallocates its table, at every typing pause). Reused: the analysis is synchronous.
 */
let selfIn = new Int32Array(128);
let othersIn = new Int32Array(128);
let pass = 0;

/** Whether `next` (with word id `id`) is someone close to the author, in the same sentence. */
function namesRelation(next: Token, id: number, sentence: number, lang: number): boolean {
  return next.kind === 'word' && next.sentence === sentence && isRelation(FACTS[id]!, 1 << lang);
}

/** `ids`: per token, its word id (vocab.ts lookupWords). */
export function gather(text: string, scan: Scan, ids: number[], language: Language | 'other', context: Context, own: Own): Evidence {
  const ev: Evidence = { reasons: [], bySignal: NO_SIGNALS.slice(), words: 0, links: 0, plainWords: 0, selfWords: 0, readerWords: 0 };
  const tokens = scan.tokens;
  const lex = language === 'other' ? undefined : COMPILED[language];

  // Who each sentence is about: first person (the author's thing) or third person (someone else's).
  pass = (pass + 1) | 0 || 1;
  if (selfIn.length < scan.sentences) {
    selfIn = new Int32Array(scan.sentences * 2);
    othersIn = new Int32Array(scan.sentences * 2);
  }
  // Who a word is about, per language: looked up once, when the word was scanned (analysis-vocab.ts).
  const lang = language === 'other' ? LANGUAGES.length : LANGUAGES.indexOf(language);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word') {
      ev.words++;
      ev.plainWords++;
      let person = personOf(FACTS[ids[i]!]!, lang);
      // "my sister", "mein Kumpel": the first-person word names someone else, not the author.
      if (person === SELF && i + 1 < tokens.length && namesRelation(tokens[i + 1]!, ids[i + 1]!, t.sentence, lang)) person = OTHERS;
      if (person === SELF) {
        ev.selfWords++;
        selfIn[t.sentence] = pass;
      } else if (person === OTHERS) othersIn[t.sentence] = pass;
      else if (person === READS) ev.readerWords++;
    } else if (t.kind === 'num') ev.plainWords++;
  }

  // Phrases: the language's lexicon (with unit details); universal signals always.
  const matches = findPhrases(lex ? INDEXES[lang]! : ONLY_UNIVERSAL, tokens, ids, HEADS);
  let community = false;
  for (const m of matches) if (m.at === COMMUNITY) community = true;
  for (const m of resolveOverlaps(matches, tokens.length)) {
    const first = tokens[m.first]!;
    let weight = m.weight;
    if (OWNERSHIP_SENSITIVE[m.at] && weight > 0) {
      // "Sign up at their pinned post" is someone else's cause; a community cause softens any ask.
      if (othersIn[first.sentence] === pass && selfIn[first.sentence] !== pass) weight *= 0.4;
      if (community) weight *= 0.5;
    }
    add(ev, text, first.start, tokens[m.last]!.end, m.signal, weight, m.at);
  }

  if (lex) gatherInstructions(ev, text, tokens, ids, 1 << lang);
  gatherTokens(ev, text, tokens, context, own);
  gatherBrands(ev, text, own.brands);
  gatherStructure(ev, text, scan);
  return ev;
}

/** Instruction verbs opening a sentence or a clause ("then", "and"): how-to, in any topic. */
/** `verb`: the language's bit (its lexicon's instruction verbs, vocab.ts isImperative). */
function gatherInstructions(ev: Evidence, text: string, tokens: Token[], ids: number[], verb: number): void {
  let found = 0;
  for (let i = 0; i < tokens.length && found < 6; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    // The word's facts first: most words are no instruction verb, and that is one table read.
    if (!isImperative(FACTS[ids[i]!]!, verb)) continue;
    // Never tokens[-1]: one read before an array's start makes V8 read every element here the slow way.
    const prev = i > 0 ? tokens[i - 1] : undefined;
    const opens = !prev || prev.sentence !== t.sentence || prev.text === 'then' || prev.text === 'and' ||
      text.charCodeAt(prev.end) === 58 || text.charCodeAt(prev.end) === 44; // after ":" or ","
    if (!opens) continue;
    // "Try it free", "Use code X" are asks; the ask phrase already claimed those words.
    found++;
    add(ev, text, t.start, t.end, 'howto', -0.4);
  }
}

function gatherTokens(ev: Evidence, text: string, tokens: Token[], context: Context, own: Own): void {
  const handles: string[] = [];
  for (const h of own.handles) handles.push((h.startsWith('@') ? h.slice(1) : h).toLowerCase());
  let tags = 0;
  let tagStart = -1;
  let tagEnd = -1;
  let linkWeight = 0;
  let lastLink: Token | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'url') {
      // Past a few dozen links the verdict cannot change (signals are capped): skip the rest.
      if (++ev.links > MAX_LINKS) continue;
      const verdict = judgeLink(t.text, own.domains);
      const weight = verdict.signal === 'link' && ev.links > 2 ? 0 : verdict.weight; // a list of links is a resource list
      add(ev, text, t.start, t.end, verdict.signal, weight);
      // A video or post passed on with a word or two is how people share: not a bare plug.
      if (verdict.signal === 'mediaLink') continue;
      linkWeight = Math.max(linkWeight, weight);
      lastLink = t;
    } else if (t.kind === 'mention') {
      if (handles.length > 0 && handles.includes(handleOf(t.text))) add(ev, text, t.start, t.end, 'yours', 3);
      // Naming someone else mid-draft is credit; a leading @ in a reply is just addressing them.
      else if (!(t.lineStart && i === 0)) add(ev, text, t.start, t.end, 'credit', -0.4);
    } else if (t.kind === 'tag') {
      tags++;
      if (tagStart < 0) tagStart = t.start;
      tagEnd = t.end;
    } else if (t.kind === 'code') {
      add(ev, text, t.start, t.end, 'promoCode', 0.6);
    } else if (t.kind === 'sym' && t.text === '$') {
      const next = tokens[i + 1];
      if (next?.kind === 'num') add(ev, text, t.start, next.end, 'price', 0.3);
    }
  }
  if (tags >= 3) add(ev, text, tagStart, tagEnd, 'hashtags', Math.min(1.2, 0.3 * (tags - 2)));
  // A link with hardly a word around it: in a reply under someone else's post that is the plug.
  if (lastLink && linkWeight > 0 && ev.plainWords <= 6) {
    add(ev, text, lastLink.start, lastLink.end, 'bareLink', context === 'post' ? 1.6 : 2.0);
  }
}

/** "name@server" -> "name" (as `split('@')[0]`, without the array). */
function handleOf(mention: string): string {
  const at = mention.indexOf('@');
  return at < 0 ? mention : mention.slice(0, at);
}

/** The user's brand names, found case-insensitively (at most a few occurrences each). */
function gatherBrands(ev: Evidence, text: string, brands: string[]): void {
  if (brands.length === 0) return;
  const lower = text.toLowerCase();
  for (const brand of brands) {
    const b = brand.trim().toLowerCase();
    if (b.length < 2) continue;
    let at = lower.indexOf(b);
    for (let n = 0; at >= 0 && n < 2; n++) {
      const before = at === 0 ? 32 : lower.charCodeAt(at - 1);
      const after = at + b.length >= lower.length ? 32 : lower.charCodeAt(at + b.length);
      if (!isWordChar(before) && !isWordChar(after)) add(ev, text, at, at + b.length, 'yours', n === 0 ? 2.5 : 0.5);
      at = lower.indexOf(b, at + b.length);
    }
  }
}

const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 0xbf;

function gatherStructure(ev: Evidence, text: string, scan: Scan): void {
  const tokens = scan.tokens;
  // Lines: numbered or bulleted steps teach; checkmark lists are feature lists.
  // Tokens come in text order, so a line's tokens are one run: tokens[from..to).
  let steps = 0;
  let features = 0;
  let codeLines = 0;
  for (let from = 0, to = 0; from < tokens.length; from = to) {
    const first = tokens[from]!;
    const line = first.line;
    let words = 0;
    for (to = from; to < tokens.length && tokens[to]!.line === line; to++) if (tokens[to]!.kind === 'word') words++;
    const count = to - from;
    const last = tokens[to - 1]!;
    const mark = scan.lineMarks[line] ?? '';
    if (mark === 'check') {
      if (features++ < 4) add(ev, text, first.start, last.end, 'features', 0.4);
    } else if ((mark === 'number' || mark === 'bullet') && words >= 4) {
      if (steps++ < 5) add(ev, text, first.start, last.end, 'steps', -0.4);
    }
    const lower = first.kind === 'word' && text.charCodeAt(first.start) >= 97;
    const codeLike = first.kind === 'word' && count >= 3 &&
      ((first.caps && SQL_HEADS.has(first.text)) || (lower && SHELL_HEADS.has(first.text)));
    if (codeLike && codeLines++ < 2) add(ev, text, first.start, last.end, 'code', -0.8);
  }
  // Inline `code`: the first backtick pair (found in the scanned part only).
  const firstTick = text.indexOf('`');
  if (firstTick >= 0) {
    const close = text.indexOf('`', firstTick + 1);
    if (close > firstTick + 1) add(ev, text, firstTick, close + 1, 'code', -0.8);
  }
  // Questions: a short question asks the reader for something real.
  let asked = 0;
  for (const sentence of scan.questions) {
    if (asked >= 2) break;
    let first: Token | undefined;
    let last: Token | undefined;
    for (const t of tokens) {
      if (t.sentence === sentence) {
        first ??= t;
        last = t;
      } else if (t.sentence > sentence) break;
    }
    if (!first || !last) continue;
    asked++;
    add(ev, text, first.start, last.end, 'question', -0.6);
  }
  if (scan.emoji >= 4 && scan.emoji * 6 > ev.words && scan.emojiAt >= 0) {
    add(ev, text, scan.emojiAt, scan.emojiAt + 2, 'emoji', Math.min(0.8, 0.15 * scan.emoji));
  }
  // A pointing emoji right before a link (binary search for the next token).
  for (let p = 0; p < scan.pointers.length && p < 2; p++) {
    const at = scan.pointers[p]!;
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start > at) hi = mid;
      else lo = mid + 1;
    }
    const next = tokens[lo];
    if (next && next.kind === 'url' && next.start - at <= 4) add(ev, text, at, next.start - 1, 'pointer', 0.4);
  }
}

/** Whether the draft carries an ask proper (signals.ts); outside the lexicons' languages only those that read the same everywhere. */
export function hasAsk(ev: Evidence, language: Language | 'other'): boolean {
  const asks = language === 'other' ? ASKS_EVERYWHERE : ASKS;
  for (let i = 0; i < asks.length; i++) if (ev.bySignal[asks[i]!]! > 0) return true;
  return false;
}

/** The ask signals' positions in the evidence's sums, and those that read the same in every language. */
const facts = (signal: Signal): SignalFacts => SIGNALS[signal];
const ASKS = SIGNAL_IDS.flatMap((s, i) => (facts(s).ask ? [i] : []));
const ASKS_EVERYWHERE = SIGNAL_IDS.flatMap((s, i) => (facts(s).ask && facts(s).everywhere ? [i] : []));
