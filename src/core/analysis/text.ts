// The draft as tokens: one hand-written pass over the characters (no regular expressions, so
// no backtracking), keeping each token's offsets into the original text so the hint can
// highlight exactly the words that carried a signal.
import { CHECK_SEED, FNV_OFFSET, FNV_PRIME, fnv, wordCheck } from './hash.ts';

export type TokenKind = 'word' | 'num' | 'sym' | 'code' | 'mention' | 'tag' | 'url';

export interface Token {
  kind: TokenKind;
  /** Lower-cased, accents folded ("Código" -> "codigo"); for urls the lower-cased address. */
  text: string;
  start: number;
  end: number;
  /** Sentence and line counters, so phrases do not run across them. */
  sentence: number;
  line: number;
  /** All capitals with at least two letters ("SAVE", "CALLS"): keywords in funnels, codes. */
  caps: boolean;
  /** First token of its line. */
  lineStart: boolean;
  /** FNV-1a of `text` (hash.ts), computed while scanning: vocabulary lookups and model features start from it. */
  hash: number;
  /** For words, wordCheck(text) (hash.ts), read in the same pass: with `hash`, how the vocabulary, phrases and n-gram cache tell words apart. */
  check: number;
  /**
   * For words, prefixOf(text): the key of the phrases that start with a prefix ("subscrib*"),
   * packed while scanning, from the draft itself. Packed later from `text` in the phrase matcher
   * it cost 4% of the analysis's instructions (see charCode).
   */
  prefix: number;
}

export interface Scan {
  tokens: Token[];
  /** Per line: 'number' ("1." "2)" "1/" "1️⃣"), 'bullet' ("-" "•" "→"), 'check' ("✅"), or ''. */
  lineMarks: string[];
  emoji: number;
  /** Offsets of pointing emoji (👉 👇 👆 ➡ →), which in posts usually aim at a link. */
  pointers: number[];
  /** Characters inside `backticks` or lines that look like code. */
  codeLines: number;
  /** Offset of the first emoji, or -1. */
  emojiAt: number;
  /** Words with letters beyond ASCII (accents, other scripts): language marks are worth a look. */
  accents: number;
  /** Sentence numbers that end in a question mark. */
  questions: number[];
  sentences: number;
}

const CHAR_CODE_AT = String.prototype.charCodeAt;
/**
 * `text.charCodeAt(i)`, for code that reads the tokens' texts in every draft. At one place in the
 * code those strings come in more of V8's representations than its caches keep apart (one- and
 * two-byte, slices of long words, words built by folding, one-letter words from its shared
 * table), and there `text.charCodeAt` first looks the method up the slow way; calling the builtin
 * itself skips that (in the language check and the prefix keys, 1.4% of the analysis's
 * instructions). Where the strings are of one or two kinds, as the draft's own text is, V8's own
 * dispatch is faster: in the tokenizer or the n-gram hashing this cost more than it saved.
 */
export const charCode = (text: string, i: number): number => CHAR_CODE_AT.call(text, i);

/** Three lower-case characters packed into one number: the phrase index keys prefix phrases by their first three letters. */
function prefixKey(a: number, b: number, c: number): number {
  // ASCII (every lexicon prefix, most words) packs into a small integer, which V8 keeps unboxed;
  // anything else gets the wide packing, whose values (>= 2^32 or >= 128 * 2^16) never collide with it.
  if ((a | b | c) < 128) return (a << 14) | (b << 7) | c;
  return (a * 65536 + b) * 65536 + c;
}

/** The prefix key of a word's first three characters, or -1 for a shorter word. */
export function prefixOf(word: string): number {
  return word.length >= 3 ? prefixKey(charCode(word, 0), charCode(word, 1), charCode(word, 2)) : -1;
}

/** The prefix key of a plain word text[from, to) (ASCII letters and "'"): `| 32` lower-cases it, as its token text is. */
function plainPrefix(text: string, from: number, to: number): number {
  return to - from >= 3 ? prefixKey(text.charCodeAt(from) | 32, text.charCodeAt(from + 1) | 32, text.charCodeAt(from + 2) | 32) : -1;
}

const FOLD: Record<string, string> = {};
// Latin-1 and Latin Extended-A letters folded to ASCII: lexicons are written without accents.
for (const [base, chars] of [
  ['a', 'àáâãäåāăą'], ['c', 'çćĉċč'], ['e', 'èéêëēĕėęě'], ['i', 'ìíîïĩīĭįı'], ['n', 'ñńņň'],
  ['o', 'òóôõöøōŏő'], ['u', 'ùúûüũūŭůűų'], ['y', 'ýÿŷ'], ['s', 'śŝşš'], ['z', 'źżž'], ['g', 'ĝğġģ'],
  ['d', 'ďđ'], ['l', 'ĺļľŀł'], ['r', 'ŕŗř'], ['t', 'ţťŧ'], ['oe', 'œ'], ['ae', 'æ'], ['ss', 'ß'],
] as const) {
  for (const ch of chars) FOLD[ch] = base;
}

export function fold(word: string): string {
  // Only Latin-1/Extended-A letters and the curly apostrophe fold; other scripts pass through.
  let folds = false;
  for (let i = 0; i < word.length && !folds; i++) {
    const c = word.charCodeAt(i);
    folds = (c >= 0xc0 && c <= 0x17f) || c === 0x2019;
  }
  if (!folds) return word;
  let out = '';
  let changed = false;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    const f = ch.charCodeAt(0) > 127 ? FOLD[ch] : undefined;
    if (f !== undefined) {
      out += f;
      changed = true;
    } else out += ch === '\u2019' ? "'" : ch;
  }
  return changed || out !== word ? out : word;
}

function isSpace(c: number): boolean {
  // Printable ASCII first: almost every character of a draft answers here.
  if (c > 32 && c < 0xa0) return false;
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0xfeff;
}

/** Letters of any script, cheaply: ASCII, Latin-1/Extended, and the BMP outside symbol blocks. */
function isLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c < 0x2000) return true;
  if (c < 0x2c00) return false; // punctuation, arrows, symbols, dingbats
  if (c >= 0x3000 && c < 0x3040) return false;
  if (c >= 0xd800 && c < 0xe000) return false; // surrogates: emoji and other astral symbols
  if (c >= 0xfe00 && c < 0xfe10) return false; // variation selectors
  return c < 0xfff0;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

function isEmoji(cp: number): boolean {
  return (cp >= 0x1f000 && cp <= 0x1faff) || (cp >= 0x2600 && cp <= 0x27bf) || cp === 0x2b50 ||
    cp === 0x2b06 || cp === 0x2b07 || cp === 0x2b55 || cp === 0x2705;
}
const POINTERS = new Set([0x1f449, 0x1f447, 0x1f446, 0x27a1, 0x2192, 0x2b07, 0x1f517]);

/** Scans text[from, to) and appends to `scan`; offsets stay those of the full text. */
export function scanText(text: string, from = 0, to = text.length, scan: Scan = emptyScan()): Scan {
  let sentence = scan.sentences;
  let line = scan.lineMarks.length === 0 ? 0 : scan.lineMarks.length - 1;
  if (scan.lineMarks.length === 0) scan.lineMarks.push('');
  let atLineStart = true;
  let inBackticks = false;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (inBackticks) scan.codeLines++;
      line++;
      sentence++;
      scan.lineMarks.push('');
      atLineStart = true;
      i++;
      continue;
    }
    if (isSpace(c)) {
      i++;
      continue;
    }
    // Most chunks are one plain ASCII word, perhaps with closing punctuation ("word", "Word,",
    // "don't."): read here in one pass, as chunk() would read them, without its other checks.
    const end = plainChunk(text, i, to, scan, sentence, line, atLineStart);
    if (end > 0) {
      if (closesSentence(text.charCodeAt(end - 1))) sentence++;
      atLineStart = false;
      i = end;
      continue;
    }
    // Any other chunk: the run of non-space characters (backticks counted in the same pass).
    let j = i;
    let ticks = 0;
    let dotOrColon = false;
    for (; j < to; j++) {
      const d = text.charCodeAt(j);
      if (d === 96) ticks++;
      else if (d === 46 || d === 58) dotOrColon = true;
      else if (isSpace(d)) break;
    }
    const before = scan.tokens.length;
    const endsSentence = chunk(text, i, j, scan, sentence, line, atLineStart, dotOrColon);
    if (ticks & 1) inBackticks = !inBackticks;
    if (scan.tokens.length > before) {
      const first = scan.tokens[before]!;
      if (atLineStart) first.lineStart = true;
    }
    atLineStart = false;
    if (endsSentence) sentence++;
    i = j;
  }
  scan.sentences = sentence + 1;
  return scan;
}

/**
 * A chunk that is ASCII letters (with "'" between letters) and then only closing punctuation:
 * its one word token is pushed and the chunk's end returned. Anything else (a number, a link, an
 * accent, a second word after a comma) returns -1 having pushed nothing, for chunk() to read.
 */
function plainChunk(text: string, i: number, to: number, scan: Scan, sentence: number, line: number, lineStart: boolean): number {
  let c = text.charCodeAt(i);
  if (!isAsciiLetter(c)) return -1;
  let upper = 0;
  let lower = 0;
  let hash = FNV_OFFSET;
  let check = CHECK_SEED;
  let m = i;
  for (; m < to; m++) {
    c = text.charCodeAt(m);
    if (c >= 97 && c <= 122) lower++;
    else if (c >= 65 && c <= 90) upper++;
    else if (!(c === 39 && m + 1 < to && isAsciiLetter(text.charCodeAt(m + 1)))) break;
    hash = Math.imul(hash ^ (c | 32), FNV_PRIME);
    check = Math.imul(check ^ (c | 32), FNV_PRIME);
  }
  let j = m;
  for (; j < to; j++) {
    const d = text.charCodeAt(j);
    if (isSpace(d)) break;
    if (!isTrail(d)) return -1;
  }
  markQuestion(text, m, j, scan, sentence);
  const raw = text.slice(i, m);
  const word = token('word', upper === 0 ? raw : raw.toLowerCase(), i, m, sentence, line, upper >= 2 && lower === 0, hash, check | 1,
    plainPrefix(text, i, m));
  word.lineStart = lineStart;
  scan.tokens.push(word);
  return j;
}

export function emptyScan(): Scan {
  return { tokens: [], lineMarks: [], emoji: 0, pointers: [], codeLines: 0, emojiAt: -1, accents: 0, questions: [], sentences: 0 };
}

/** One shape for every token keeps property access monomorphic (and object spread out of the loop). */
function token(kind: TokenKind, text: string, start: number, end: number, sentence: number, line: number, caps: boolean,
  hash = fnv(text), check = kind === 'word' ? wordCheck(text) : 0, prefix = -1): Token {
  return { kind, text, start, end, sentence, line, caps, lineStart: false, hash, check, prefix };
}

/** A chunk ending in . ! ? or … ends its sentence. */
const closesSentence = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026;

/** A "?" in a chunk's closing punctuation text[from, to) makes its sentence a question (once). */
function markQuestion(text: string, from: number, to: number, scan: Scan, sentence: number): void {
  const questions = scan.questions;
  for (let k = from; k < to; k++) {
    // Never questions[-1] (evidence.ts gatherInstructions says why).
    if (text.charCodeAt(k) === 63 && (questions.length === 0 || questions[questions.length - 1] !== sentence)) questions.push(sentence);
  }
}

/** Punctuation stripped from the end of a chunk: . , ; : ! ? ) ] " ' » ” ’ */
function isTrail(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93 || c === 34 ||
    c === 39 || c === 0xbb || c === 0x201d || c === 0x2019;
}
/** Punctuation stripped from the start: ( [ " ' « “ ‘ ¿ ¡ */
function isLead(c: number): boolean {
  return c === 40 || c === 91 || c === 34 || c === 39 || c === 0xab || c === 0x201c || c === 0x2018 || c === 0xbf || c === 0xa1;
}

/** Classifies one chunk; returns whether it ends a sentence. */
/** `dotOrColon`: the chunk has a "." or ":", without which it cannot be an address (see looksLikeAddress). */
function chunk(text: string, a: number, b: number, scan: Scan, sentence: number, line: number, lineStart: boolean,
  dotOrColon: boolean): boolean {
  let s = a;
  let e = b;
  while (s < e && isLead(text.charCodeAt(s))) s++;
  while (e > s && isTrail(text.charCodeAt(e - 1))) e--;
  let ends = closesSentence(text.charCodeAt(b - 1));
  markQuestion(text, e, b, scan, sentence);
  if (s >= e) {
    countSymbols(text, a, b, scan, line, lineStart);
    return ends;
  }
  const first = text.charCodeAt(s);
  const second = s + 1 < e ? text.charCodeAt(s + 1) : 0;
  const named = isLetter(second) || isDigit(second) || second === 95;
  if ((first === 64 && named) || (first === 35 && isLetter(second))) {
    const name = text.slice(s + 1, e).toLowerCase();
    scan.tokens.push(token(first === 64 ? 'mention' : 'tag', fold(name), s, e, sentence, line, false));
    return ends;
  }
  if (dotOrColon && e - s >= 4 && e - s <= 2048 && looksLikeAddress(text, s, e)) {
    scan.tokens.push(token('url', text.slice(s, e).toLowerCase(), s, e, sentence, line, false));
    // A URL ends with "." only at a sentence end; the dot inside it never does.
    return ends;
  }
  if (isCode(text, s, e)) {
    scan.tokens.push(token('code', text.slice(s, e).toLowerCase(), s, e, sentence, line, true));
    return ends;
  }
  if (lineStart) markLine(text, s, e, scan, line);
  // Words, numbers and the few symbols lexicons use (% $ € £).
  let k = a;
  while (k < b) {
    const c = text.charCodeAt(k);
    if (isLetter(c)) {
      let m = k + 1;
      let upper = c >= 65 && c <= 90 ? 1 : 0;
      let lower = c >= 97 && c <= 122 ? 1 : 0;
      let plain = c < 128;
      // Both hashes of the lower-cased word as it goes (a plain word's characters are ASCII letters and "'",
      // which `| 32` lower-cases): the token's hashes without a second pass over a plain word.
      let hash = Math.imul(FNV_OFFSET ^ (c | 32), FNV_PRIME);
      let check = Math.imul(CHECK_SEED ^ (c | 32), FNV_PRIME);
      while (m < b) {
        const d = text.charCodeAt(m);
        if (isLetter(d)) {
          if (d >= 65 && d <= 90) upper++;
          else if (d >= 97 && d <= 122) lower++;
          else plain = false;
        } else if (isApostrophe(d) && m + 1 < b && isLetter(text.charCodeAt(m + 1))) {
          if (d !== 39) plain = false;
        } else break;
        hash = Math.imul(hash ^ (d | 32), FNV_PRIME);
        check = Math.imul(check ^ (d | 32), FNV_PRIME);
        m++;
      }
      // Most words are plain lower-case ASCII: no case mapping or folding needed (it is the hot path).
      const raw = text.slice(k, m);
      // Plain ASCII has nothing to fold (fold only touches Latin-1/Extended-A and the curly apostrophe).
      const word = plain ? (upper === 0 ? raw : raw.toLowerCase()) : fold(raw.toLowerCase());
      if (!plain) scan.accents++;
      scan.tokens.push(token('word', word, k, m, sentence, line, upper >= 2 && lower === 0,
        plain ? hash : fnv(word), plain ? check | 1 : wordCheck(word), plain ? plainPrefix(text, k, m) : prefixOf(word)));
      k = m;
    } else if (isDigit(c)) {
      let m = k + 1;
      while (m < b) {
        const d = text.charCodeAt(m);
        if (isDigit(d) || ((d === 46 || d === 44) && m + 1 < b && isDigit(text.charCodeAt(m + 1)))) m++;
        else break;
      }
      scan.tokens.push(token('num', text.slice(k, m), k, m, sentence, line, false));
      k = m;
    } else if (c === 37 || c === 36 || c === 0x20ac || c === 0xa3) {
      scan.tokens.push(token('sym', c === 37 ? '%' : '$', k, k + 1, sentence, line, false));
      k++;
    } else {
      const cp = text.codePointAt(k) ?? c;
      if (isEmoji(cp) && scan.emoji++ === 0) scan.emojiAt = k;
      if (POINTERS.has(cp)) scan.pointers.push(k);
      k += cp > 0xffff ? 2 : 1;
    }
  }
  return ends;
}

function countSymbols(text: string, a: number, b: number, scan: Scan, line: number, lineStart: boolean): void {
  if (lineStart) markLine(text, a, b, scan, line);
  for (let k = a; k < b; ) {
    const cp = text.codePointAt(k) ?? 0;
    if (isEmoji(cp) && scan.emoji++ === 0) scan.emojiAt = k;
    if (POINTERS.has(cp)) scan.pointers.push(k);
    k += cp > 0xffff ? 2 : 1;
  }
}

/** What starts a line: list numbers, bullets, or checkmarks (feature lists). */
function markLine(text: string, s: number, e: number, scan: Scan, line: number): void {
  const c = text.charCodeAt(s);
  let mark = '';
  if (isDigit(c)) {
    let k = s;
    while (k < e && isDigit(text.charCodeAt(k))) k++;
    const d = text.charCodeAt(k);
    if (k - s <= 2 && (d === 46 || d === 41 || d === 47 || d === 0xfe0f || d === 0x20e3)) mark = 'number';
  } else if (c === 45 || c === 42 || c === 0x2022 || c === 0x2192 || c === 0x25aa || c === 0x2013) mark = 'bullet';
  else if (c === 0x2705 || c === 0x2714 || c === 0x2611) mark = 'check';
  if (mark && line < scan.lineMarks.length) scan.lineMarks[line] = mark;
}

const TLDS = new Set(
  ('com net org io co app dev ai me fm shop store art email design tv ly gg xyz blog link page site online tech ' +
    'info biz us uk de fr es pt br eu ca au it nl be ch at se no dk fi ie nz in mx ar cl jp kr cn ru pl cz ' +
    'social place town club studio agency academy cafe coffee news media live show space world today life ' +
    'to gl gd bio cc ws la so sh is im gov edu mil int')
    .split(' '),
);

/** "example.com/x", "www.x.org", "https://..." and "name@host.com"; never a regex. */
export function looksLikeAddress(text: string, s: number, e: number): boolean {
  // "http://", "https:/" and "www." compared case-insensitively by character code: no slice or
  // lower-casing for every word that starts with h or w (`| 32` is only applied to letters).
  const c0 = text.charCodeAt(s) | 32;
  if (c0 === 104 && e - s >= 7 && (text.charCodeAt(s + 1) | 32) === 116 && (text.charCodeAt(s + 2) | 32) === 116 &&
    (text.charCodeAt(s + 3) | 32) === 112) {
    const c4 = text.charCodeAt(s + 4);
    if (c4 === 58 && text.charCodeAt(s + 5) === 47 && text.charCodeAt(s + 6) === 47) return true;
    if ((c4 | 32) === 115 && text.charCodeAt(s + 5) === 58 && text.charCodeAt(s + 6) === 47) return true;
  } else if (c0 === 119 && e - s >= 4 && (text.charCodeAt(s + 1) | 32) === 119 && (text.charCodeAt(s + 2) | 32) === 119 &&
    text.charCodeAt(s + 3) === 46) return true;
  let hostStart = s;
  let hostEnd = e;
  let dotted = false;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c === 46) dotted = true;
    else if (c === 64 && k > s) hostStart = k + 1; // e-mail address
    else if (c === 47 || c === 63 || c === 35) {
      hostEnd = k;
      break;
    }
  }
  // No dot before the path: not an address (most chunks, plain words, end here).
  if (!dotted) return false;
  let dots = 0;
  let labelStart = hostStart;
  let letters = 0;
  for (let k = hostStart; k < hostEnd; k++) {
    const c = text.charCodeAt(k);
    if (c === 46) {
      if (k === labelStart) return false;
      dots++;
      labelStart = k + 1;
    } else if ((c | 32) >= 97 && (c | 32) <= 122) letters++;
    else if (!isDigit(c) && c !== 45) return false;
  }
  if (dots === 0 || letters === 0 || labelStart >= hostEnd) return false;
  return TLDS.has(text.slice(labelStart, hostEnd).toLowerCase());
}

/** Discount-code shape: capitals and digits together, 4..16 long ("SAVE20", "HALLO15"). */
function isCode(text: string, s: number, e: number): boolean {
  if (e - s < 4 || e - s > 16) return false;
  let letters = 0;
  let digits = 0;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) letters++;
    else if (isDigit(c)) digits++;
    else return false;
  }
  return letters >= 2 && digits >= 1 && digits <= 4 && isDigit(text.charCodeAt(e - 1));
}
