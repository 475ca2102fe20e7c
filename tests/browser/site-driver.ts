// Drives one compose box on a fixture page the way a person would, and reads back what the
// editor holds and what the hint shows. Used for the runs with and without GiveFirst alike.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, type Fixture, type FixtureBox } from '../fixtures/pages.ts';
import { ROOT } from './harness.ts';
import { nextFrame, type Routes, type Surface, type Tab } from './driver.ts';
import { PAUSE_MS } from '../../src/content/timing.ts';

export const PROMO = 'Buy my new course today, 50% off with code LAUNCH50! Link in bio, sign up now before it sells out 🚀';
export const GIVING = 'Great question! What fixed it for me: 1) clear the cache, 2) restart the dev server. Thanks @maria for the tip.';

export function fixtureRoutes(): Routes {
  const routes: Routes = {};
  for (const f of FIXTURES) routes[f.url] = readFileSync(join(ROOT, 'dist/fixtures', `${f.name}.html`), 'utf8');
  return routes;
}

/** The page, or for an embedded comment frame (Disqus) the frame the box lives in. */
export async function targetFor(tab: Tab, fixture: Fixture): Promise<{ target: Surface; fixture: Fixture }> {
  const inner = fixture.frames?.[0];
  if (!inner) return { target: tab, fixture };
  const frameFixture = FIXTURES.find((f) => f.name === inner)!;
  return { target: await tab.frame(new URL(frameFixture.url).host), fixture: frameFixture };
}

/** The hint's state in this document: the visible flagged hint's text, or null. */
export function flaggedHint(target: Pick<Surface, 'evaluate'>): Promise<string | null> {
  return target.evaluate(() => {
    const hint = [...document.querySelectorAll<HTMLElement>('givefirst-hint')].find((h) => !h.hidden && h.dataset.flag === 'true');
    return hint ? (hint.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '') : null;
  });
}

/**
 * Waits for a flagged hint (up to `ms`, 0 for no limit but the test's); null if none came.
 * Any page with evaluate will do: a driver's tab or frame, or a Playwright page.
 */
export async function waitForFlag(target: Pick<Surface, 'evaluate'>, ms = 3000): Promise<string | null> {
  const end = ms ? Date.now() + ms : Infinity;
  for (;;) {
    const hint = await flaggedHint(target);
    if (hint !== null || Date.now() >= end) return hint;
    await nextFrame(target, 50);
  }
}

/** Whether the shown hint overlaps the box's post button (the hint must leave it free to click). */
export async function hintCovers(target: Surface, submit: string): Promise<boolean> {
  // Placement waits for the next frame.
  await nextFrame(target);
  return target.evaluate((selector) => {
    const hint = [...document.querySelectorAll<HTMLElement>('givefirst-hint')].find((h) => !h.hidden);
    const button = [...document.querySelectorAll(selector)].find((b) => b.getBoundingClientRect().height > 0);
    if (!hint || !button) return false;
    const a = hint.getBoundingClientRect();
    const b = button.getBoundingClientRect();
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  }, submit);
}

export function editorText(target: Surface, box: FixtureBox): Promise<string> {
  return target.evaluate((name) => window.gfFixture.text(name), box.name);
}

export async function openBox(target: Surface, selector: string, box: FixtureBox): Promise<void> {
  if (box.open && !(await target.count(selector))) await target.click(box.open);
  await target.waitVisible(selector);
}

/** How long after a keystroke GiveFirst has analysed the draft, on the page's own clock. */
const PAST_PAUSE = PAUSE_MS + 50;

/** Types as a person: click, type, pause. Returns the editor's own text. */
export async function typeDraft(tab: Tab, target: Surface, selector: string, box: FixtureBox, text: string): Promise<string> {
  await target.click(selector);
  await tab.type(text);
  await nextFrame(target, PAST_PAUSE);
  return editorText(target, box);
}

export async function clearBox(tab: Tab, target: Surface, selector: string, box: FixtureBox): Promise<string> {
  await target.click(selector);
  await tab.press('Control+A');
  await tab.press('Delete');
  await nextFrame(target, PAST_PAUSE);
  return editorText(target, box);
}

/** Editors whose undo history groups keystrokes by time, so one undo step depends on typing speed. */
const TIME_GROUPED = new Set(['quill', 'lexical', 'tiptap']);

/** Presses a key until the editor holds `goal` (at most 40 times); returns what it holds then. */
async function pressUntil(tab: Tab, target: Surface, box: FixtureBox, key: string, goal: string): Promise<string> {
  let text = await editorText(target, box);
  for (let i = 0; i < 40 && text.trim() !== goal.trim(); i++) {
    await tab.press(key);
    await nextFrame(target);
    text = await editorText(target, box);
  }
  return text;
}

/**
 * The editor's text after each step of a fixed sequence: type, undo, redo, clear, type again.
 * Native undo (textareas, plain editable boxes, Draft.js) is compared step by step; editors
 * that group by time are compared on undoing everything and redoing everything, which is what
 * timing on a loaded machine cannot change. Every step waits for the page, not a clock.
 * `giveFirst`: the run has the extension, so the pause mid-draft waits for its hint.
 */
export async function editingTrace(tab: Tab, target: Surface, selector: string, box: FixtureBox, giveFirst: boolean): Promise<string[]> {
  const trace: string[] = [];
  // A pause mid-draft, so GiveFirst analyses and draws its hint while the person is still
  // typing: anything it did to the page then would show in the undo steps below.
  const half = PROMO.indexOf(' ', PROMO.length / 2);
  await target.click(selector);
  await tab.type(PROMO.slice(0, half));
  await nextFrame(target, PAST_PAUSE);
  if (giveFirst) await waitForFlag(target, 0);
  await tab.type(PROMO.slice(half));
  await nextFrame(target, PAST_PAUSE);
  const typed = await editorText(target, box);
  trace.push(typed);
  if (TIME_GROUPED.has(box.editor)) {
    trace.push(await pressUntil(tab, target, box, 'Control+Z', ''));
    trace.push(await pressUntil(tab, target, box, 'Control+Shift+Z', typed));
  } else {
    for (const key of ['Control+Z', 'Control+Shift+Z']) {
      await tab.press(key);
      await nextFrame(target);
      trace.push(await editorText(target, box));
    }
  }
  trace.push(await clearBox(tab, target, selector, box));
  trace.push(await typeDraft(tab, target, selector, box, GIVING));
  return trace;
}

declare global {
  interface Window {
    gfFixture: { text(name?: string): string; posts: string[] };
  }
}
