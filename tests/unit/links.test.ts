// Whose a link is and what it is for, read off the address alone (links.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeLink } from '../../src/core/analysis/links.ts';
import { readDraft } from '../../src/core/analysis/draft.ts';
import { hasAsk } from '../../src/core/analysis/evidence.ts';
import { SIGNAL_INDEX } from '../../src/core/analysis/signals.ts';

test("links: the user's own domain, referral codes, shorteners and shops each say so", () => {
  assert.equal(judgeLink('https://www.pia.studio/new', ['pia.studio']).signal, 'yours');
  assert.equal(judgeLink('https://shop.example.com/r/ANNA20', []).signal, 'referral');
  assert.equal(judgeLink('https://example.com/?ref=anna', []).signal, 'referral');
  assert.equal(judgeLink('https://bit.ly/3xYz', []).signal, 'referral');
  assert.equal(judgeLink('https://anna.etsy.com/listing/1', []).signal, 'storeLink');
  assert.deepEqual(judgeLink('https://www.nih.gov/health', []), { signal: 'link', weight: 0, host: 'nih.gov' });
});

test('links: a Reddit community ("/r/name") is a plain link, not a referral code', () => {
  assert.equal(judgeLink('https://www.reddit.com/r/Sourdough', []).signal, 'link');
  assert.equal(judgeLink('old.reddit.com/r/AskHistorians/', []).signal, 'link');
  // A referral parameter on Reddit is still one.
  assert.equal(judgeLink('https://www.reddit.com/r/x/?utm_source=share', []).signal, 'referral');
});

test('links: one video, episode, post or logged run on a big platform is a media page; a channel or profile is not', () => {
  for (const url of ['https://youtu.be/dQw4w9WgXcQ', 'https://www.youtube.com/watch?v=abc123', 'youtube.com/shorts/xyz',
    'https://open.spotify.com/episode/4rTq', 'https://www.tiktok.com/@someone/video/7352918', 'https://www.instagram.com/reel/C7xQ/',
    'https://x.com/someone/status/1789', 'https://www.reddit.com/r/Sourdough/comments/abc/first_loaf/', 'https://www.strava.com/activities/1192',
    'https://vm.tiktok.com/ZMhR2pW8c/', 'https://clips.twitch.tv/FunnyClip', 'http://twitpic.com/3fx9a1', 'http://instagr.am/p/Xk2mb/',
    'https://i.imgur.com/q7Lr2Pz.jpg', 'https://imgur.com/gallery/aB3dE', 'https://v.redd.it/k2j4h5', 'http://4sq.com/1xQv9Tz',
    'https://www.swarmapp.com/c/8KpLmN2', 'https://spoti.fi/3FqWz1', 'https://music.apple.com/us/album/some-album/1440',
    'https://www.nytimes.com/2025/01/02/science/owls.html', 'https://news.bbc.co.uk/2/hi/science/123.stm', 'https://elpais.com/ciencia/x.html']) {
    assert.equal(judgeLink(url, []).signal, 'mediaLink', url);
  }
  for (const url of ['https://www.youtube.com/@mychannel', 'https://youtube.com/', 'https://youtu.be/', 'https://www.instagram.com/mybakery',
    'https://open.spotify.com/artist/123', 'https://x.com/someone', 'https://imgur.com/user/someone', 'http://instagr.am/someone',
    'https://www.swarmapp.com/someone', 'https://music.apple.com/us/artist/someone/123', 'https://www.nytimes.com/',
    'https://notnytimes.com/2025/a.html']) {
    assert.equal(judgeLink(url, []).signal, 'link', url);
  }
  // The user's own pages stay theirs, whatever the platform.
  assert.equal(judgeLink('https://youtu.be/abc', ['youtu.be']).signal, 'yours');
});

test('evidence: a video passed on with a word or two is no bare plug and no ask; a bare site link is both', () => {
  const shared = readDraft('omg this 😂 https://youtu.be/Hk2vP9wRtXs', 'x', 'post', undefined).evidence;
  assert.equal(shared.bySignal[SIGNAL_INDEX.bareLink], 0);
  assert.ok(shared.bySignal[SIGNAL_INDEX.mediaLink]! > 0);
  assert.equal(hasAsk(shared, 'en'), false);
  const plug = readDraft('ledgerbee.com', 'x', 'reply', undefined).evidence;
  assert.ok(plug.bySignal[SIGNAL_INDEX.bareLink]! > 0);
  assert.equal(hasAsk(plug, 'en'), true);
});

test('evidence: an old-style retweet ("RT @name: ...") credits who it quotes; a retweet asked for is a call to action', () => {
  const quoted = readDraft('RT @cityweather: roads are icy on the ring road tonight, drive slow', 'x', 'post', undefined).evidence;
  assert.equal(quoted.bySignal[SIGNAL_INDEX.cta], 0);
  assert.ok(quoted.bySignal[SIGNAL_INDEX.credit]! < 0);
  for (const text of ['please RT, we need volunteers', 'RT if you agree', 'pls rt 🙏']) {
    assert.ok(readDraft(text, 'x', 'post', undefined).evidence.bySignal[SIGNAL_INDEX.cta]! > 0, text);
  }
});
