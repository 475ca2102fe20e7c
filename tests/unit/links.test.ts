// Whose a link is and what it is for, read off the address alone (links.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeLink } from '../../src/core/analysis/links.ts';

test("links: the user's own domain, referral codes, shorteners and shops each say so", () => {
  assert.equal(judgeLink('https://www.pia.studio/new', ['pia.studio']).signal, 'yours');
  assert.equal(judgeLink('https://shop.example.com/r/ANNA20', []).signal, 'referral');
  assert.equal(judgeLink('https://example.com/?ref=anna', []).signal, 'referral');
  assert.equal(judgeLink('https://bit.ly/3xYz', []).signal, 'referral');
  assert.equal(judgeLink('https://anna.etsy.com/listing/1', []).signal, 'storeLink');
  assert.deepEqual(judgeLink('https://www.nih.gov/health', []), { signal: 'link', weight: 0, host: 'nih.gov' });
});

test('links: a Reddit community ("/r/name") is a plain link, not a referral code', () => {
  assert.equal(judgeLink('https://www.reddit.com/r/Sourdough/comments/abc/first_loaf/', []).signal, 'link');
  assert.equal(judgeLink('old.reddit.com/r/AskHistorians', []).signal, 'link');
  // A referral parameter on Reddit is still one.
  assert.equal(judgeLink('https://www.reddit.com/r/x/?utm_source=share', []).signal, 'referral');
});
