// Where the hint goes: never on the box or on its post button. Both make one zone; the hint
// goes beside it (right, then left), else above, else below, and always inside the viewport.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buttonsNear, placement, union } from '../../src/content/placement.ts';

const rect = (left: number, top: number, width: number, height: number) => ({ left, top, width, height, right: left + width, bottom: top + height });
const HINT = rect(0, 0, 340, 200);
const zoneOf = (box: ReturnType<typeof rect>, buttons: ReturnType<typeof rect>[]) => union(box, buttonsNear(box, buttons));
const overlaps = (a: { left: number; top: number }, size: typeof HINT, b: ReturnType<typeof rect>) =>
  a.left < b.right && b.left < a.left + size.width && a.top < b.bottom && b.top < a.top + size.height;

test('beside the box on the right when there is room', () => {
  const box = rect(100, 300, 500, 60);
  assert.deepEqual(placement(zoneOf(box, []), HINT, { width: 1280, height: 800 }), { top: 300, left: 606 });
});

test('on the left when only the left has room (a centred column, as on X)', () => {
  const box = rect(452, 160, 520, 60);
  assert.deepEqual(placement(zoneOf(box, []), HINT, { width: 1100, height: 800 }), { top: 160, left: 106 });
});

test('a post button right of the box (LinkedIn comments) is never covered', () => {
  const box = rect(302, 212, 395, 53);
  const button = rect(718, 241, 94, 27);
  const at = placement(zoneOf(box, [button]), HINT, { width: 1100, height: 800 });
  assert.equal(overlaps(at, HINT, button), false, JSON.stringify(at));
  assert.equal(overlaps(at, HINT, box), false);
});

test('above when neither side has room', () => {
  const box = rect(20, 400, 740, 60);
  assert.deepEqual(placement(zoneOf(box, []), HINT, { width: 800, height: 800 }), { top: 194, left: 420 });
});

test('below as the last resort, then under the post button that sits just under the box', () => {
  const box = rect(20, 100, 740, 60);
  const button = rect(680, 170, 80, 40);
  assert.deepEqual(placement(zoneOf(box, [button]), HINT, { width: 800, height: 800 }), { top: 216, left: 420 });
  assert.deepEqual(placement(zoneOf(box, []), HINT, { width: 800, height: 800 }), { top: 166, left: 420 });
});

test('buttons elsewhere on the page (other posts, hidden ones) are not part of the zone', () => {
  const box = rect(20, 100, 740, 60);
  assert.deepEqual(buttonsNear(box, [rect(680, 600, 80, 40), rect(680, 170, 0, 0), rect(900, 110, 80, 40)]), []);
});

test('always inside the viewport', () => {
  const box = rect(20, 700, 740, 60);
  const tall = rect(0, 0, 340, 720);
  const at = placement(zoneOf(box, []), tall, { width: 800, height: 760 });
  assert.ok(at.top >= 6 && at.top + 720 <= 760, JSON.stringify(at));
  assert.ok(at.left >= 6 && at.left + 340 <= 800 - 6);
});
