// French: general promotional and giving language, accents folded ("réduction" -> "reduction").
import type { Lexicon } from './lexicon.ts';

const OWN = 'cours|formation*|atelier*|boutique|magasin|entreprise|marque|produit*|appli|application|livre|ebook|newsletter|' +
  'blog|chaine|podcast|episode|video|page|profil|site|communaute|service*|agence|collection|coaching|programme';

export const fr: Lexicon = {
  language: 'fr',
  stopwords: ['le', 'la', 'les', 'de', 'des', 'et', 'est', 'un', 'une', 'du', 'pour', 'pas', 'que', 'qui', 'dans', 'sur',
    'je', 'tu', 'vous', 'nous', 'ce', 'cette', 'mon', 'ma', 'mes', 'avec', 'au', 'aux', 'ne', 'plus', "c'est", "j'ai", 'enfin',
    "quelqu'un", "aujourd'hui", 'tres', 'toujours', 'suis', 'etre', 'pourquoi', 'rien'],
  self: ['je', "j'ai", 'mon', 'ma', 'mes', 'nous', 'notre', 'nos', 'moi'],
  others: ['leur', 'leurs', 'son', 'sa', 'ses', 'elle', 'il', 'lui', 'ils', 'elles'],
  relations: ['ami', 'amie', 'amis', 'amies', 'pote', 'potes', 'copain', 'copine', 'frere', 'soeur', 'mere', 'pere', 'maman', 'papa', 'cousin', 'cousine', 'voisin', 'voisine', 'collegue', 'fils', 'fille', 'tante', 'oncle', 'mamie', 'papi', 'niece', 'neveu', 'coloc'],
  imperatives: ['mettez', 'mets', 'utilisez', 'utilise', 'laissez', 'laisse', 'ajoutez', 'ajoute', 'coupez', 'lavez', 'evitez',
    'essayez', 'essaie', 'verifiez', 'verifie', 'prenez', 'prends', 'melangez', 'attendez', 'gardez', 'faites', 'fais', 'regardez'],
  phrases: [
    // Asking to attend or vote for the author.
    { signal: 'cta', weight: 1.4, phrases: ['votez|vote|votes pour moi|nous|notre|nos', 'venez nous|me voir'] },
    { signal: 'follow', weight: 1.6, phrases: ['abonnez vous', 'abonne toi', 'suivez moi|nous'] },
    { signal: 'hiring', weight: 1.3, phrases: ['nous recrutons', 'on recrute'] },
    { signal: 'cta', weight: 1.6, phrases: [
      'lien dans la|ma bio', 'lien en bio', 'lien dans mon profil', 'achetez|commandez|reservez|inscrivez|abonnez maintenant|vite|ici',
      'inscrivez vous', 'ecrivez moi', 'ecris moi', 'contactez moi|nous',
      'en mp', 'en dm', 'par mp', 'commentez CAPS', 'visitez ma|mon|notre', 'decouvrez ma|mon|notre|nos', 'partagez',
    ] },
    { signal: 'cta', weight: 0.8, phrases: ['commandez', 'achetez', 'commander', 'acheter', 'telecharge*', 'reserve*', 'inscri*', 'si ca vous interesse', 'si vous etes interesse*'] },
    { signal: 'offer', weight: 1.4, phrases: [
      '# % de? reduction', '# % de remise', '# % off', 'reduction*', 'remise', 'code promo', 'code CAPS', 'promo*', 'soldes', 'offre*',
      'livraison offerte|gratuite', 'jusqu\'a dimanche|lundi|vendredi|samedi|minuit', 'places limitees', 'derniers jours', 'dernieres places',
      'concours', 'a gagner', 'precommande*', 'black friday', 'seulement aujourd\'hui', 'edition limitee',
    ] },
    { signal: 'own', weight: 1.3, phrases: [
      `mon|ma|mes|notre|nos nouveau|nouvelle|nouveaux|nouvelles|premier|premiere|propre? ${OWN}`, 'sur ma chaine|page|boutique',
      'sur mon blog|site|profil', 'je vends', 'nous vendons', 'je propose', 'nous proposons', 'j\'aide ~ a',
    ] },
    { signal: 'announce', weight: 1.3, phrases: [
      'nouvelle collection', 'disponible', 'est en ligne', 'est sorti*', 'vient de sortir', 'nouvelle video', 'nouvel episode', 'lancement',
      'je lance', 'nous lancons',
    ] },
    { signal: 'sponsored', weight: 1.8, phrases: ['lien affilie', 'lien d\'affiliation', 'sponsorise', 'partenariat remunere', '#pub', '#ad', 'publicite'] },
    { signal: 'howto', weight: -1.0, phrases: ['comment faire', 'etape #', 'etape par etape', 'astuce*', 'conseil*', 'tuto*', 'guide', 'ce qui m\'a aide', 'j\'ai appris'] },
    { signal: 'explain', weight: -0.5, phrases: [
      'parce que', 'car', 'au lieu de', 'plutot que', 'presque toujours', 'toujours', 'jamais', 'evitez', 'evite', 'essayez', 'utilisez',
      'laissez', 'je te conseille', 'je vous conseille', 'pour eviter', 'tout y est', 'il faut',
    ] },
    { signal: 'thanks', weight: -1.0, phrases: ['merci', 'merci beaucoup', 'grace a vous|toi', 'reconnaissant*'] },
    { signal: 'congrats', weight: -1.2, phrases: ['felicitations', 'bravo', 'bien merite'] },
    { signal: 'credit', weight: -1.2, phrases: ['pas de moi', 'fait par', 'cree par', 'via @', 'de @',
      // Someone close to the author owns it ("la boutique de ma soeur"): sharing it has no stake.
      'de mon|ma ami|amie|pote|frere|soeur|cousin|cousine|voisin|voisine|collegue|fils|fille|mari|femme|copain|copine|pere|mere',
      "d'un ami|pote|voisin|collegue", "d'une amie|voisine|collegue|copine"] },
    { signal: 'unaffiliated', weight: -2.0, phrases: ['non sponsorise', 'pas sponsorise', 'pas affilie', 'aucun lien', 'pas de pub'] },
    // Asking for help invites others to share what they know.
    { signal: 'question', weight: -0.6, phrases: [
      "quelqu'un sait|connait|a|peut|aurait", 'vous me conseillez|recommandez', 'des conseils pour', 'est ce normal', 'comment faire pour',
      'une recommandation', 'une idee pour',
    ] },
    { signal: 'freeHelp', weight: -1.3, phrases: ['c\'est gratuit', 'gratuit', 'gratuitement', 'sans frais', 'je peux aider'] },
    { signal: 'community', weight: -1.2, phrases: ['benevol*', 'don', 'dons', 'banque alimentaire', 'refuge', 'bibliotheque', 'association'] },
    { signal: 'encourage', weight: -0.8, phrases: ['courage', 'tu vas y arriver', 'tu n\'es pas seul*', 'bon courage'] },
    { signal: 'praise', weight: -0.4, phrases: ['super video', 'superbe', 'magnifique', 'genial', 'excellent'] },
  ],
};
