// One concrete giving move that fits the draft: chosen from what made it read as an ask and
// where it is written (a reply under someone else's post is a different situation).
import type { Context, Language } from '../types.ts';
import type { Signal } from './signals.ts';
import type { Evidence } from './evidence.ts';

type Move = 'answer' | 'teaser' | 'offer' | 'hiring' | 'product' | 'follow' | 'general';

const MOVES: Record<Move, Partial<Record<Language, string>> & { en: string }> = {
  answer: {
    en: 'Answer the question right here first; add your link only if it still helps after that.',
    es: 'Responde aquí primero a la pregunta; añade tu enlace solo si después sigue siendo útil.',
    de: 'Beantworte zuerst hier die Frage; den Link nur, wenn er danach noch hilft.',
    fr: "Réponds d'abord ici à la question ; ajoute ton lien seulement s'il aide encore après.",
    pt: 'Responda primeiro aqui à pergunta; coloque seu link só se ainda ajudar depois.',
  },
  teaser: {
    en: 'Give away one of the lessons in the post itself, so it helps people who never sign up.',
  },
  offer: {
    en: 'Share a tip for using what you make, or the story of how you make it, so the post is worth reading without buying.',
    es: 'Comparte un consejo o cómo lo haces, para que la publicación valga la pena sin comprar.',
    de: 'Teile einen Tipp oder wie du es machst, damit der Beitrag auch ohne Kauf etwas bringt.',
    fr: "Partage une astuce ou comment tu le fabriques, pour que le post vaille la peine sans rien acheter.",
    pt: 'Compartilhe uma dica ou como você faz, para que o post valha a pena mesmo sem comprar.',
  },
  hiring: {
    en: 'Describe the problem the team is solving and credit someone already on it; people apply to work they can picture.',
  },
  product: {
    en: 'Lead with one thing you learned building it that others can use today, then mention it.',
  },
  follow: {
    en: 'Put the tip itself in this post; people follow those who already helped them.',
  },
  general: {
    en: 'Lead with something useful: answer a question, share a lesson, or credit someone who helped.',
    es: 'Empieza con algo útil: responde una pregunta, comparte una lección o da crédito a alguien.',
    de: 'Beginne mit etwas Nützlichem: beantworte eine Frage, teile eine Lektion oder danke jemandem.',
    fr: "Commence par quelque chose d'utile : réponds à une question, partage une leçon ou remercie quelqu'un.",
    pt: 'Comece com algo útil: responda a uma pergunta, compartilhe uma lição ou dê crédito a alguém.',
  },
};

function has(ev: Evidence, s: Signal): boolean {
  return (ev.bySignal.get(s) ?? 0) > 0;
}

function askSays(ev: Evidence, pattern: RegExp): boolean {
  for (const r of ev.reasons) if (r.weight > 0 && pattern.test(r.text)) return true;
  return false;
}

const HIRING = /hiring|hire/i;
const FOLLOW = /follow|subscri|notification/i;

function pick(ev: Evidence, context: Context): Move {
  if (context !== 'post' && (has(ev, 'bareLink') || has(ev, 'link') || has(ev, 'own') || has(ev, 'yours'))) return 'answer';
  if (has(ev, 'teaser')) return 'teaser';
  if (askSays(ev, HIRING)) return 'hiring';
  if (has(ev, 'offer') || has(ev, 'promoCode') || has(ev, 'price') || has(ev, 'sponsored')) return 'offer';
  if (askSays(ev, FOLLOW)) return 'follow';
  if (has(ev, 'own') || has(ev, 'announce') || has(ev, 'yours')) return 'product';
  return 'general';
}

export function suggest(ev: Evidence, context: Context, language: Language | 'other'): string {
  const move = MOVES[pick(ev, context)];
  return (language !== 'other' && move[language]) || move.en;
}
