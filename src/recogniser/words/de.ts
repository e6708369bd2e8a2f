import { defineWords } from './types';

// German: the forms X, YouTube, Instagram, Facebook, TikTok, Reddit, LinkedIn, Mastodon, GitHub and
// Stack Exchange print in German ("1234 „Gefällt mir“-Angaben", "51877 Mal angezeigt", "1,2 Mio. Aufrufe").
// Entries are written as they are looked up: lower case, quotes dropped, a hyphen as a space.
export default defineWords({
  lang: 'de',
  nouns: {
    likes: [
      'gefällt mir angaben', 'gefällt mir angabe', 'gefällt mir', 'mag ich angaben', 'mag ich angabe', 'mag ich',
      'mal geliked', 'mal gelikt', 'likes', 'like', 'reaktionen', 'reaktion', 'favoriten', 'favorit', 
      'herzen', 'upvotes', 'upvote', 'positive bewertungen', 'daumen hoch', 'applaus', 'als favorit markiert',
    ],
    reposts: [
      'reposts', 'repost', 'retweets', 'retweet', 'mal geteilt', 'geteilt', 'teilungen', 'shares', 'zitate', 'zitat',
      'lesezeichen', 'boosts', 'boost', 'mal geboostet', 'geboostet', 'gespeichert', 'mal gespeichert',
      'weiterleitungen', 'restacks', 'reblogs',
    ],
    replies: [
      'antworten', 'antwort', 'kommentare', 'kommentar', 'kommentaren', 'rückmeldungen', 'diskussionen', 'diskussion',
      'antworten ausgeblendet', 'kommentare ausgeblendet',
    ],
    views: [
      'aufrufe', 'aufruf', 'mal angezeigt', 'mal angesehen', 'mal aufgerufen', 'mal abgespielt', 'mal gesehen',
      'mal wiedergegeben', 'wiedergaben', 'wiedergabe', 'zuschauer', 'zuschauende', 'zuschauerinnen', 'zuschauern',
      'aktive zuschauer', 'schauen gerade zu', 'sehen gerade zu', 'impressionen', 'impression', 'ansichten',
      'views', 'hörer', 'monatliche hörer', 'monatliche hörerinnen und hörer', 'besucher', 'leser', 'beitragsaufrufe',
      'profilaufrufe',
    ],
    followers: [
      'follower', 'followern', 'folge ich', 'folgt', 'gefolgt', 'abonnenten', 'abonnent', 'abonnentinnen',
      'abonniert', 'abos', 'mitglieder', 'mitglied', 'kontakte', 'beiträge', 'beitrag', 'posts',
      'forks', 'fork', 'beobachter', 'online', 'gerade online', 'freunde', 'freundinnen', 'tweets',
      'pinnwände', 'monatliche besucher',
    ],
    scores: [
      'punkte', 'punkt', 'pkt', 'karma', 'stimmen', 'stimme', 'bewertungen', 'votes', 'vote', 'reputation',
      'abzeichen', 'gold abzeichen', 'silber abzeichen', 'bronze abzeichen', 'goldabzeichen', 'silberabzeichen',
      'bronzeabzeichen', 'notizen', 'badges', 'badge', 'rep', 'xp',
    ],
  },
  before: {
    views: ['aufgerufen'],
    scores: ['reputation', 'reputationspunkte', 'deine reputation', 'ihre reputation', 'punktzahl', 'karma', 'beitragskarma', 'kommentarkarma'],
    likes: ['gefällt', 'geliked von'],
    reposts: ['geteilt von'],
  },
  modifiers: [
    'weitere', 'weiteren', 'andere', 'anderen', 'neue', 'neuen', 'gesamt', 'insgesamt', 'monatliche', 'monatlichen',
    'wöchentliche', 'gold', 'silber', 'bronze', 'aktive', 'eindeutige', 'öffentliche',
  ],
  compactNouns: { views: ['mal'] },
  people: [
    'personen', 'person', 'andere', 'anderen', 'weitere', 'weiteren', 'weitere personen', 'weiteren personen',
    'andere personen', 'anderen personen', 'nutzer', 'nutzern', 'nutzerinnen', 'anderen nutzern', 'andere nutzer',
    'konten', 'konto', 'leute', 'leuten', 'menschen', 'personen gefällt das', 'anderen gefällt das',
  ],
  and: ['und', '&', 'sowie', 'zusammen mit', 'plus'],
  percent: { scores: ['positiv', 'positiv bewertet', 'upvotes', 'hochgevotet', 'gefällt das', 'hilfreich', 'übereinstimmung'] },
  actions: {
    likes: [
      'gefällt mir', 'gefällt mir nicht mehr', 'mag ich', 'mag ich nicht mehr', 'like', 'liken', 'gefällt', 'herz',
      'favorisieren', 'favorit', 'als favorit markieren', 'favorit entfernen', 'stern', 'mit stern markieren', 'klatschen',
      'applaudieren', 'upvote', 'upvoten', 'hochvoten', 'positiv bewerten', 'downvote', 'downvoten', 'runtervoten',
      'negativ bewerten', 'abstimmen', 'stimmen', 'reagieren', 'reaktion', 'reaktionen', 'empfehlen', 'hilfreich',
      'daumen hoch', 'star', 'stars',
    ],
    reposts: [
      'reposten', 'repost', 'repost rückgängig machen', 'retweeten', 'retweet', 'teilen', 'geteilt', 'zitieren',
      'lesezeichen', 'lesezeichen entfernen', 'zu lesezeichen hinzufügen', 'boosten', 'boost', 'speichern',
      'gespeichert', 'merken', 'weiterleiten', 'restack', 'reblog', 'rebloggen',
    ],
    replies: ['antworten', 'antwort', 'kommentieren', 'kommentar', 'kommentare', 'diskutieren', 'diskussion', 'beantworten'],
    views: ['aufrufe', 'wiedergaben', 'zuschauer', 'statistiken ansehen', 'statistiken', 'beitragsstatistiken ansehen', 'analysen', 'insights'],
    followers: ['folgen', 'follower', 'folge ich', 'gefolgt', 'abonnieren', 'abonniert', 'abonnenten', 'mitglieder', 'beobachten', 'kontakte'],
    scores: ['punkte', 'punktzahl', 'karma', 'reputation'],
  },
  where: ['auf', 'bei'],
  open: [
    'alle', 'alle anzeigen', 'anzeigen', 'zeige', 'zeige alle', 'alle ansehen', 'ansehen', 'mehr anzeigen', 'lesen',
    'weitere anzeigen', 'öffnen',
  ],
  notBefore: [
    'top', 'besten', 'beste', 'erste', 'ersten', 'letzte', 'letzten', 'nächste', 'vorherige', 'kapitel', 'teil',
    'seite', 'seiten', 'folge', 'episode', 'staffel', 'tag', 'tage', 'tagen', 'woche', 'wochen', 'schritt', 'level',
    'stufe', 'platz', 'rang', 'nr', 'nummer', 'version', 'ios', 'android', 'windows', 'macos', 'python', 'v',
    'bd', 'band', 'ausgabe', 'heft', 'jahrgang', 'issue', 'zimmer', 'raum', 'linie', 'gleis', 'flug', 'bus', 'tram',
    'route', 'iphone', 'pixel', 'galaxy', 'covid', 'in', 'im', 'am', 'an', 'um', 'seit', 'von', 'vom', 'bis', 'ab',
    'zu', 'zum', 'zur', 'für', 'über', 'unter', 'nur', 'als', 'auf', 'nach', 'vor', 'ca', 'etwa', 'rund', 'je', 'pro',
    'tel', 'telefon', 'plz', 'alter',
  ],
  magnitudes: {
    'Tsd.': 1e3, Tsd: 1e3, 'tsd.': 1e3, k: 1e3, K: 1e3, Tausend: 1e3, tausend: 1e3, 'Mio.': 1e6, Mio: 1e6, M: 1e6,
    Million: 1e6, Millionen: 1e6, 'Mrd.': 1e9, Mrd: 1e9, Milliarde: 1e9, Milliarden: 1e9, 'Bio.': 1e12,
  },
  send: [
    'posten', 'antworten', 'kommentieren', 'senden', 'absenden', 'veröffentlichen', 'teilen', 'twittern', 'tröten',
    'abschicken', 'kommentar senden', 'kommentar hinzufügen', 'kommentar posten', 'antwort senden', 'antwort posten',
    'deine antwort posten', 'antwort veröffentlichen', 'beitrag erstellen', 'beitrag veröffentlichen', 'einreichen',
    'reposten', 'restack', 'rebloggen', 'post',
  ],
});
