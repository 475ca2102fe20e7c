// German: general promotional and giving language, umlauts folded ("für" -> "fur", "ß" -> "ss").
import type { Lexicon } from './lexicon.ts';

const OWN = 'kurs*|workshop*|webinar*|onlinekurs*|shop|onlineshop|laden|geschaft|firma|unternehmen|marke|produkt*|app|buch|ebook|' +
  'newsletter|blog|kanal|podcast|folge|video|seite|profil|website|community|dienstleistung*|agentur|kollektion|coaching|beratung|programm';

export const de: Lexicon = {
  language: 'de',
  stopwords: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'ich', 'du', 'ein', 'eine', 'mit', 'auf', 'fur', 'sich', 'den',
    'dem', 'zu', 'es', 'auch', 'wir', 'mein', 'meine', 'von', 'aber', 'noch', 'wie', 'bei', 'dir', 'uns', 'jetzt', 'vor', 'hab',
    'jemand', 'heute', 'habe', 'schon', 'wenn', 'dass', 'nur', 'kann', 'oder'],
  self: ['ich', 'mein', 'meine', 'meinen', 'meinem', 'meiner', 'wir', 'unser', 'unsere', 'unseren', 'unserem', 'uns', 'mir', 'mich'],
  others: ['ihr', 'ihre', 'ihrem', 'ihren', 'ihrer', 'sein', 'seine', 'seinem', 'seinen', 'seiner', 'sie', 'er', 'ihm', 'ihn'],
  relations: ['freund', 'freundin', 'freunde', 'kumpel', 'kumpels', 'kollege', 'kollegin', 'schwester', 'bruder', 'mama', 'papa', 'mutter', 'vater', 'cousin', 'cousine', 'nachbar', 'nachbarin', 'tochter', 'sohn', 'tante', 'onkel', 'oma', 'opa', 'nichte', 'neffe', 'mitbewohner', 'mitbewohnerin'],
  imperatives: ['nimm', 'stell', 'leg', 'lass', 'gib', 'mach', 'pruf', 'prufe', 'kauf', 'wasch', 'schneide', 'vermeide', 'nutze',
    'benutze', 'probier', 'achte', 'sammle', 'warte', 'dreh', 'schalte', 'trockne', 'mische', 'fuge', 'schau'],
  phrases: [
    // Asking to attend or vote for the author.
    { signal: 'cta', weight: 1.4, phrases: ['stimmt|stimme|abstimmen fur mich|uns|unser|unsere|unseren', 'kommt vorbei', 'besucht uns|mich'] },
    { signal: 'follow', weight: 1.6, phrases: ['abonniert', 'abonniere', 'folgt mir|uns', 'folge mir|uns'] },
    { signal: 'hiring', weight: 1.3, phrases: ['wir stellen ein', 'wir suchen'] },
    { signal: 'cta', weight: 1.6, phrases: [
      'link in der|meiner bio', 'link im profil', 'jetzt kaufen|bestellen|anmelden|buchen|sichern|registrieren|abonnieren|downloaden',
      'melde dich an', 'meldet euch an', 'jetzt anmelden', 'schreib mir',
      'schreibt mir', 'dm an mich', 'per dm', 'kommentiere CAPS', 'sichere dir', 'sichert euch', 'schau in meinem|meinen', 'schaut vorbei',
      'hier bestellen', 'hier anmelden', 'teilt gerne', 'bitte teilen',
    ] },
    { signal: 'cta', weight: 0.8, phrases: ['bestellen', 'kaufen', 'anmelden', 'buchen', 'herunterladen', 'bei interesse', 'wer interesse hat', 'wer unterstutzung'] },
    { signal: 'offer', weight: 1.4, phrases: [
      '# % rabatt', 'rabatt*', 'gutschein*', 'code CAPS', 'mit dem code', 'rabattcode', 'angebot*', 'sale', 'nur noch # platze|tage|stuck',
      'nur # platze', 'begrenzte platze', 'begrenzt', 'versandkostenfrei', 'kostenloser versand', 'gewinnspiel', 'verlosung', 'nur heute',
      'bis sonntag|montag|freitag|samstag|mitternacht', 'vorbestell*', 'black friday', 'kostenloses webinar', 'erste bestellung',
    ] },
    { signal: 'own', weight: 1.3, phrases: [
      `mein|meine|meinen|meinem|meiner|unser|unsere|unseren|unserem neuer|neues|neue|neuen|erster|erstes|erste|eigener|eigenes|eigene? ${OWN}`,
      'auf meinem blog|kanal|profil', 'in meinem shop|kurs', 'ich verkaufe', 'wir verkaufen', 'ich biete', 'wir bieten', 'ich berate',
      'ich helfe ~ dabei?', 'handgemacht*',
    ] },
    { signal: 'announce', weight: 1.3, phrases: [
      'ist live', 'ist online', 'jetzt erhaltlich', 'ab sofort', 'endlich da', 'neu im shop', 'neue kollektion',
      'neues video', 'neue folge', 'freue mich ~ anzukundigen', 'stolz ~ prasentieren',
    ] },
    { signal: 'price', weight: 0.3, phrases: ['festpreis', 'pauschal*', 'stundensatz'] },
    { signal: 'sponsored', weight: 1.8, phrases: ['affiliate link*', 'werbung', 'anzeige', '#werbung', '#anzeige', 'gesponsert', 'provision'] },
    { signal: 'howto', weight: -1.0, phrases: ['so geht', 'anleitung', 'schritt #', 'schritt fur schritt', 'tipp*', 'steuertipp', 'trick*', 'was mir geholfen', 'fur anfanger', 'gelernt'] },
    { signal: 'explain', weight: -0.5, phrases: [
      'weil', 'deshalb', 'statt', 'anstatt', 'fast immer', 'immer', 'nie', 'niemals', 'vermeide', 'achte darauf', 'probier*', 'nimm', 'stell',
      'kauf dir', 'nicht vergessen', 'lohnt sich', 'auch ohne', 'seit', 'zum beispiel', 'z b',
    ] },
    { signal: 'thanks', weight: -1.0, phrases: ['danke', 'vielen dank', 'dankeschon', 'dankbar'] },
    { signal: 'congrats', weight: -1.2, phrases: ['gluckwunsch', 'herzlichen gluckwunsch', 'gratuliere', 'verdient'] },
    { signal: 'credit', weight: -1.2, phrases: ['nicht von mir', 'von @', 'via @', 'gemacht von', 'empfehle',
      // Someone close to the author owns it ("der Laden meiner Schwester"): sharing it has no stake.
      'von meinem|meiner|unserem|unserer freund|freundin|freundes|kumpel|kumpels|bruder|bruders|schwester|cousin|cousine|nachbarn|nachbarin|kollegen|kollegin|tochter|sohn|sohnes',
      'meines freundes|kumpels|bruders|cousins|nachbarn|kollegen|sohnes',
      'eines freundes', 'einer freundin'] },
    { signal: 'unaffiliated', weight: -2.0, phrases: ['nicht verwandt', 'keine werbung', 'nicht gesponsert', 'nicht bezahlt', 'einfach nur fan', 'unbezahlt'] },
    // Asking for help invites others to share what they know.
    { signal: 'question', weight: -0.6, phrases: [
      'weiss|kennt|hat jemand', 'kann jemand ~ empfehlen|erklaren|erklaeren|helfen', 'konnt|koennt ihr ~ empfehlen', 'ist es normal',
      'wie mache ich', 'habt ihr tipps|erfahrung*', 'irgendwelche tipps', 'hat jemand erfahrung*',
    ] },
    { signal: 'freeHelp', weight: -1.3, phrases: ['kostenlos', 'gratis', 'umsonst', 'helfe gerne', 'ohne kosten'] },
    { signal: 'community', weight: -1.2, phrases: ['ehrenamt*', 'spende*', 'tafel', 'tierheim', 'bibliothek', 'freiwillig*'] },
    { signal: 'encourage', weight: -0.8, phrases: ['du schaffst das', 'kopf hoch', 'du bist nicht allein', 'viel kraft'] },
    { signal: 'praise', weight: -0.4, phrases: ['toller beitrag', 'super video', 'klasse', 'wunderschon', 'genial'] },
  ],
};
