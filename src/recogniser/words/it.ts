import { defineWords } from './types';

// Italian: the forms X, YouTube, Instagram, Facebook, TikTok, Reddit, LinkedIn and Mastodon print in Italian
// ("45 Mi piace", "1,2 Mln di visualizzazioni", "123 mila iscritti", "12 risposte").
// Entries are written as they are looked up: lower case, quotes dropped, a hyphen as a space.
export default defineWords({
  lang: 'it',
  nouns: {
    likes: [
      'mi piace', 'piace', 'reazioni', 'reazione', 'like', 'likes', 'preferiti', 'preferito', 'cuori',
      'applausi', 'voti positivi', 'voto positivo', 'upvote', 'upvotes', 'persone a cui piace',
    ],
    reposts: [
      'condivisioni', 'condivisione', 'repost', 'reposts', 'retweet', 'ricondivisioni', 'citazioni', 'citazione',
      'segnalibri', 'segnalibro', 'salvataggi', 'salvati', 'elementi salvati', 'boost', 'diffusioni', 'diffusioni post',
      'volte condiviso', 'restack', 'reblog', 'pin',
    ],
    replies: [
      'risposte', 'risposta', 'commenti', 'commento', 'discussioni', 'discussione', 'risposte nascoste',
    ],
    views: [
      'visualizzazioni', 'visualizzazione', 'di visualizzazioni', 'riproduzioni', 'riproduzione', 'spettatori',
      'spettatore', 'stanno guardando', 'persone stanno guardando', 'in visione', 'impression', 'impressioni',
      'ascoltatori', 'ascoltatori mensili', 'ascolti', 'letture', 'lettori', 'visite', 'visitatori', 'views',
      'volte visualizzato', 'visualizzazioni del profilo',
    ],
    followers: [
      'follower', 'followers', 'seguiti', 'seguito', 'segui già', 'iscritti', 'iscritto', 'di iscritti', 'membri',
      'membro', 'collegamenti', 'collegamento', 'contatti', 'post', 'pubblicazioni', 'online', 'amici', 'fork',
      'bacheche', 'tweet',
    ],
    scores: [
      'punti', 'punto', 'karma', 'voti', 'voto', 'reputazione', 'badge', 'distintivi', 'distintivo',
      'medaglie', 'medaglia', "medaglie d'oro", "medaglia d'oro", "medaglie d'argento", "medaglia d'argento",
      'medaglie di bronzo', 'medaglia di bronzo', 'punteggio',
    ],
  },
  before: {
        scores: ['reputazione', 'punteggio di reputazione', 'la tua reputazione', 'punteggio', 'karma', 'karma dei post', 'karma dei commenti'],
    likes: ['piace a', 'piace a te e', 'apprezzato da'],
    reposts: ['condiviso'],
  },
  modifiers: ['altri', 'altre', 'nuovi', 'nuove', 'di', "d'", 'in più', 'totali', 'mensili', 'settimanali', 'unici'],
  compactNouns: { views: ['volte'] },
  people: [
    'persone', 'persona', 'altre persone', 'altri', 'altre', 'utenti', 'utente', 'altri utenti', 'account',
    'persone a cui piace',
  ],
  and: ['e', 'ed', '&', 'insieme a', 'insieme ad', 'oltre a'],
  percent: { scores: ['voti positivi', 'positivi', 'positivo', 'utile', 'piace', 'di corrispondenza'] },
  actions: {
    likes: [
      'mi piace', 'non mi piace più', 'non mi piace', 'like', 'cuore', 'preferito', 'aggiungi ai preferiti',
      'rimuovi dai preferiti', 'stella', 'aggiungi stella', 'applaudi', 'vota a favore', 'voto positivo', 'upvote',
      'vota contro', 'voto negativo', 'downvote', 'vota', 'voti', 'reagisci', 'reazione', 'reazioni', 'consiglia', 'utile',
      'star',
    ],
    reposts: [
      'ripubblica', 'reposta', 'repost', 'annulla repost', 'retweet', 'ritwitta', 'condividi', 'condiviso', 'cita',
      'segnalibro', 'aggiungi ai segnalibri', 'rimuovi dai segnalibri', 'salva', 'salvato', 'diffondi', 'boost',
      'reblog', 'restack', 'invia',
    ],
    replies: ['rispondi', 'risposta', 'risposte', 'commenta', 'commento', 'commenti', 'discuti', 'discussione'],
    views: ['visualizzazioni', 'riproduzioni', 'spettatori', 'visualizza le statistiche del post', 'statistiche', 'analisi'],
    followers: ['segui', 'follower', 'seguiti', 'iscriviti', 'iscritto', 'iscritti', 'membri', 'collegamenti', 'osserva'],
    scores: ['punti', 'punteggio', 'karma', 'reputazione'],
  },
  where: ['su'],
  open: [
    'visualizza', 'visualizza tutti', 'visualizza tutte', 'visualizza altri', 'visualizza altre', 'mostra',
    'mostra tutti', 'mostra tutte', 'mostra altri', 'mostra altre', 'vedi', 'vedi tutti', 'vedi tutte', 'tutti i', 'tutte le', 'tutti', 'tutte', 'i', 'le',
    'leggi', 'carica', 'vedi altro',
  ],
  notBefore: [
    'top', 'migliori', 'migliore', 'primo', 'primi', 'prime', 'ultimo', 'ultimi', 'prossimo', 'precedente', 'capitolo',
    'parte', 'pagina', 'pagine', 'episodio', 'puntata', 'stagione', 'giorno', 'giorni', 'settimana', 'passo',
    'livello', 'posizione', 'posto', 'n', 'n°', 'nº', 'numero', 'versione', 'ios', 'android', 'windows', 'macos',
    'python', 'v', 'vol', 'volume', 'issue', 'sala', 'stanza', 'camera', 'linea', 'binario', 'volo', 'autobus',
    'iphone', 'pixel', 'galaxy', 'covid', 'in', 'nel', 'nella', 'dal', 'dalle', 'da', 'fino', 'per',
    'su', 'sotto', 'tra', 'fra', 'circa', 'solo', 'soltanto', 'tel', 'telefono', 'età',
  ],
  magnitudes: {
    mila: 1e3, k: 1e3, K: 1e3, Mln: 1e6, mln: 1e6, 'Mln.': 1e6, M: 1e6, milione: 1e6, milioni: 1e6, Mrd: 1e9, mrd: 1e9,
    Mld: 1e9, mld: 1e9, miliardo: 1e9, miliardi: 1e9,
  },
  send: [
    'pubblica', 'rispondi', 'commenta', 'invia', 'posta', 'condividi', 'twitta', 'ripubblica', 'pubblica risposta',
    'pubblica la tua risposta', 'pubblica commento', 'aggiungi un commento', 'aggiungi commento', 'invia risposta',
    'invia commento',
  ],
});
