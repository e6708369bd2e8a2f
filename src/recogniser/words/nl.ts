import { defineWords } from './types';

// Dutch: the forms X, YouTube, Instagram, Facebook, TikTok, Reddit, LinkedIn and Mastodon print in Dutch
// ("45 vind-ik-leuks", "1,2 mln. weergaven", "12K abonnees", "3 keer gedeeld").
// Entries are written as they are looked up: lower case, quotes dropped, a hyphen as a space.
export default defineWords({
  lang: 'nl',
  nouns: {
    likes: [
      'vind ik leuks', 'vind ik leuk', 'likes', 'like', "emoji's",
      'favorieten', 'favoriet', 'hartjes', 'upvotes', 'upvote', 'duimpjes', 'applaus',
      'keer als favoriet gemarkeerd', 'personen vinden dit leuk',
    ],
    reposts: [
      'reposts', 'repost', 'retweets', 'keer gedeeld', 'gedeeld', 'shares', 'deelacties', 'citaten', 'citaat',
      'bladwijzers', 'bladwijzer', 'opgeslagen', 'keer opgeslagen', 'boosts', 'boost', 'restacks', 'reblogs', 'pins',
    ],
    replies: [
      'reacties', 'reactie', 'opmerkingen', 'opmerking', 'antwoorden', 'antwoord', 'commentaren', 'commentaar',
      'discussies', 'discussie', 'reacties verborgen',
    ],
    views: [
      'weergaven', 'weergave', 'keer bekeken', 'x bekeken', 'keer afgespeeld', 'afspeelbeurten', 'kijkers', 'kijker',
      'kijken nu', 'mensen kijken', 'nu aan het kijken', 'aan het kijken', 'vertoningen', 'impressies', 'luisteraars',
      'maandelijkse luisteraars', 'lezers', 'bezoekers', 'bezoeken', 'profielweergaven', 'views',
    ],
    followers: [
      'volgers', 'volger', 'volgend', 'volgt', 'abonnees', 'abonnee', 'leden', 'connecties', 'connectie',
      'contacten', 'berichten', 'posts', 'online', 'vrienden', 'forks', 'borden', 'tweets',
    ],
    scores: [
      'punten', 'punt', 'karma', 'stemmen', 'votes', 'reputatie', 'badges', 'badge', 'gouden badges',
      'zilveren badges', 'bronzen badges', 'notities', 'score',
    ],
  },
  before: {
        scores: ['reputatie', 'reputatiescore', 'je reputatie', 'jouw reputatie', 'score', 'karma', 'postkarma', 'reactiekarma'],
    likes: ['leuk gevonden door'],
    reposts: ['gedeeld door'],
  },
  modifiers: [
    'andere', 'nieuwe', 'meer', 'extra', 'totaal', 'maandelijkse', 'wekelijkse', 'unieke', 'gouden', 'zilveren', 'bronzen',
  ],
  compactNouns: { views: ['keer'] },
  people: [
    'anderen', 'andere personen', 'personen', 'persoon', 'mensen', 'andere mensen', 'gebruikers', 'gebruiker',
    'andere gebruikers', 'accounts', 'account', 'anderen vinden dit leuk', 'personen vinden dit leuk',
  ],
  and: ['en', '&', 'samen met', 'plus'],
  percent: { scores: ['positief', 'upvotes', 'upvoted', 'nuttig', 'vindt dit leuk', 'overeenkomst'] },
  actions: {
    likes: [
      'vind ik leuk', 'vind ik niet meer leuk', 'niet meer leuk vinden', 'leuk', 'like', 'liken', 'hartje',
      'favoriet', 'als favoriet markeren', 'toevoegen aan favorieten', 'ster', 'ster geven', 'applaudisseren',
      'upvote', 'upvoten', 'omhoog stemmen', 'downvote', 'downvoten', 'omlaag stemmen', 'stemmen', 'reageren met emoji',
      'reactie geven', 'aanbevelen', 'nuttig', 'duim omhoog', 'star',
    ],
    reposts: [
      'reposten', 'repost', 'repost ongedaan maken', 'retweeten', 'retweet', 'delen', 'gedeeld', 'citeren',
      'bladwijzer', 'bladwijzer toevoegen', 'bladwijzer verwijderen', 'opslaan', 'opgeslagen', 'boosten', 'boost',
      'reblog', 'restack', 'versturen',
    ],
    replies: ['beantwoorden', 'antwoorden', 'antwoord', 'reageren', 'reactie', 'reacties', 'opmerking', 'opmerkingen', 'discussie'],
    views: ['weergaven', 'kijkers', 'postanalyses bekijken', 'statistieken', 'analyses', 'insights'],
    followers: ['volgen', 'volgers', 'volgend', 'abonneren', 'geabonneerd', 'abonnees', 'leden', 'connecties', 'watch'],
    scores: ['punten', 'score', 'karma', 'reputatie'],
  },
  where: ['op'],
  open: [
    'bekijk', 'bekijk alle', 'bekijk de', 'toon', 'toon alle', 'alle', 'lees', 'lees alle', 'meer weergeven',
    'weergeven', 'laden', 'nog',
  ],
  notBefore: [
    'top', 'beste', 'eerste', 'laatste', 'volgende', 'vorige', 'hoofdstuk', 'deel', 'pagina', "pagina's", 'aflevering',
    'seizoen', 'dag', 'dagen', 'week', 'weken', 'stap', 'niveau', 'level', 'plaats', 'nr', 'nummer', 'versie',
    'ios', 'android', 'windows', 'macos', 'python', 'v', 'vol', 'jaargang', 'issue', 'kamer', 'zaal', 'lijn', 'spoor',
    'vlucht', 'bus', 'tram', 'route', 'iphone', 'pixel', 'galaxy', 'covid', 'in', 'op', 'om', 'sinds', 'van', 'vanaf',
    'tot', 'voor', 'over', 'onder', 'per', 'ca', 'ongeveer', 'slechts', 'alleen', 'tel', 'telefoon', 'leeftijd',
  ],
  magnitudes: {
    K: 1e3, k: 1e3, dzd: 1e3, 'dzd.': 1e3, duizend: 1e3, mln: 1e6, 'mln.': 1e6, M: 1e6, miljoen: 1e6, mld: 1e9,
    'mld.': 1e9, miljard: 1e9,
  },
  send: [
    'plaatsen', 'posten', 'beantwoorden', 'antwoorden', 'reageren', 'verzenden', 'versturen', 'publiceren', 'delen',
    'tweeten', 'reactie plaatsen', 'opmerking plaatsen', 'antwoord plaatsen', 'je antwoord plaatsen', 'reposten',
    'opmerking toevoegen', 'reactie toevoegen',
  ],
});
