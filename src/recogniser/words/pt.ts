import { defineWords } from './types';

// Portuguese (Brazil and Portugal): the forms X, YouTube, Instagram, Facebook, TikTok, Reddit, LinkedIn,
// Mastodon and Stack Overflow em Português print ("45 curtidas", "1,2 mi de visualizações", "Visto 6.729 vezes",
// "7mil vezes", "4 medalhas de bronze", "pontos de reputação 36.682").
// Entries are written as they are looked up: lower case, quotes dropped, a hyphen as a space.
export default defineWords({
  lang: 'pt',
  nouns: {
    likes: [
      'curtidas', 'curtida', 'gostos', 'gosto', 'reações', 'reação', 'reacoes', 'likes', 'like', 'favoritos',
      'favorito', 'corações', 'aplausos', 'votos positivos', 'voto positivo', 'upvotes',
    ],
    reposts: [
      'compartilhamentos', 'compartilhamento', 'partilhas', 'partilha', 'republicações', 'republicação', 'reposts',
      'repost', 'retweets', 'citações', 'citação', 'itens salvos', 'item salvo', 'salvos', 'salvamentos', 'guardados',
      'marcadores', 'impulsos', 'boosts', 'vezes compartilhado', 'restacks', 'reblogs', 'pins',
    ],
    replies: [
      'respostas', 'resposta', 'comentários', 'comentário', 'comentarios', 'comentario', 'discussões', 'discussão',
      'respostas ocultas',
    ],
    views: [
      'visualizações', 'visualização', 'visualizacoes', 'reproduções', 'reprodução', 'espectadores', 'espectador',
      'assistindo', 'assistindo agora', 'pessoas assistindo', 'a ver agora', 'impressões', 'ouvintes',
      'ouvintes mensais', 'audições', 'leituras', 'leitores', 'visitas', 'visitantes', 'vistas', 'visualizações do perfil',
    ],
    followers: [
      'seguidores', 'seguidor', 'seguidoras', 'seguindo', 'a seguir', 'inscritos', 'inscrito', 'subscritores',
      'subscritor', 'membros', 'membro', 'conexões', 'conexão', 'contatos', 'publicações', 'publicação', 'posts',
      'online', 'amigos', 'forks', 'pastas', 'tweets',
    ],
    scores: [
      'pontos', 'ponto', 'pts', 'karma', 'votos', 'voto', 'reputação', 'reputacao', 'pontos de reputação', 'medalhas',
      'medalha', 'medalhas de ouro', 'medalha de ouro', 'medalhas de prata', 'medalha de prata', 'medalhas de bronze',
      'medalha de bronze', 'emblemas', 'emblema', 'pontuação',
    ],
  },
  before: {
    views: ['visto', 'vista'],
    scores: [
      'reputação', 'pontos de reputação', 'pontuação de reputação', 'sua reputação', 'a sua reputação', 'pontuação',
      'karma', 'karma de publicações', 'karma de comentários',
    ],
    likes: ['curtido por'],
    reposts: ['compartilhado', 'partilhado'],
  },
  modifiers: ['outros', 'outras', 'novos', 'novas', 'mais', 'de', 'totais', 'mensais', 'semanais', 'únicos'],
  compactNouns: { views: ['vezes'] },
  people: [
    'pessoas', 'pessoa', 'outras pessoas', 'outros', 'outras', 'usuários', 'usuário', 'utilizadores', 'utilizador',
    'contas', 'conta', 'mais',
  ],
  and: ['e', 'e mais', '&', 'junto com', 'assim como'],
  percent: { scores: ['votos positivos', 'positivos', 'positivo', 'útil', 'gostaram', 'de correspondência'] },
  actions: {
    likes: [
      'curtir', 'curtido', 'descurtir', 'gostei', 'não gostei', 'gosto', 'like', 'coração', 'favorito', 'favoritar',
      'adicionar aos favoritos', 'remover dos favoritos', 'estrela', 'marcar com estrela', 'aplaudir', 'votar a favor',
      'voto positivo', 'votar positivamente', 'upvote', 'votar contra', 'voto negativo', 'votar negativamente',
      'downvote', 'votar', 'votos', 'reagir', 'reação', 'reações', 'recomendar', 'útil', 'star',
    ],
    reposts: [
      'repostar', 'repost', 'desfazer repost', 'retweetar', 'retweet', 'compartilhar', 'partilhar', 'compartilhado',
      'citar', 'salvar', 'salvo', 'itens salvos', 'remover dos itens salvos', 'guardar', 'marcador', 'impulsionar',
      'republicar', 'reblog', 'restack', 'enviar',
    ],
    replies: ['responder', 'resposta', 'respostas', 'comentar', 'comentário', 'comentários', 'discutir', 'discussão'],
    views: ['visualizações', 'reproduções', 'espectadores', 'ver estatísticas do post', 'estatísticas', 'análises'],
    followers: ['seguir', 'seguidores', 'seguindo', 'inscrever se', 'inscrito', 'inscritos', 'subscrever', 'membros', 'conexões', 'acompanhar'],
    scores: ['pontos', 'pontuação', 'karma', 'reputação'],
  },
  where: ['no', 'na', 'em'],
  open: [
    'ver', 'ver as', 'ver os', 'ver a', 'ver o', 'ver todas', 'ver todos', 'todas as', 'todos os', 'todas', 'todos', 'as', 'os', 'mostrar',
    'mostrar as', 'mostrar os', 'mostrar todas', 'mostrar todos', 'ler', 'ver mais', 'mostrar mais', 'carregar',
  ],
  notBefore: [
    'top', 'melhor', 'melhores', 'primeiro', 'primeiros', 'primeiras', 'último', 'últimos', 'próximo', 'anterior',
    'capítulo', 'parte', 'página', 'páginas', 'episódio', 'temporada', 'dia', 'dias', 'semana', 'passo', 'nível',
    'posição', 'lugar', 'nº', 'número', 'versão', 'ios', 'android', 'windows', 'macos', 'python', 'v',
    'vol', 'volume', 'issue', 'sala', 'quarto', 'linha', 'plataforma', 'voo', 'ônibus', 'rota', 'iphone', 'pixel',
    'galaxy', 'covid', 'em', 'no', 'na', 'às', 'desde', 'até', 'há', 'para', 'por', 'sobre', 'sob', 'entre', 'cerca',
    'apenas', 'só', 'tel', 'telefone', 'idade',
  ],
  magnitudes: {
    mil: 1e3, k: 1e3, K: 1e3, mi: 1e6, M: 1e6, milhão: 1e6, milhões: 1e6, bi: 1e9, bilhão: 1e9, bilhões: 1e9,
    mM: 1e9,
  },
  send: [
    'publicar', 'responder', 'comentar', 'enviar', 'postar', 'compartilhar', 'partilhar', 'tweetar', 'republicar',
    'publicar resposta', 'publique sua resposta', 'publicar sua resposta', 'publicar comentário', 'adicionar comentário',
    'adicionar um comentário', 'enviar resposta', 'enviar comentário',
  ],
});
