// Everything a person reads comes from the message catalogue, in all five languages: no page or
// hint module puts words of its own on the screen, every key the code asks for exists in English,
// and every other language has each English key with the same $PLACEHOLDERS$.
import { catalogue, format, localeDirs, useLanguage } from '../catalogue.ts';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { HINT_STYLES, SENSITIVITY_PRESETS, TARGET_PRESETS } from '../../src/core/settings.ts';
import { KINDS, LANGUAGES } from '../../src/core/types.ts';
import { SIGNALS } from '../../src/core/analysis/signals.ts';
import type { LedgerProblem } from '../../src/core/messages.ts';
import { ENTRY_PROBLEMS, FILE_REFUSALS } from '../../src/core/backup-refusal.ts';
import type { StoreProblem } from '../../src/platform/settings-store.ts';
import type { SaveState } from '../../src/options/use-settings.ts';
import { ledgerProblemText, moveText, signalLabel, t, tn, uiLocale } from '../../src/platform/i18n.ts';
import { creditsPhrase, dayName, headline, milestonePhrase, nextStep, otherCounts, streakPhrase, when, windowLabel } from '../../popup/words.ts';
import { describeBalance } from '../../src/content/balance-line.ts';
import { weeklyBalance } from '../../src/core/balance.ts';

const ROOT = join(import.meta.dirname, '../..');
const EN = catalogue('en');

// ---------------------------------------------------------------------------------------------
// Which keys exist: ids the analysis and the ledger hand the UI, and families built from values.

/**
 * The analysis's signal ids (reasons[].signal) and move ids (suggestion). 'wording' is the
 * model's own reason; 'hiring' and 'follow' are the signals the learned model adds.
 */
const SIGNAL_IDS = [...new Set([...Object.keys(SIGNALS), 'wording', 'hiring', 'follow'])];
const MOVE_IDS = ['answer', 'teaser', 'offer', 'hiring', 'product', 'follow', 'general'];
/** A new code in LedgerProblem is a type error here until it is listed (and then a missing key). */
const LEDGER_CODES = Object.keys({ quota: 1, blocked: 1, deleted: 1, unavailable: 1, newer: 1, failed: 1 } satisfies Record<LedgerProblem['code'], 1>);
const SAVE_STATES = Object.keys({ idle: 1, saving: 1, sync: 1, local: 1, failed: 1 } satisfies Record<SaveState, 1>).filter((s) => s !== 'idle');
const STORE_PROBLEMS = Object.keys({ 'sync-unavailable': 1, 'saved-locally': 1 } satisfies Record<StoreProblem['kind'], 1>).map((k) => k.replace('-', '_'));

/** Keys the code builds from a value (t(`style_${style}`)), listed from the same constants. */
const FAMILIES: string[] = [
  ...Object.keys(SENSITIVITY_PRESETS).flatMap((p) => [`sensitivity_${p}`, `sensitivity_${p}_desc`]),
  ...TARGET_PRESETS.flatMap((n) => [`target_${n}`, `target_${n}_desc`]),
  ...HINT_STYLES.flatMap((s) => [`style_${s}`, `style_${s}_desc`]),
  ...LANGUAGES.map((l) => `language_${l}`),
  ...KINDS.flatMap((k) => [`kind_${k}`, `kind_short_${k}`, `entry_corrected_${k}`, `entry_delete_label_${k}`]),
  ...['rolling', 'calendar'].flatMap((w) => [`week_${w}`, `week_${w}_desc`, `window_${w}`]),
  ...['domains', 'handles', 'brands'].flatMap((k) => [`own_${k}`, `own_${k}_desc`, `own_${k}_placeholder`]),
  ...SAVE_STATES.map((s) => `saved_${s}`),
  ...['invalid', 'builtin', 'duplicate'].map((p) => `site_problem_${p}`),
  ...STORE_PROBLEMS.flatMap((k) => [`store_${k}`, `store_${k}_title`]),
  ...SIGNAL_IDS.map((id) => `signal_${id}`),
  ...MOVE_IDS.map((id) => `move_${id}`),
  ...LEDGER_CODES.flatMap((c) => [`ledger_${c}_message`, `ledger_${c}_advice`]),
  ...FILE_REFUSALS.map((c) => `backup_${c.replace(/-/g, '_')}`),
  ...ENTRY_PROBLEMS.map((p) => `backup_entry_${p.replace(/-/g, '_')}`),
];
/** Read by the browser itself: the manifest's __MSG_ names, and the catalogue's own language. */
const BROWSER_KEYS = ['locale', ...[...readFileSync(join(ROOT, 'manifest.json'), 'utf8').matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!)];

// ---------------------------------------------------------------------------------------------
// The UI sources and what they put on the screen.

const UI_FILES = [
  ...['popup', 'src/options'].flatMap((dir) => readdirSync(join(ROOT, dir)).filter((f) => /\.tsx?$/.test(f)).map((f) => join(ROOT, dir, f))),
  ...['hint.ts', 'hint-card.ts', 'balance-line.ts'].map((f) => join(ROOT, 'src/content', f)),
];
/** The functions whose first argument is a message key. */
const KEY_FUNCTIONS = new Set(['t', 'tn']);
/** Attributes a person reads or hears. */
const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'aria-valuetext', 'aria-description', 'aria-roledescription', 'aria-placeholder', 'title', 'placeholder', 'alt', 'label', 'value']);
/** DOM calls whose arguments from this index on become text (the hint card builds its nodes by hand). */
const TEXT_CALLS: Record<string, number> = { el: 2, button: 0, append: 0, Text: 0 };
const TEXT_PROPERTIES = new Set(['data', 'textContent', 'innerText', 'title', 'placeholder', 'ariaLabel']);
/** Properties whose values are code: message kinds, Intl options, element modes. */
const CODE_PROPERTIES = new Set(['kind', 'type', 'mode', 'hour', 'minute', 'weekday', 'day', 'month', 'timeZone', 'style', 'unit']);
/**
 * Literals with letters that are not words to translate. Kept short and explicit: each one is
 * the same in every language.
 */
const NOT_WORDS = new Map<string, string>([
  ['GiveFirst', 'the product name beside the logo'],
  ['https://forum.example.org', 'an example address in the add-site box'],
  [':host { position: static; display: block; max-width: 360px; }', 'CSS for the preview hint'],
]);

const hasWords = (text: string) => /\p{L}{2,}/u.test(text);
/** Outside a place that is certainly text, a literal counts as prose when it reads like words. */
const readsAsProse = (text: string) => /\p{L}{2,}[ \u00a0]+\p{L}/u.test(text) || /^\s*\p{Lu}\p{Ll}/u.test(text) || /\p{L}[.!?…]\s*$/u.test(text);

type Placement = 'code' | 'key' | 'plural-key' | 'text' | 'unknown';

function calleeName(call: ts.CallExpression | ts.NewExpression): string {
  const e = call.expression;
  return ts.isIdentifier(e) ? e.text : ts.isPropertyAccessExpression(e) ? e.name.text : '';
}

/** Where a literal ends up, judged from the nearest construct around it that decides it. */
function placementOf(node: ts.Node): Placement {
  let child: ts.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isTypeNode(parent) || ts.isCaseClause(parent)) return 'code';
    if (ts.isElementAccessExpression(parent) && parent.argumentExpression === child) return 'code';
    if (ts.isPropertyAssignment(parent)) {
      if (parent.name === child) return 'code';
      // <h1 {...{ elementtiming: 'headline' }}>: an attribute like any other.
      if (ts.isJsxSpreadAttribute(parent.parent.parent)) return VISIBLE_ATTRIBUTES.has(parent.name.getText()) ? 'text' : 'code';
      if (ts.isIdentifier(parent.name) && CODE_PROPERTIES.has(parent.name.text)) return 'code';
    }
    if (ts.isBinaryExpression(parent)) {
      const op = parent.operatorToken.kind;
      if ([ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken, ts.SyntaxKind.InKeyword].includes(op)) return 'code';
      if (op === ts.SyntaxKind.EqualsToken && parent.right === child && ts.isPropertyAccessExpression(parent.left)) {
        return TEXT_PROPERTIES.has(parent.left.name.text) ? 'text' : 'code';
      }
    }
    if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) {
      const index = parent.arguments?.indexOf(child as ts.Expression) ?? -1;
      if (index < 0) continue; // the callee itself, e.g. `'a b'.split(' ')`
      const name = calleeName(parent);
      if (KEY_FUNCTIONS.has(name)) return index > 0 ? 'text' : name === 'tn' ? 'plural-key' : 'key';
      if (name in TEXT_CALLS) return index >= TEXT_CALLS[name]! ? 'text' : 'code';
      if (name === 'setAttribute') {
        const attribute = parent.arguments?.[0];
        return index === 1 && attribute && ts.isStringLiteral(attribute) && VISIBLE_ATTRIBUTES.has(attribute.text) ? 'text' : 'code';
      }
      if (name === 'Error' || name === 'setMessage' || name === 'setError' || name === 'setFailure') return 'text';
      return 'unknown';
    }
    if (ts.isJsxAttribute(parent)) return VISIBLE_ATTRIBUTES.has(parent.name.getText()) ? 'text' : 'code';
    if (ts.isJsxElement(parent) || ts.isJsxFragment(parent)) return 'text';
  }
  return 'unknown';
}

interface Found {
  file: string;
  line: number;
  text: string;
}

/** Every literal in a UI source that would put words on the screen, and every message key it asks for. */
function scan(file: string): { shown: Found[]; keys: string[]; patterns: RegExp[] } {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const shown: Found[] = [];
  const keys: string[] = [];
  const patterns: RegExp[] = [];
  const visit = (node: ts.Node) => {
    let text: string | null = null;
    let pattern: RegExp | null = null;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isJsxText(node)) text = node.text;
    if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
      text = parts.join(' ');
      pattern = new RegExp(`^${parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[A-Za-z0-9_]+')}$`);
    }
    if (text !== null) {
      const placement = placementOf(node);
      if (placement === 'key' && pattern) patterns.push(pattern);
      else if (placement === 'plural-key' && pattern) patterns.push(new RegExp(`${pattern.source.slice(0, -1)}_other$`));
      else if (placement === 'key') keys.push(text);
      else if (placement === 'plural-key') keys.push(`${text}_one`, `${text}_other`);
      else if (hasWords(text) && !NOT_WORDS.has(text.trim()) && (placement === 'text' || (placement === 'unknown' && readsAsProse(text)))) {
        shown.push({ file: relative(ROOT, file), line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim() });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { shown, keys, patterns };
}

const scans = UI_FILES.map(scan);

test('no page or hint module shows words that are not in the catalogue', () => {
  const shown = scans.flatMap((s) => s.shown).map((f) => `${f.file}:${f.line} ${JSON.stringify(f.text)}`);
  assert.deepEqual(shown, [], 'visible text written in code instead of t(...)');
});

test('the scan finds text wherever a page can show it', () => {
  // The same rules on small sources: each must be caught, so the scan above can fail.
  const caught = (code: string, name = 'probe.tsx') => {
    const file = join(ROOT, 'tests/unit', name);
    const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, name.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const found: string[] = [];
    const visit = (node: ts.Node) => {
      if ((ts.isStringLiteral(node) || ts.isJsxText(node) || ts.isNoSubstitutionTemplateLiteral(node)) && hasWords(node.text)) {
        const placement = placementOf(node);
        if (placement === 'text' || (placement === 'unknown' && readsAsProse(node.text))) found.push(node.text.trim());
      }
      if (ts.isTemplateExpression(node) && placementOf(node) === 'text') found.push(node.head.text.trim());
      ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
  };
  assert.deepEqual(caught('const a = <p>Loading</p>;'), ['Loading']);
  assert.deepEqual(caught("const a = <p>{on ? 'On' : 'Off'}</p>;"), ['On', 'Off']);
  assert.deepEqual(caught('const a = <p>{`Also ${n} mixed`}</p>;'), ['Also']);
  assert.deepEqual(caught('const a = <button aria-label="Delete this post" class="link danger" />;'), ['Delete this post']);
  assert.deepEqual(caught("const a = <p title={t('x', 'word')} class={k === 'giving' ? 'a b' : 'c'} />;"), ['word']);
  assert.deepEqual(caught("node.title = 'call to action'; node.className = 'card compact';", 'probe.ts'), ['call to action']);
  assert.deepEqual(caught("el('p', 'why', 'Because of'); node.setAttribute('aria-label', 'Hide it'); node.setAttribute('role', 'status');", 'probe.ts'), ['Because of', 'Hide it']);
  assert.deepEqual(caught("const label = 'Last 7 days'; send({ kind: 'balance:get' }); if (x === 'Giving') f();", 'probe.ts'), ['Last 7 days']);
  assert.deepEqual(caught("throw new Error('could not save');", 'probe.ts'), ['could not save']);
});

test('every key the code asks for is in English, and every English key is used', () => {
  const literal = new Set(scans.flatMap((s) => s.keys));
  const patterns = scans.flatMap((s) => s.patterns);
  const families = new Set(FAMILIES);
  // A key built from a value must be covered by a family above, so a new value is checked too.
  const uncovered = patterns.filter((p) => ![...families].some((key) => p.test(key)));
  assert.deepEqual(uncovered.map(String), [], 'keys built from values that no family above lists');
  const wanted = [...literal, ...families];
  assert.deepEqual(wanted.filter((key) => !EN[key]?.message), [], 'keys missing from _locales/en');
  const unused = Object.keys(EN).filter((key) => !literal.has(key) && !families.has(key) && !BROWSER_KEYS.includes(key));
  assert.deepEqual(unused, [], 'keys in _locales/en that nothing uses');
  assert.ok(literal.size > 150, `found only ${literal.size} keys: the scan is broken`);
});

// ---------------------------------------------------------------------------------------------
// The catalogues themselves.

const PLACEHOLDER = /\$([A-Za-z0-9_@]+)\$/g;
const placeholdersOf = (message: string) => [...message.matchAll(PLACEHOLDER)].map((m) => m[1]!.toLowerCase()).sort();

test('the five languages are there, English is the default', () => {
  assert.deepEqual(localeDirs(), [...LANGUAGES].sort());
  assert.equal(JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')).default_locale, 'en');
  for (const lang of localeDirs()) assert.equal(catalogue(lang).locale?.message, lang, `${lang}: its "locale" message names it`);
});

for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
  test(`${lang}: every English key, with the same placeholders`, () => {
    const messages = catalogue(lang);
    assert.deepEqual(Object.keys(EN).filter((k) => !messages[k]?.message), [], `keys missing from _locales/${lang}`);
    assert.deepEqual(Object.keys(messages).filter((k) => !EN[k]), [], `keys in _locales/${lang} that English does not have`);
    for (const [key, en] of Object.entries(EN)) {
      const entry = messages[key]!;
      assert.deepEqual(placeholdersOf(entry.message), placeholdersOf(en.message), `${lang}/${key}: placeholders differ from English`);
      for (const name of placeholdersOf(entry.message)) {
        const content = Object.entries(entry.placeholders ?? {}).find(([n]) => n.toLowerCase() === name)?.[1].content;
        const enContent = Object.entries(en.placeholders ?? {}).find(([n]) => n.toLowerCase() === name)?.[1].content;
        assert.equal(content, enContent, `${lang}/${key}: $${name.toUpperCase()}$ stands for something else than in English`);
      }
    }
  });

  test(`${lang}: translated, not copied`, () => {
    const messages = catalogue(lang);
    // Words that really are the same: names, examples, numbers, and a few loanwords.
    const same = Object.keys(EN).filter((k) => k !== 'locale' && messages[k]?.message === EN[k]!.message);
    assert.ok(same.length <= 14, `${lang}: ${same.length} messages are the English text: ${same.join(', ')}`);
  });
}

test('every message is usable: defined placeholders, no bare $n, store limits kept', () => {
  for (const lang of localeDirs()) {
    const messages = catalogue(lang);
    for (const [key, entry] of Object.entries(messages)) {
      assert.ok(entry.message.trim(), `${lang}/${key} is empty`);
      assert.doesNotMatch(entry.message.replace(PLACEHOLDER, '').replace(/\$\$/g, ''), /\$/, `${lang}/${key}: a bare $ (name placeholders $LIKE_THIS$)`);
      for (const name of placeholdersOf(entry.message)) {
        assert.ok(Object.keys(entry.placeholders ?? {}).some((n) => n.toLowerCase() === name), `${lang}/${key}: $${name}$ is not defined`);
      }
      assert.ok(/^[A-Za-z0-9_]+$/.test(key), `${lang}/${key}: not a valid message name`);
    }
    // Chrome Web Store and AMO limits for the listing.
    assert.ok(messages.extName!.message.length <= 45, `${lang}: extName too long`);
    assert.ok(messages.extDescription!.message.length <= 132, `${lang}: extDescription is ${messages.extDescription!.message.length} characters, over 132`);
  }
});

test('counted messages have the plural forms each language needs', () => {
  const bases = Object.keys(EN).filter((k) => k.endsWith('_other')).map((k) => k.slice(0, -'_other'.length));
  assert.ok(bases.length >= 10, `only ${bases.length} plural families found`);
  for (const lang of localeDirs()) {
    const messages = catalogue(lang);
    // Categories a whole number can take in this language; 'many' (French "1 million de…") may fall back to 'other'.
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.filter((c) => c !== 'many');
    for (const base of bases) for (const category of categories) assert.ok(messages[`${base}_${category}`], `${lang}: ${base}_${category}`);
  }
});

// ---------------------------------------------------------------------------------------------
// What the helpers make of it.

const NOW = Date.UTC(2026, 5, 10, 15, 0);
function balanceWith(over: Partial<ReturnType<typeof weeklyBalance>>): ReturnType<typeof weeklyBalance> {
  return { ...weeklyBalance([], 3, NOW), ...over };
}

test('counts pick their plural form by the language, numbers and dates are formatted in it', () => {
  const monday = new Date('2026-06-08T12:00:00Z');
  const weekday = (locale: string) => new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(monday);
  useLanguage('fr', 'fr-FR');
  assert.equal(creditsPhrase(1), '1 crédit restant');
  assert.equal(tn('count_contributions', 0), '0 contribution', 'French counts zero as one');
  assert.equal(tn('count_contributions', 1234), `${(1234).toLocaleString('fr-FR')} contributions`);
  assert.notEqual((1234).toLocaleString('fr-FR'), '1,234');
  useLanguage('en', 'en-US');
  assert.equal(tn('count_contributions', 0), '0 contributions');
  assert.equal(tn('count_contributions', 1234), '1,234 contributions');
  assert.equal(dayName('2026-06-08'), 'Mon');
  useLanguage('de', 'de-DE');
  assert.equal(dayName('2026-06-08'), weekday('de-DE'));
  assert.match(dayName('2026-06-08'), /^Mo/);
  assert.equal(tn('count_promotions', 1), '1 Werbepost');
  assert.match(when(NOW - 5 * 60_000, NOW), /^vor 5 Min/);
  useLanguage('pt', 'pt-BR');
  assert.match(dayName('2026-06-08'), /^seg/);
  useLanguage('en', 'en-US');
});

test('the UI language follows the catalogue, with the browser region when they agree', () => {
  useLanguage('de', 'de-AT');
  assert.equal(uiLocale(), 'de-AT');
  useLanguage('it', 'it-IT'); // no Italian catalogue: English words, so English dates too
  assert.equal(uiLocale(), 'en');
  assert.equal(dayName('2026-06-08'), 'Mon');
  useLanguage('pt', 'pt_BR');
  assert.equal(uiLocale(), 'pt-BR', 'Intl takes hyphens only');
  useLanguage('en', 'en-US');
});

test('signal and move ids are shown in the UI language; anything else as it came', () => {
  useLanguage('de');
  assert.equal(signalLabel('cta'), 'Handlungsaufforderung');
  assert.equal(moveText('answer'), catalogue('de').move_answer!.message);
  // Entries recorded before the analysis returned ids carry English words.
  assert.equal(signalLabel('call to action'), 'call to action');
  assert.equal(moveText('Lead with something useful.'), 'Lead with something useful.');
  assert.equal(ledgerProblemText('quota').message, catalogue('de').ledger_quota_message!.message);
  useLanguage('en');
});

test('every popup and hint sentence comes out whole in every language', () => {
  const balances = [
    balanceWith({}),
    balanceWith({ giving: 4, promotional: 1, mixed: 2, neutral: 1, total: 8, credits: 1, nextCreditIn: 2, streak: 3, milestone: { reached: 10, next: 25, toGo: 15 } }),
    balanceWith({ giving: 1, promotional: 3, total: 4, credits: -2, nextCreditIn: 1, week: 'calendar' }),
    balanceWith({ giving: 0, promotional: 0, credits: 0, targetRatio: 1, nextCreditIn: 1 }),
  ];
  for (const lang of LANGUAGES) {
    useLanguage(lang);
    const sentences = balances.flatMap((b) => [
      ...headline(b), windowLabel(b), nextStep(b), otherCounts(b) ?? '', streakPhrase(b.streak) ?? '', milestonePhrase(b) ?? '',
      describeBalance(b), when(NOW - 30 * 3_600_000, NOW), when(NOW - 20_000, NOW), t('help_correct', t('entry_wrong')),
      ...SIGNAL_IDS.map(signalLabel), ...MOVE_IDS.map(moveText),
    ]);
    for (const s of sentences) {
      assert.doesNotMatch(s, /\$|undefined|NaN|\b[a-z]+_[a-z_]+\b/, `${lang}: "${s}"`);
    }
    assert.ok(sentences.some((s) => s.includes('4')), 'the numbers are in the sentences');
  }
  useLanguage('en');
  // The catalogue's own text, as the browser shows it.
  assert.equal(format(EN.balance_deficit, ['2 promotions', '1 contribution', '3']), 'This week: 2 promotions, 1 contribution (target 3:1). Give first to earn this one.');
});
