// Phrase lists compiled into an index keyed by first word, matched over tokens in one pass.
// A tiny pattern language keeps lexicons readable and the matcher linear:
//   word      exact word (lexicons are lower-case and accent-free)
//   word*     prefix ("subscrib*" matches subscribe, subscribed, subscribers)
//   a|b*      alternatives
//   word?     optional word (never the first one)
//   ~         zero to two other words, within one sentence
//   #         a number        $  a currency sign        %  a percent sign
//   CAPS      an all-capitals word or code ("comment GROWTH", "code SAVE20")
//   @         a mention        URL  a link
import { prefixOf, type Token } from './text.ts';
import { ASK_SIDE, SIGNAL_IDS, SIGNAL_INDEX, type Signal } from './signals.ts';
import { fnv, wordCheck } from './hash.ts';
import { sortSmall } from './sort.ts';

export interface PhraseGroup {
  signal: Signal;
  /** > 0 pushes toward promotion, < 0 toward giving. */
  weight: number;
  phrases: string[];
}

interface Step {
  words: string[];
  /** Both hashes of each of `words` (text.ts computed a word token's): a word is compared by them, not by its text. */
  hashes: Int32Array;
  checks: Int32Array;
  prefixes: string[];
  special: '' | '#' | '$' | '%' | 'CAPS' | '@' | 'URL' | '~';
  optional: boolean;
}

export interface Compiled {
  steps: Step[];
  signal: Signal;
  /** The signal's SIGNAL_INDEX, so a match's signal is read by number. */
  at: number;
  weight: number;
}

let nextIndexId = 0;

export interface PhraseIndex {
  /** Position of this index's lists in a word's heads (vocab.ts HEADS). */
  id: number;
  /** Set once vocab.ts has copied byKey into its words' heads: a word's lists are then found by its id. */
  vocab: boolean;
  /** By exact first word, or by token kind ('#', '$', '%', 'CAPS', '@', 'URL'). */
  byKey: Map<string, PhraseList>;
  /** byKey's lists of the token kinds, as fields: a number or a link is matched without a map lookup. */
  byKind: KindLists;
  /** By the first three letters of a prefix first word, packed into a number (no string built). */
  byPrefix: Map<number, PhraseList>;
  /**
   * One bit per byPrefix key, folded to 16 bits: almost no word starts a prefix phrase, and the
   * bit says so without a map lookup (a set bit may still find nothing in the map).
   */
  prefixBits: Int32Array;
}

const hasBit = (bits: Int32Array, key: number): boolean => (bits[(key >>> 5) & 2047]! & (1 << (key & 31))) !== 0;
function setBit(bits: Int32Array, key: number): void {
  bits[(key >>> 5) & 2047]! |= 1 << (key & 31);
}
const hasPrefix = (index: PhraseIndex, key: number): boolean => hasBit(index.prefixBits, key);
/** Every index's prefixBits together: a word that none of them may start is passed over at once. */
const ANY_PREFIX = new Int32Array(2048);

/**
 * The phrases of one key, with what decides most of them laid out flat: per phrase, three
 * numbers in `gates`. SINGLE: one step, matched by its first. ANY: walked without a check (its
 * second step is optional or a gap). KIND: its second step is a kind of token ("#", "%", a
 * link), checked on the next token before the phrase is walked. Otherwise [from, mid, to]:
 * `follows` holds from `from` the hashes of the words its second step accepts, and from `mid`
 * the prefix keys (text.ts prefixOf) of its prefixes, so "minute*" is only walked for a next word
 * that starts with "min". A word starting many phrases ("i", "my") or a number starting many
 * ("# % off", "# min|hour*") is passed over by reading two small arrays, not each phrase's objects.
 */
export interface PhraseList {
  phrases: Compiled[];
  gates: Int32Array;
  follows: Int32Array;
}

const SINGLE = -1;
const ANY = -2;
const KIND = -3;

/** The prefix keys of a step's prefixes, or undefined when one of them cannot be keyed (shorter than three letters, or not ASCII). */
function prefixKeys(step: Step): number[] | undefined {
  const keys = step.prefixes.map((p) => prefixOf(p));
  return keys.every((key) => key >= 0 && key <= 0x7fffffff) ? keys : undefined;
}

function listOf(phrases: Compiled[]): PhraseList {
  const gates = new Int32Array(phrases.length * 3);
  const follows: number[] = [];
  phrases.forEach((phrase, i) => {
    const second = phrase.steps[1];
    let gate = ANY;
    if (second === undefined) gate = SINGLE;
    else if (second.optional || second.special === '~') gate = ANY;
    else if (second.special !== '') gate = KIND;
    else {
      const keys = prefixKeys(second);
      if (keys) {
        gate = follows.length;
        follows.push(...second.hashes);
        gates[3 * i + 1] = follows.length;
        follows.push(...keys);
        gates[3 * i + 2] = follows.length;
      }
    }
    gates[3 * i] = gate;
  });
  return { phrases, gates, follows: Int32Array.from(follows) };
}

function addTo<K>(map: Map<K, Compiled[]>, key: K, phrase: Compiled): void {
  const list = map.get(key);
  if (list) list.push(phrase);
  else map.set(key, [phrase]);
}

function lists<K>(map: Map<K, Compiled[]>): Map<K, PhraseList> {
  const out = new Map<K, PhraseList>();
  for (const [key, phrases] of map) out.set(key, listOf(phrases));
  return out;
}

/** The lists of phrases that start with a token of some kind rather than a word (a Step's `special`). */
interface KindLists {
  number: PhraseList | undefined;
  dollar: PhraseList | undefined;
  percent: PhraseList | undefined;
  caps: PhraseList | undefined;
  mention: PhraseList | undefined;
  url: PhraseList | undefined;
}

function kindLists(byKey: Map<string, PhraseList>): KindLists {
  return {
    number: byKey.get('#'), dollar: byKey.get('$'), percent: byKey.get('%'), caps: byKey.get('CAPS'),
    mention: byKey.get('@'), url: byKey.get('URL'),
  };
}

/** The list a token that is not a word or a hashtag may start; every first step in it matches the token. */
function kindList(lists: KindLists, token: Token): PhraseList | undefined {
  switch (token.kind) {
    case 'num': return lists.number;
    case 'sym': return token.text === '$' ? lists.dollar : lists.percent;
    case 'code': return lists.caps;
    case 'mention': return lists.mention;
    case 'url': return lists.url;
    default: return undefined;
  }
}

export interface PhraseMatch {
  first: number;
  last: number;
  signal: Signal;
  /** The signal's SIGNAL_INDEX. */
  at: number;
  weight: number;
}

const SPECIALS = new Set(['#', '$', '%', 'CAPS', '@', 'URL', '~']);

function compileStep(raw: string): Step {
  const optional = raw.length > 1 && raw.endsWith('?');
  const body = optional ? raw.slice(0, -1) : raw;
  if (SPECIALS.has(body)) return { words: [], hashes: new Int32Array(0), checks: new Int32Array(0), prefixes: [], special: body as Step['special'], optional };
  const words: string[] = [];
  const prefixes: string[] = [];
  for (const alt of body.split('|')) {
    if (alt.endsWith('*') && alt.length > 1) prefixes.push(alt.slice(0, -1));
    else if (alt) words.push(alt);
  }
  return {
    words, hashes: Int32Array.from(words, (w) => fnv(w)), checks: Int32Array.from(words, wordCheck),
    prefixes, special: '', optional,
  };
}

export function compile(groups: PhraseGroup[]): PhraseIndex {
  const byKey = new Map<string, Compiled[]>();
  const byPrefix = new Map<number, Compiled[]>();
  for (const group of groups) {
    for (const phrase of group.phrases) {
      const steps = phrase.split(' ').filter(Boolean).map(compileStep);
      const head = steps[0];
      if (!head || head.optional || head.special === '~') continue; // a phrase needs a fixed start
      const compiled: Compiled = { steps, signal: group.signal, at: SIGNAL_INDEX[group.signal], weight: group.weight };
      if (head.special) addTo(byKey, head.special, compiled);
      for (const word of head.words) addTo(byKey, word, compiled);
      // Prefixes shorter than three letters would match too much to be useful as a first word.
      for (const p of head.prefixes) if (p.length >= 3) addTo(byPrefix, prefixOf(p), compiled);
    }
  }
  const prefixBits = new Int32Array(2048);
  for (const key of byPrefix.keys()) {
    setBit(prefixBits, key);
    setBit(ANY_PREFIX, key);
  }
  const keyed = lists(byKey);
  return { id: nextIndexId++, vocab: false, byKey: keyed, byKind: kindLists(keyed), byPrefix: lists(byPrefix), prefixBits };
}

function stepMatches(step: Step, token: Token): boolean {
  switch (step.special) {
    case '#': return token.kind === 'num';
    case '$': return token.kind === 'sym' && token.text === '$';
    case '%': return token.kind === 'sym' && token.text === '%';
    case 'CAPS': return token.caps && (token.kind === 'word' ? token.text.length >= 3 : token.kind === 'code');
    case '@': return token.kind === 'mention';
    case 'URL': return token.kind === 'url';
    default: break;
  }
  let text = token.text;
  if (token.kind === 'word') {
    const { hashes, checks } = step;
    const hash = token.hash;
    for (let i = 0; i < hashes.length; i++) if (hashes[i] === hash && checks[i] === token.check) return true;
  } else if (token.kind === 'tag') {
    text = '#' + text;
    if (step.words.includes(text)) return true;
  } else return false;
  for (const p of step.prefixes) if (text.startsWith(p)) return true;
  return false;
}

/** Index of the last token of a match of steps[s..] starting at token t, or -1. */
function matchFrom(steps: Step[], s: number, tokens: Token[], t: number, sentence: number): number {
  if (s === steps.length) return t - 1;
  const step = steps[s]!;
  if (step.special === '~') {
    for (let gap = 0; gap <= 2; gap++) {
      const at = t + gap;
      if (at > tokens.length) break;
      if (gap > 0 && tokens[at - 1]!.sentence !== sentence) break;
      const end = matchFrom(steps, s + 1, tokens, at, sentence);
      if (end >= 0) return end;
    }
    return -1;
  }
  const token = tokens[t];
  if (token && token.line === tokens[t - 1]?.line && stepMatches(step, token)) {
    const end = matchFrom(steps, s + 1, tokens, t + 1, sentence);
    if (end >= 0) return end;
  }
  return step.optional ? matchFrom(steps, s + 1, tokens, t, sentence) : -1;
}

/** `headMatched`: the list came from the token's own word, so every first step matches it already. */
function tryList(list: PhraseList | undefined, tokens: Token[], t: number, out: PhraseMatch[], headMatched = false): void {
  if (!list) return;
  const token = tokens[t]!;
  // What the gates check of the next token: a word by its hash or its prefix key, a kind of token
  // by the second step itself; a hashtag is let through, for its text to be checked later.
  const next = t + 1 < tokens.length ? tokens[t + 1]! : undefined;
  const nextKind = next === undefined ? '' : next.kind;
  const nextHash = next === undefined ? 0 : next.hash;
  const nextPrefix = next === undefined ? -1 : next.prefix;
  const { phrases, gates, follows } = list;
  for (let i = 0; i < phrases.length; i++) {
    const gate = gates[3 * i]!;
    if (gate >= 0) {
      if (nextKind !== 'word') {
        if (nextKind !== 'tag') continue;
      } else {
        // Loops, not includes(): the builtin call costs more than the few numbers they compare.
        const mid = gates[3 * i + 1]!;
        let k = gate;
        while (k < mid && follows[k] !== nextHash) k++;
        if (k === mid) {
          const to = gates[3 * i + 2]!;
          while (k < to && follows[k] !== nextPrefix) k++;
          if (k === to) continue;
        }
      }
    }
    const phrase = phrases[i]!;
    if (gate === KIND && (next === undefined || !stepMatches(phrase.steps[1]!, next))) continue;
    if (!headMatched && !stepMatches(phrase.steps[0]!, token)) continue;
    if (gate === SINGLE) {
      out.push({ first: t, last: t, signal: phrase.signal, at: phrase.at, weight: phrase.weight });
      continue;
    }
    const last = matchFrom(phrase.steps, 1, tokens, t + 1, token.sentence);
    if (last >= 0) out.push({ first: t, last, signal: phrase.signal, at: phrase.at, weight: phrase.weight });
  }
}

/** Per word id (vocab.ts), the lists keyed by that word, per index id; undefined for a word that starts no phrase in any index. */
export type Heads = ReadonlyArray<ReadonlyArray<PhraseList | undefined> | undefined>;

/** Per index position, its matches before they are appended to `out` (the analysis is synchronous). */
const found: PhraseMatch[][] = [];

/**
 * Every phrase match of each index, in one pass over the tokens; appended to `out` index by
 * index, in token order within each. Candidates for a token: by its word, its 3-letter prefix,
 * or its kind.
 */
export function findPhrases(indexes: readonly PhraseIndex[], tokens: Token[], ids: ArrayLike<number>, byWord: Heads, out: PhraseMatch[] = []): PhraseMatch[] {
  while (found.length < indexes.length) found.push([]);
  let vocab = true;
  for (let x = 0; x < indexes.length; x++) {
    // Setting an array's length is a call into V8's runtime even when it changes nothing; it mostly is 0.
    if (found[x]!.length !== 0) found[x]!.length = 0;
    vocab &&= indexes[x]!.vocab;
  }
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    const kind = token.kind;
    if (kind === 'word') {
      const heads = byWord[ids[t]!];
      const key = token.prefix;
      // Most words start no phrase in any index: no lists of their own, no prefix one, not in capitals.
      if (vocab && heads === undefined && !token.caps && (key < 0 || !hasBit(ANY_PREFIX, key))) continue;
      for (let x = 0; x < indexes.length; x++) {
        const index = indexes[x]!;
        // A word's lists were looked up once, with its id (`ids`).
        if (!index.vocab) tryList(index.byKey.get(token.text), tokens, t, found[x]!, true);
        else if (heads !== undefined) tryList(heads[index.id], tokens, t, found[x]!, true);
        if (key >= 0 && hasPrefix(index, key)) tryList(index.byPrefix.get(key), tokens, t, found[x]!);
        // A capitals step takes a word of three letters or more (stepMatches): then every phrase of the list starts here.
        if (token.caps && token.text.length >= 3) tryList(index.byKind.caps, tokens, t, found[x]!, true);
      }
    } else if (kind === 'tag') {
      // Keyed by "#" and the tag, which no special key ('#', 'CAPS', ...) can equal.
      const text = '#' + token.text;
      const key = prefixOf(text);
      for (let x = 0; x < indexes.length; x++) {
        const index = indexes[x]!;
        tryList(index.byKey.get(text), tokens, t, found[x]!, true);
        if (key >= 0 && hasPrefix(index, key)) tryList(index.byPrefix.get(key), tokens, t, found[x]!);
      }
    } else {
      for (let x = 0; x < indexes.length; x++) tryList(kindList(indexes[x]!.byKind, token), tokens, t, found[x]!, true);
    }
  }
  for (let x = 0; x < indexes.length; x++) {
    const list = found[x]!;
    for (let i = 0; i < list.length; i++) out.push(list[i]!);
  }
  return out;
}

// Comparators live at module level: no closure is created per analysis (this runs per keystroke pause).
function byStartThenLength(a: PhraseMatch, b: PhraseMatch): number {
  return a.first - b.first || b.last - a.last || Math.abs(b.weight) - Math.abs(a.weight);
}

function byStart(a: PhraseMatch, b: PhraseMatch): number {
  return a.first - b.first;
}

function longerAndAsStrong(m: PhraseMatch, prev: PhraseMatch): boolean {
  return m.last - m.first > prev.last - prev.first && Math.abs(m.weight) >= Math.abs(prev.weight);
}

/** Longest-first among overlapping matches, in text order. */
function longest(matches: PhraseMatch[]): PhraseMatch[] {
  sortSmall(matches, byStartThenLength);
  const kept: PhraseMatch[] = [];
  let reach = -1;
  for (const m of matches) {
    if (m.first > reach) {
      kept.push(m);
      reach = m.last;
    } else if (m.last > reach && longerAndAsStrong(m, kept[kept.length - 1]!)) {
      kept[kept.length - 1] = m;
      reach = m.last;
    }
  }
  return kept;
}

/** Per signal, its ask matches in the draft; and the signals with some, in order (see resolveOverlaps). */
const bySignal: PhraseMatch[][] = SIGNAL_IDS.map(() => []);
const order = new Int32Array(SIGNAL_IDS.length);

const UNAFFILIATED = SIGNAL_INDEX.unaffiliated;

/** `flags`, or a larger buffer when it is too short, with its first `count` cleared: the per-token flags below are reused. */
function cleared(flags: Uint8Array<ArrayBuffer>, count: number): Uint8Array<ArrayBuffer> {
  const out = flags.length < count ? new Uint8Array(count * 2) : flags;
  out.fill(0, 0, count);
  return out;
}

/** Per token, whether a disclaimer ("not my shop", "nicht mein Laden") covers it (reused: the analysis is synchronous). */
let disclaimer = new Uint8Array(256);

/** Marks the tokens disclaimers cover; returns whether there is one (most drafts have none, and then nothing is cleared). */
function markDisclaimers(matches: PhraseMatch[], tokenCount: number): boolean {
  let any = false;
  for (const m of matches) {
    if (m.at !== UNAFFILIATED) continue;
    if (!any) {
      disclaimer = cleared(disclaimer, tokenCount);
      any = true;
    }
    for (let t = m.first; t <= m.last; t++) disclaimer[t] = 1;
  }
  return any;
}

/** Whether every token of `ask` is under a disclaimer that markDisclaimers() marked. */
function disclaimed(ask: PhraseMatch): boolean {
  for (let t = ask.first; t <= ask.last; t++) if (!disclaimer[t]) return false;
  return true;
}

/** Per token, whether an ask phrase claims it (reused: the analysis is synchronous). */
let asked = new Uint8Array(256);

/**
 * Resolves overlaps: different ask signals may share words ("check out my channel" is a call
 * to action and the author's own thing), but a giving or teaching word inside an ask phrase
 * ("use" in "use code") does not count, and one signal never counts the same words twice.
 */
export function resolveOverlaps(matches: PhraseMatch[], tokenCount: number): PhraseMatch[] {
  if (matches.length === 0) return [];
  // The ask matches by signal, in the order their signals first appear (reused: the analysis is synchronous).
  let signals = 0;
  const other: PhraseMatch[] = [];
  const disclaims = markDisclaimers(matches, tokenCount);
  for (const m of matches) {
    if (!ASK_SIDE[m.at]) {
      other.push(m);
      continue;
    }
    // A disclaimer negates the ask it holds: "not my shop" is no plug of one's shop.
    if (disclaims && disclaimed(m)) continue;
    const list = bySignal[m.at]!;
    if (list.length === 0) order[signals++] = m.at;
    list.push(m);
  }
  // Ask matches of different signals may share words, but one lying wholly inside another
  // ("new collection" inside "our new collection") is the same words counted twice.
  // Every ask phrase claims its words, even one that lost to a longer or heavier phrase.
  asked = cleared(asked, tokenCount);
  const asks: PhraseMatch[] = [];
  for (let s = 0; s < signals; s++) {
    const list = bySignal[order[s]!]!;
    for (const m of list) for (let t = m.first; t <= m.last; t++) asked[t] = 1;
    const best = longest(list);
    for (let i = 0; i < best.length; i++) asks.push(best[i]!);
    list.length = 0;
  }
  sortSmall(asks, byStartThenLength);
  const kept: PhraseMatch[] = [];
  let outer: PhraseMatch | undefined;
  for (const m of asks) {
    if (outer && m.first >= outer.first && m.last <= outer.last) continue;
    if (!outer || m.last > outer.last) outer = m;
    kept.push(m);
  }
  const free: PhraseMatch[] = [];
  for (const m of other) {
    let clear = true;
    for (let t = m.first; t <= m.last && clear; t++) if (asked[t]) clear = false;
    if (clear) free.push(m);
  }
  const best = longest(free);
  for (let i = 0; i < best.length; i++) kept.push(best[i]!);
  return sortSmall(kept, byStart);
}
