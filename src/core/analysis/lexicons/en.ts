// English: general promotional and giving language (not lifted from any data set).
import type { Lexicon } from './lexicon.ts';

const OWN_THINGS =
  'course*|class|classes|workshop*|cohort|bootcamp|masterclass|webinar*|program*|coaching|mentorship|mentoring|' +
  'consulting|service*|agency|studio|shop|store|boutique|etsy|business|company|startup|brand|collection|' +
  'product*|app|apps|extension|plugin|tool|saas|platform|software|book|ebook|novel|cookbook|guide|playbook|' +
  'template*|newsletter|substack|blog|channel|podcast|episode|video|vlog|stream|page|profile|site|website|patreon|' +
  'community|discord|server|subreddit|merch|zine|album|game|kickstarter|portfolio|summit|conference|event|' +
  'prints|storefront|popup|launch|sale|catalog*|offer|services|membership|club';

export const en: Lexicon = {
  language: 'en',
  stopwords: ['the', 'and', 'is', 'you', 'to', 'of', 'it', 'in', 'for', 'this', 'that', 'my', 'with', 'i', 'on',
    'are', 'was', 'just', 'your', 'be', 'have', 'not', 'but', 'what', 'if', 'so', 'at', 'we', 'our', 'me', 'out'],
  self: ['i', 'my', 'me', 'we', 'our', 'us', "i'm", "we're", "i've", "we've", 'mine', "i'll", "we'll"],
  others: ['their', 'her', 'his', 'she', 'he', "she's", "he's"],
  // With the possessive too: "my sister's bakery" is hers.
  relations: ['friend', 'friends', 'buddy', 'mate', 'roommate', 'flatmate', 'sister', 'brother', 'mom', 'mum', 'dad', 'mother', 'father', 'cousin', 'aunt', 'uncle', 'neighbor', 'neighbour', 'coworker', 'colleague', 'wife', 'husband', 'girlfriend', 'boyfriend', 'partner', 'son', 'daughter', 'niece', 'nephew', 'grandma', 'grandpa'].flatMap((w) => [w, `${w}'s`]),
  imperatives: ['add', 'apply', 'avoid', 'bake', 'boil', 'bring', 'check', 'clean', 'close', 'cut', 'delete', 'drink', 'dry', 'drop',
    'eat', 'fill', 'fold', 'heat', 'hold', 'keep', 'lift', 'loosen', 'measure', 'mix', 'move', 'open', 'pick', 'place', 'plug',
    'press', 'pull', 'push', 'put', 'remove', 'replace', 'reset', 'restart', 'rinse', 'rub', 'run', 'sand', 'scrape', 'set',
    'shorten', 'skip', 'soak', 'spray', 'start', 'stir', 'stop', 'swap', 'switch', 'take', 'tap', 'test', 'tighten', 'try',
    'turn', 'unplug', 'use', 'wait', 'wash', 'wipe', 'write', 'ask', 'call', 'bring', 'wear', 'sit', 'stretch', 'breathe',
    'lower', 'raise', 'reduce', 'increase', 'store', 'freeze', 'let', 'leave', 'look', 'search', 'compare', 'count', 'track'],
  phrases: [
    // Asking to attend or vote for the author: asks the labels name (tests/data/README.md).
    { signal: 'cta', weight: 1.4, phrases: [
      'vote for me|us|my|our', 'votes for me|us', 'come see|watch|hear me|us', 'come to my|our',
    ] },
    { signal: 'follow', weight: 1.6, phrases: ['follow me|us', 'follow for more', 'follow along', 'turn on notifications', 'hit the bell', 'like and share|subscribe', 'subscribe to me|my|our', 'sub # sub', 'sub for sub'] },
    { signal: 'hiring', weight: 1.3, phrases: ["we're hiring", 'we are hiring', "i'm hiring", 'i am hiring', 'now hiring', 'is hiring', 'hiring a|an|for', 'join our growing? team', 'open roles', '#hiring'] },
    { signal: 'cta', weight: 1.6, phrases: [
      'link in my? bio|profile', 'links in my? bio', 'link in the bio', 'shop|order|buy|book|register|enroll|download|apply now|today|here',
      'sign up now|today|here', 'subscribe now|today|here|free', 'comment below', 'come to|visit our|my', 'try ~ free', 'listen now|here|wherever|on|at',
      'watch now|here', 'watch it now', 'read the story|more', 'grab ~ tickets|copy|seat|spot', 'get your tickets|copy|spot', 'buy tickets',
      'dm|pm|message|inbox me|us', 'dms are? open', 'send me a dm|message', 'book a free? intro? call|demo|session|consultation',
      'book your', 'grab your|a copy|spot|seat|ticket*', 'claim your|yours', 'save your spot|seat', 'reserve|secure your',
      'join the waitlist', 'join my|our', 'check out my|our', 'visit my|our', 'go check it out', 'go watch it',
      'like comment and share', 'share this post',
      'upvote', 'back our|my|us', 'pledge', 'use my code|link', 'use code', 'use the code', 'tap|click the link',
      'click here', 'swipe up', 'comment CAPS', 'dm me CAPS', 'reply CAPS', 'type CAPS', 'let\'s talk', "let's chat",
      'would love to connect', 'get in touch', 'message me for', 'come join us',
      'support my|our', 'buy my|our', 'order from my|our', 'shop my|our', 'my sig', 'try it free|today|now',
      'start your free', 'get started free|today', 'boosts appreciated', 'rts appreciated', 'please share my|our',
    ] },
    { signal: 'cta', weight: 0.8, phrases: [
      'sign up', 'signup', 'subscribe', 'register', 'apply', 'preorder*', 'pre order*', 'order', 'buy', 'download',
      'check it out', 'give it a try', 'let me know what you think', 'would love your thoughts|support|feedback',
      'please share', 'boosts|shares|likes help', 'would mean the world', 'retweet', 'follow', 'check out',
      // A retweet asked for; a bare "RT @name:" is the old way of quoting someone (a credit, below).
      'please|pls|plz rt|rts', 'rt please|pls|plz|if|to|for|this|and|follow|share|like',
      'swing by', 'stop by our|my', 'come see us', 'details in the comments', 'link below', 'link in comments',
    ] },
    { signal: 'offer', weight: 1.4, phrases: [
      '# % off', '# % discount', '# off', 'discount code', 'promo code', 'coupon*', 'discount*', 'flash sale', 'sale is live',
      'black friday', 'cyber monday', 'limited time', 'limited run|edition|spots|seats|stock|offer', 'only # spots|seats|slots|left|places',
      '# spots|seats|slots left|only|available', 'ends tonight|today|tomorrow|sunday|monday|friday|saturday|midnight|soon',
      'until midnight', 'last chance', 'early bird', 'free shipping', 'ships free', 'giveaway*', 'chance to win', 'to enter',
      'win a', 'first # people|customers|signups|users|clients|buyers|members|orders', 'lifetime deal|pricing|access',
      'free trial', '# day|days|month|months free', 'price goes up', 'before spots|seats|it|they run|sell out', 'sold out',
      'while supplies|stocks last', 'no code needed', 'bundle', 'best prices', 'affordable prices', 'cheap',
      'founding members', 'only # days|hours|spots|seats left', '$ CAPS', 'fair launch', 'presale', 'airdrop', 'to the moon',
      '# x incoming|gains|potential', 'not affiliated with instagram|facebook|meta|tiktok|twitter|youtube|x', 'spots are limited', 'seats are limited', 'restock*', 'back in stock', 'per month', '$ # mo|month|year|yr',
    ] },
    { signal: 'sponsored', weight: 1.8, phrases: [
      'affiliate link*', 'i earn a? small? commission', 'earn a commission', '#ad', '#sponsored', '#partner', '#affiliate',
      'paid partnership', 'sponsored by', 'my storefront', 'amazon storefront', 'use my referral', 'referral link',
    ] },
    { signal: 'own', weight: 1.3, phrases: [
      `my|our new|latest|first|own|online|free|little|upcoming|debut|next|paid|small|weekly|monthly? ${OWN_THINGS}`,
      'my|our etsy|shopify|gumroad|patreon|telegram|youtube|twitch|instagram|tiktok', 'my|our # week|day|minute? course|cohort|program|class',
      'i|we ~ sell', 'i organize|run|host|founded|started', 'companies|businesses|brands|founders|teams like yours',
      'my|our ~ coaching|rates|services|consulting|pricing', 'guide|post|article|video|breakdown on|in my', 'on my blog|channel|site|website|patreon|youtube|substack|page',
      'at our shop|store|studio|bakery|salon', 'ships from|worldwide',  'i make and sell', 'we ship', 'ships worldwide', 'made to order', 'i teach it|this on',
      'i offer', 'we offer', 'i coach', 'we build', 'my agency|clients|rates|services', 'i do setups|commissions|repairs',
      'i help ~ get|grow|scale|double|triple|land|build|boost|find|turn|increase|make',
      'we help ~ get|grow|scale|double|triple|land|build|boost|find|turn|increase|make',
      'why i|we built|made|started|created', 'i|we built|made|created|launched a|an|my|our? app|tool|extension|plugin|bot|website|service|platform|course|saas', 'i wrote a|an ~ guide|book|ebook|course', 'i wrote something', 'i go deeper',
      'full disclosure', "i'm the founder|owner|creator|ceo", 'i am the founder|owner|creator|ceo', 'at my company|agency|studio',
      'my|our new? clothing|jewelry|skincare|makeup|candle|product line', 'my|our next ~ class|classes|workshop*|course*|cohort|retreat',
      'coaching|tutoring|consulting|client spots|slots|openings', 'i do this|that|it professionally|commercially', 'i do this|that for a living',
      'at the|our|my farm stand|booth|stall', 'i write about this ~ weekly|daily|monthly',
      "this week's episode|issue|stream", 'episode of our|my podcast|show',
    ] },
    { signal: 'own', weight: 0.7, phrases: ['i built', 'i made a|an', 'we built', 'we made'] },
    { signal: 'announce', weight: 1.3, phrases: [
      'taking orders', 'taking online orders',
      'new shop|store|collection|merch|prints|site|website', 'shop|store|site|preorder*|merch|video|episode is up|live|open',
      'open to work', '#opentowork', 'available for freelance|hire|work|new', 'accepting new? clients|orders|commissions',
      'taking on? new clients|orders|commissions', 'commissions are? open', 'booking is open', 'bookings are open', 'now booking',
      'is|are now live|available|open', 'is officially live|open', 'now available', 'out now', 'is out today|now', 'just launched',
      'we launched', "we're launching", 'i\'m launching', 'launching tomorrow|today|soon|next', 'new episode|video|drop|collection|release',
      'just dropped', 'just uploaded', 'just released', 'live on product hunt', 'on product hunt', 'new video is up',
      'selling my', 'for sale', 'fs', 'obo', 'pm for price*', 'excited to share|announce|launch|introduce',
      'thrilled to share|announce|launch|introduce', 'proud to announce|launch|introduce', 'happy to announce',
      'you\'re invited', 'join me for|at|on|live|this|next', 'we\'re hosting', 'i\'m hosting', 'started my own', 'opened my|our', 'my startup', 'our startup just',
      'looking for my next role',
    ] },
    { signal: 'price', weight: 0.3, phrases: ['flat fee|rate', 'per hour', 'hourly rate', 'pricing'] },
    { signal: 'cta', weight: 0.8, phrases: ['for more ~ tips|content|posts|videos|recipes|updates', 'for daily|weekly ~ tips|content|posts|videos|updates'] },
    { signal: 'teaser', weight: 1.2, phrases: [
      'show you how',
      "what you'll learn", "you'll learn", "i'll walk|show you", 'in this session|webinar|masterclass|workshop',
      'the exact blueprint|framework|system|strategy|template|script|playbook', 'without paid ads', 'secret*',
      'thread dropping', 'big thread', 'coming tomorrow', 'stay tuned', 'don\'t miss', "so you don't miss", 'never miss',
      'full breakdown in my', 'more in my', 'more of these in my', 'rest in my', 'go much deeper',
    ] },
    { signal: 'hype', weight: 0.5, phrases: [
      'game changer', 'featured in|on', 'big news', 'huge news', 'huge milestone', 'beyond proud', '# x your',
      'high converting', 'all in one', 'results guaranteed', 'guaranteed', '#launch', '#startup', '#smallbusiness',
      'best in the business', 'sign on bonus', 'competitive salary', 'unlimited pto', 'amazing culture',
    ] },
    { signal: 'howto', weight: -1.0, phrases: [
      'how to', "here's how", 'here is how', "here's what", 'tip', 'tips', 'pro tip', 'psa', 
      'step #', 'what helped|worked|fixed', 'what finally fixed|helped|worked', 'i learned', 'lessons? learned', 'i wish i\'d known',
      'i wish someone', 'wish i had known', 'rule of thumb', 'the trick is', 'the fix is', 'formula', 'cheat sheet',
      'for beginners', 'if you\'re new', 'ways to', 'before you', 'quick fix', 'workaround',
    ] },
    { signal: 'explain', weight: -0.5, phrases: [
      'because', 'instead of', 'the reason', 'which means', 'that means', 'so that', 'otherwise', 'for example', 'e g',
      'guide', 'tutorial', 'reminder', 'make sure', "don't", 'do not', 'avoid', 'never', 'always', 'usually', 'almost always', 'in most', 'works fine|great|perfectly',
      'if you\'re', 'if your', 'try', 'use', 'set', 'check', 'look for', 'look up', 'start with', 'should be', 'you need',
      'you can', 'it helps', 'the key', 'keep', 'add', 'cut', 'drop', 'put', 'turn', 'run', 'skip', 'stop', 'ask',
    ] },
    { signal: 'thanks', weight: -1.0, phrases: [
      'thank you', 'thanks', 'thank u', 'thx', 'grateful', 'appreciate', 'shoutout', 'shout out', 'huge thanks',
    ] },
    { signal: 'congrats', weight: -1.2, phrases: ['congrat*', 'well deserved', 'proud of you', 'you deserve', 'so happy for'] },
    { signal: 'credit', weight: -1.2, phrases: [
      'not mine', 'not my work', 'by @', 'from @', 'h t', 'hat tip', 'props to', 'kudos', 'credit to', 'repost from', 'via @', 'rt|mt @',
      'made by', 'written by', 'go follow', 'worth a read', 'explains ~ better', 'check out @', 'their pinned', 'their site',
      // Someone close to the author owns it: "my sister's bakery" is hers, so sharing it has no stake.
      "friend's|buddy's|sister's|brother's|mom's|mum's|dad's|cousin's|aunt's|uncle's|neighbor's|neighbour's|coworker's|colleague's|wife's|husband's|girlfriend's|boyfriend's|son's|daughter's",
      'a friend of mine|ours',
    ] },
    { signal: 'unaffiliated', weight: -2.0, phrases: [
      'not affiliated', 'no affiliation', 'not sponsored', 'not an ad', 'none of these|them are mine', 'not selling anything',
      'no product involved', 'no course at the end', 'nobody sent me', 'nobody paid me', 'no strings', 'not my product',
      "i'm not affiliated", 'no stake', 'not looking for anything', 'not asking for anything', 'no ask', 'no pitch', 'just a fan', 'just grateful',
    ] },
    { signal: 'freeHelp', weight: -1.3, phrases: [
      'for free', "it's free", 'free to a good home', 'no charge', 'happy to help', 'happy to drive|review|look|answer|share',
      'free resource*', 'no signup', 'no sign up', 'no email required', 'open source',
      'pay it forward', 'paying it forward', 'paying forward', 'just come grab|pick', 'come grab', 'free, no', 'free for all',
      'free for anyone', 'free of charge', 'at no cost', 'i can help', 'want them gone',
      'happy to intro|introduce|connect|proofread|mentor',
    ] },
    // Asking for help is giving too: it invites others to share what they know.
    { signal: 'question', weight: -0.6, phrases: [
      'does|do anyone|anybody know|have|recommend', 'has|have anyone|anybody ~ tried|used|dealt|had|seen|migrated|switched|found',
      'can|could anyone|anybody recommend|explain|help', 'is it normal', 'any recommendations|suggestions|advice|tips for|on',
      'genuine question', 'honest question', 'curious what|how|whether|if', 'how do i', 'how do you deal|handle|manage|cope|fix|get rid', "what's the best way",
    ] },
    { signal: 'community', weight: -1.2, phrases: [
      'volunteer*', 'blood drive', 'food bank|pantry', 'foodbank', 'mutual aid', 'donation*', 'donate', 'fundraiser', 'shelter',
      'rescue', 'register to vote', 'registering to vote', 'lost dog|cat', 'found dog|cat', 'library', 'food drive',
    ] },
    { signal: 'encourage', weight: -0.8, phrases: [
      'you got this', "you've got this", "you're not alone", 'not alone', 'keep going', "you're doing", 'sending love|hugs',
      'stay safe', 'take care', 'you can do', 'hang in there', "it's not you", "you're not behind", 'we all started',
    ] },
    { signal: 'praise', weight: -0.4, phrases: [
      'great post|article|piece|video|vid|thread|writeup|insights|content|point|answer|advice|question',
      'love this', 'this is great|amazing|beautiful|so good', 'nice post|work|one', 'well written', 'so good', 'agree',
    ] },
  ],
};
