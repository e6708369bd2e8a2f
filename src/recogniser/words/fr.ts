import { defineWords } from './types';

// French: the forms X, YouTube, Instagram, Facebook, TikTok, Reddit, LinkedIn, Mastodon and GitHub
// print in French ("45 J'aime", "1,2 M de vues", "1,23 M d'abonnés", "1 234 commentaires").
// Entries are written as they are looked up: lower case, quotes dropped, ’ as ', a hyphen as a space.
export default defineWords({
  lang: 'fr',
  nouns: {
    likes: [
      "j'aime", "mentions j'aime", "mention j'aime", "de j'aime", 'réactions', 'réaction', 'reactions', 'likes', 'like',
      'favoris', 'favori', 'coeurs', 'cœurs', 'applaudissements', 'votes positifs', 'upvotes',
      'ajouts aux favoris',
    ],
    reposts: [
      'partages', 'partage', 'republications', 'republication', 'reposts', 'repost', 'retweets', 'citations', 'citation',
      'signets', 'signet', 'boosts', 'boost', 'partagé', 'partagés', 'enregistrements', 'enregistrement', 'enregistré',
      'enregistrés', 'reblogs', 'restacks', 'épingles',
    ],
    replies: [
      'réponses', 'réponse', 'reponses', 'reponse', 'commentaires', 'commentaire', 'discussions', 'discussion',
      'réponses masquées',
    ],
    views: [
      'vues', 'vue', 'de vues', 'visionnages', 'visionnage', 'lectures', 'lecture', 'spectateurs', 'spectatrices',
      'spectateurs en direct', 'regardent', 'personnes regardent', 'impressions', "d'impressions", 'affichages',
      'auditeurs', 'auditeurs mensuels', 'écoutes', 'visites', 'visiteurs', 'lecteurs', 'vues du profil',
    ],
    followers: [
      'abonnés', 'abonnées', 'abonné', 'abonnee', 'abonnes', "d'abonnés", "d'abonnes", 'abonnements', 'abonnement',
      "d'abonnements", 'followers', 'follower', 'suivis', 'suivies', 'suivi', 'membres', 'membre',
      "de membres", 'relations', 'relation', 'publications', 'publication', 'posts', 'en ligne', 'forks', 'amis',
      'tweets', 'pouets', 'tableaux',
    ],
    scores: [
      'points', 'point', 'pts', 'karma', 'votes', 'vote', 'réputation', 'reputation', 'badges', 'badge',
      "badges d'or", "badge d'or", "badges d'argent", "badge d'argent", 'badges de bronze', 'badge de bronze', 'notes',
      'score',
    ],
  },
  before: {
    views: ['vu', 'consulté', 'consultée', 'visionné'],
    scores: ['réputation', 'score de réputation', 'votre réputation', 'score', 'karma', 'karma de publication', 'karma de commentaire'],
    likes: ['aimé par'],
  },
  modifiers: [
    'autres', 'nouveaux', 'nouvelles', 'nouveau', 'de', "d'", 'au total', 'mensuels', 'mensuelles', 'uniques',
    'hebdomadaires',
  ],
  compactNouns: { views: ['fois'] },
  people: [
    'autres', 'autres personnes', 'personnes', 'personne', 'utilisateurs', 'utilisateur', 'utilisatrices', 'comptes',
    'compte', 'autres utilisateurs', 'personnes aiment ça',
  ],
  and: ['et', '&', 'ainsi que', 'plus'],
  percent: { scores: ['de votes positifs', 'votes positifs', 'positifs', 'positif', 'utile', "aiment ça", 'de correspondance'] },
  actions: {
    likes: [
      "j'aime", "je n'aime plus", "ne plus aimer", 'aimer', 'like', 'coeur', 'cœur', 'favori', 'ajouter aux favoris',
      'retirer des favoris', 'étoile', 'mettre une étoile', 'applaudir', 'voter pour', 'vote positif', 'upvote',
      'voter contre', 'vote négatif', 'downvote', 'voter', 'votes', 'réagir', 'réaction', 'réactions', 'recommander',
      'utile', 'star',
    ],
    reposts: [
      'republier', 'reposter', 'repost', 'annuler le repost', 'retweeter', 'retweet', 'partager', 'partages', 'citer',
      'signet', 'ajouter aux signets', 'supprimer des signets', 'booster', 'enregistrer', 'enregistré', 'épingler',
      'rebloguer', 'restack', 'envoyer',
    ],
    replies: ['répondre', 'réponse', 'réponses', 'commenter', 'commentaire', 'commentaires', 'discuter', 'discussion'],
    views: ['vues', 'lectures', 'spectateurs', 'voir les statistiques du post', 'statistiques', 'analytics'],
    followers: ['suivre', 'abonnés', 'abonnements', "s'abonner", 'abonné', 'membres', 'relations', 'surveiller', 'forks'],
    scores: ['points', 'score', 'karma', 'réputation'],
  },
  where: ['sur'],
  open: [
    'voir', 'voir les', 'voir la', 'voir le', 'voir tous', 'voir toutes', 'tous les', 'toutes les', 'tous', 'toutes', 'les', 'afficher', 'afficher les',
    'afficher la', 'afficher le', 'afficher tous', 'afficher toutes', 'lire', 'lire les', 'voir plus',
    'afficher plus', 'charger',
  ],
  notBefore: [
    'top', 'meilleur', 'meilleurs', 'meilleures', 'premier', 'premiers', 'dernier', 'derniers', 'suivant', 'précédent',
    'chapitre', 'partie', 'page', 'pages', 'épisode', 'saison', 'jour', 'jours', 'semaine', 'étape', 'niveau', 'rang',
    'classé', 'classée', 'n°', 'no', 'numéro', 'version', 'ios', 'android', 'windows', 'macos', 'python', 'v',
    'tome', 'issue', 'salle', 'chambre', 'ligne', 'quai', 'vol', 'bus', 'route', 'iphone', 'pixel', 'galaxy',
    'covid', 'vue', 'en', 'à', 'au', 'aux', 'dans', 'depuis', 'dès', 'jusqu\'à', 'vers', 'pour', 'sur', 'sous', 'par',
    'environ', 'seulement', 'tél', 'âge',
  ],
  magnitudes: {
    k: 1e3, K: 1e3, M: 1e6, Md: 1e9, Mds: 1e9, md: 1e9, mln: 1e6, Mln: 1e6, million: 1e6, millions: 1e6,
    milliard: 1e9, milliards: 1e9,
  },
  send: [
    'publier', 'répondre', 'commenter', 'envoyer', 'poster', 'partager', 'soumettre', 'tweeter', 'pouet', 'republier',
    'ajouter un commentaire', 'publier la réponse', 'publier votre réponse', 'publier le commentaire', 'envoyer la réponse',
    'rebloguer',
  ],
});
