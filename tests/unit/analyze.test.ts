// Drafts written for this test (not from the data set): what the nudge must and must not flag
// at the default sensitivity, plus the contract: spans, languages, own things, context.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/analysis/analyze.ts';
import type { Context } from '../../src/core/types.ts';
import { SIGNAL_IDS } from '../../src/core/analysis/signals.ts';
import { MOVES } from '../../src/core/analysis/suggest.ts';
import { readDraft } from '../../src/core/analysis/draft.ts';

type Case = [text: string, context?: Context];

const MUST_FLAG: Case[] = [
  ['Big summer sale! 25% off everything in my shop until Friday, use code SUNNY25 at checkout 🌞'],
  ['My new online course on watercolor basics is finally live. Enroll today, early bird pricing ends Sunday: paintwithpia.com'],
  ['Subscribe to my newsletter for weekly marketing hacks 👉 growthnotes.substack.com'],
  ['Follow me for more daily fitness content 💪🔥 link in bio'],
  ['Check out my channel, I upload gaming videos every day!!', 'comment'],
  ['Nice post! I built an app that does this automatically: trackly.app', 'reply'],
  ['mybakery.shop', 'reply'],
  ["We're hiring a product designer! Apply now at acme.io/careers #hiring #design #jobs"],
  ['DM me "SCALE" and I\'ll send you my coaching program details 📩'],
  ['Pre-orders for my debut novel are open now! Grab your copy here: bit.ly/3abcdEF'],
  ['GIVEAWAY 🎁 Follow us and tag two friends for a chance to win a free hoodie. Ends Sunday!'],
  ['Great video! Check out my page for more workout tips, link in my profile 🙏', 'comment'],
  ['¡Nuevo curso disponible! Inscríbete hoy con 30% de descuento, solo por 48 horas. Link en mi bio'],
  ['Neue Kollektion im Shop! Jetzt 20 % Rabatt mit dem Code SOMMER20, Link in der Bio'],
  ['Nouvelle collection disponible sur notre boutique ! Livraison offerte, lien dans la bio'],
  ['Promoção só hoje: 40% de desconto em toda a loja com o cupom FESTA40. Link na bio!'],
];

const MUST_NOT_FLAG: Case[] = [
  ['Thank you so much for this tutorial, it finally made recursion click for me!', 'comment'],
  ['Congrats on the launch, @maria! So well deserved 🎉'],
  ['How to fix a squeaky door: lift the pin out, rub a bit of bar soap or petroleum jelly on it, and tap it back in. Takes two minutes.'],
  ['Not affiliated, just a happy user: the free Merlin app from Cornell identifies birds by their song. Works offline too.'],
  ['Anyone know a good vet near the river district that is open on Sundays?'],
  ['Sign up to volunteer at the animal shelter this weekend, they really need dog walkers. Their form is on the town website.'],
  ['If you need help with your resume, DM me. Free, no strings attached, I just remember how hard it was.'],
  ['Finally finished my first marathon. Legs are jelly but I did it!'],
  ['Our startup ran out of money and we are closing. Proud of what we built. Not looking for anything, just sharing.'],
  ['I disagree, the second season was better than the first.', 'reply'],
  ['Tip: in VS Code press Ctrl+D to select the next occurrence of a word, then type to edit all of them at once.'],
  ['Reminder that the public library lends museum passes for free. Ask at the front desk.'],
  ['Gracias por la receta, me salió perfecta a la primera 😊', 'comment'],
  ['Vielen Dank für die tolle Anleitung, hat sofort funktioniert!', 'comment'],
  ['Merci pour cette astuce, ça marche très bien !', 'comment'],
  ['Parabéns pela conquista, você merece muito! 🎉', 'comment'],
  ['monday again huh'],
  [''],
];

// Real value plus a plug: 'mixed', never flagged as purely promotional.
const MIXED: Case[] = [
  ['Cast iron tip: after washing, dry it on the stove for a minute and wipe a thin layer of oil while warm, otherwise it rusts. ' +
    'Never soak it overnight. I sell restored pans in my shop if you want one, link in bio.'],
  ['For slow Wi-Fi, move the router off the floor and away from the microwave, and switch to the 5 GHz band if your devices support it, ' +
    'because 2.4 GHz is crowded in apartments. I wrote a longer guide on my blog: netfixes.dev/wifi', 'reply'],
  // A plug without a link or a call to action is still a plug.
  ['Quick tip for sourdough: feed your starter twice a day for three days before baking, it gets way more active. My next baking workshop is in October if you want to practice with me.'],
  ["If your tomatoes crack, it's uneven watering. Water deeply every few days instead of a little daily. We sell drip kits at our booth at the Saturday market."],
  ['To fix a squeaky door hinge, pull the pin, rub it with a bar of soap, and tap it back in. I do this professionally if anyone nearby needs bigger repairs.', 'reply'],
];

// Help with no plug earns credit: 'giving', even when it names the author's own time or says "DM me".
const GIVING: Case[] = [
  ['If you need help with your resume, DM me. Free, no strings attached, I just remember how hard it was.'],
  ['Thanks @dana for the walkthrough on setting up Postgres replication, it saved my weekend. The trick was the wal_level setting.'],
  ["I do this every morning: write three things I'm grateful for before opening email. Helps me start calmer.", 'reply'],
  ['My first year teaching I learned this: kids remember how you made them feel. Keep your classroom warm and consistent.'],
  // Asking for help invites others to share what they know.
  ['Does anyone have a good recipe for gluten-free bread? My sister just got diagnosed and I want to bake for her.'],
  ['How do I get my toddler to sleep past 5am? Running out of ideas.'],
  ['Happy to proofread cover letters this week for anyone job hunting, just reply.'],
  ['¿Alguien sabe cómo quitar el moho de las juntas del baño sin lejía? Lo probé todo.'],
  ['Kann jemand ein gutes Buch über Statistik für Anfänger empfehlen?'],
  ["Quelqu'un sait comment enlever une tache de vin rouge sur un canapé en tissu ?"],
  ['Vocês recomendam algum livro de estatística para iniciantes?'],
];

// Chat and opinions, questions included, neither earn nor spend.
const NEUTRAL: Case[] = [
  ['Anyone else think the new season is way worse than the first one?'],
  ['How did you all spend the long weekend?'],
  ['Does anyone else love the smell of rain?'],
  ['¿Alguien más piensa que este verano está siendo eterno?'],
  ['Findet noch jemand, dass der Montag heute ewig dauert?'],
];

// The model is learned, so a single written draft may land on the wrong side of a threshold
// (today: one short Spanish thank-you reads as a pitch); its quality is measured on held-out
// drafts (analyze-quality.test.ts). These tables allow one miss each and name it.
const ALLOWED_MISSES = 1;

test('flags the written pitches (every one says why)', () => {
  const missed: string[] = [];
  for (const [text, context] of MUST_FLAG) {
    const a = analyze(text, { context });
    if (a.flag) {
      assert.equal(a.kind, 'promotional', text);
      assert.ok(a.reasons.some((r) => r.weight > 0), `says why: ${text}`);
    } else missed.push(`${a.score} ${text}`);
  }
  assert.ok(missed.length <= ALLOWED_MISSES, `missed:\n${missed.join('\n')}`);
});

test('stays quiet on the written help, thanks and chat (and never counts them as promotion)', () => {
  const flagged: string[] = [];
  for (const [text, context] of MUST_NOT_FLAG) {
    const a = analyze(text, { context });
    if (a.flag || a.kind === 'promotional') flagged.push(`${a.score} ${text}`);
  }
  assert.ok(flagged.length <= ALLOWED_MISSES, `flagged:\n${flagged.join('\n')}`);
  assert.equal(analyze('').flag, false, 'an empty draft');
});

// Kinds other than 'promotional' are the model's call and are measured in aggregate, on drafts it
// was not trained on (analyze-quality.test.ts); here every one of them must at least stay quiet.
for (const [label, cases] of [['giving', GIVING], ['neutral', NEUTRAL], ['mixed', MIXED]] as const) {
  for (const [text, context] of cases) {
    test(`${label}, never flagged: ${text.slice(0, 60)}`, () => {
      const a = analyze(text, { context });
      assert.equal(a.flag, false, JSON.stringify(a.reasons));
      assert.notEqual(a.kind, 'promotional');
    });
  }
}

test('reasons index into the original text', () => {
  const text = 'Ça y est 🎉 Big news: 50% off my ebook this week only, grab your copy → example.com/ebook?ref=tw';
  const a = analyze(text);
  assert.ok(a.reasons.length > 0);
  for (const r of a.reasons) {
    assert.ok(r.start >= 0 && r.end <= text.length && r.start < r.end);
    assert.equal(text.slice(r.start, r.end), r.text);
    assert.ok(r.signal === 'wording' || (SIGNAL_IDS as string[]).includes(r.signal), r.signal);
    assert.ok(r.weight > 0, 'reasons are what pushed toward promotion');
  }
  assert.ok(a.reasons.some((r) => r.text.includes('50% off')), 'the offer is among the reasons');
  assert.ok((MOVES as readonly string[]).includes(a.suggestion), a.suggestion);
  assert.ok(a.score >= 0 && a.score <= 1);
});

test('detects the five languages and stays quiet in others', () => {
  assert.equal(analyze('This is a short note about the weather and my garden today.').language, 'en');
  assert.equal(analyze('Hoy fue un día muy largo, pero el paseo por el parque valió la pena.').language, 'es');
  assert.equal(analyze('Heute war ein langer Tag, aber der Spaziergang im Park hat sich gelohnt.').language, 'de');
  assert.equal(analyze("Aujourd'hui était une longue journée, mais la promenade dans le parc en valait la peine.").language, 'fr');
  assert.equal(analyze('Hoje foi um dia longo, mas o passeio no parque valeu muito a pena para mim.').language, 'pt');
  // Short drafts with few function words.
  assert.equal(analyze('Vocês recomendam algum livro de estatística para iniciantes?').language, 'pt');
  assert.equal(analyze('Que calor absurdo hoje, ninguém merece.').language, 'pt');
  const italian = analyze('Oggi è stata una giornata lunga, ma la passeggiata nel parco ne è valsa la pena per me e per il cane.');
  assert.equal(italian.language, 'other');
  assert.equal(italian.flag, false);
  const japanese = analyze('新しいコースを公開しました！ぜひチェックしてください。');
  assert.equal(japanese.language, 'other');
  assert.equal(japanese.flag, false);
});

test('other languages: flagged only on universal signals', () => {
  const withRef = analyze('Nuovo corso online disponibile, sconto con il codice CORSO30: corsi.example.it/iscriviti?ref=ig', {
    settings: { own: { domains: ['corsi.example.it'], handles: [], brands: [] } },
  });
  assert.equal(withRef.language, 'other');
  assert.equal(withRef.flag, true);
});

test("the user's own domain, handle and brand are the strongest signal", () => {
  const own = { domains: ['pia.studio'], handles: ['@piapaints'], brands: ['Pia Studio'] };
  const plain = 'Spent the whole week painting landscapes by the lake, the evening light there is unreal. More at pia.studio';
  assert.equal(analyze(plain).flag, false);
  assert.equal(analyze(plain, { settings: { own } }).flag, true);
  const brand = analyze('Pia Studio has new paintings this week, come see them', { settings: { own } });
  assert.ok(brand.reasons.some((r) => r.text === 'Pia Studio' && r.weight > 0));
});

test('context: a bare link as a reply is promotion, the same link in an explaining answer is not', () => {
  assert.equal(analyze('ledgerbee.com', { context: 'reply' }).flag, true);
  const answer = 'The error means the certificate chain is incomplete: your server sends the leaf but not the intermediate. ' +
    'Concatenate the intermediate into the same file, restart nginx, and check with openssl s_client. Explained in detail at ledgerbee.com';
  const a = analyze(answer, { context: 'reply' });
  assert.equal(a.flag, false);
});

test('sensitivity: a borderline draft is flagged at high and not at low', () => {
  // Mild plugs: the model is unsure of these, so which one sits between the presets may change when it is retrained.
  const candidates = ['New episode of my podcast is out, give it a listen!', 'I made a playlist for rainy days, link in my profile if anyone wants it',
    'I just launched my new app. Would love it if you tried it.', 'Our team shipped v2 today, check it out at acme.io',
    'I wrote a small guide on this, it is on my site', 'new video up on my channel'];
  const at = (text: string, sensitivity: number): boolean => analyze(text, { settings: { sensitivity } }).flag;
  const borderline = candidates.find((text) => at(text, 75) && !at(text, 25));
  assert.ok(borderline, 'no candidate is flagged at high but not at low: sensitivity does nothing, or the candidates need a new one');
  assert.equal(at(borderline, 0), false);
  assert.equal(at(borderline, 100), true);
});

test('every signal and move the core can return has words in the catalogue', () => {
  const en = JSON.parse(readFileSync(new URL('../../_locales/en/messages.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  for (const id of [...SIGNAL_IDS, 'wording']) assert.ok(en[`signal_${id}`], `signal_${id}`);
  for (const id of MOVES) assert.ok(en[`move_${id}`], `move_${id}`);
});

/** A draft's evidence sums by signal name. */
function evidence(text: string): Record<string, number> {
  const ev = readDraft(text, '', 'post', undefined).evidence;
  return Object.fromEntries(SIGNAL_IDS.map((s, i) => [s, ev.bySignal[i]!]));
}

test("whose thing it is: a close person's thing is credit, and someone else's news counts for less than one's own", () => {
  for (const text of ["My sister's bakery opens on Saturday", 'Heute spielt die Band von meinem Bruder im Park',
    'La boutique de ma cousine ouvre samedi', 'La tienda de mi vecina abre el lunes', 'A loja da minha amiga abriu hoje']) {
    assert.ok(evidence(text).credit! < 0, text);
  }
  for (const [own, theirs] of [
    ['Neue Folge ist online, ich habe drei Wochen daran geschnitten', 'Neue Folge ist online, er hat drei Wochen daran geschnitten'],
    ['New episode is up and I finally fixed the audio', 'New episode is up and she finally fixed the audio'],
    // "my sister", "mein Kumpel": a first-person word before a close person names someone else.
    ['New episode is up and my team finally fixed the audio', "New episode is up and my sister's team finally fixed the audio"],
    ['Neue Folge ist online, mein Team hat drei Wochen daran geschnitten', 'Neue Folge ist online, mein Kumpel hat drei Wochen daran geschnitten'],
    ["Le nouvel épisode est en ligne, mon équipe l'a monté", "Le nouvel épisode est en ligne, mon pote l'a monté"],
    ['Ya salió el nuevo video de mi canal', 'Ya salió el nuevo video de mi hermana'],
    ['Já saiu o novo episódio do meu podcast', 'Já saiu o novo episódio da minha prima'],
  ] as const) {
    assert.ok(evidence(theirs).announce! > 0 && evidence(theirs).announce! < evidence(own).announce!, theirs);
  }
});

test('a disclaimer negates the ask it holds: "not my product" is no plug, "my product" still is', () => {
  const disclaimed = evidence('not my product, just love it');
  assert.equal(disclaimed.own, 0);
  assert.ok(disclaimed.unaffiliated! < 0);
  const own = evidence('my product is finally out, just love it');
  assert.ok(own.own! > 0);
  assert.equal(own.unaffiliated, 0);
  // The ask outside the disclaimer still counts.
  assert.ok(evidence('not my product, but my shop has one').own! > 0);
});
