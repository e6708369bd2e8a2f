import { defineWords } from './types';

// Spanish: the forms X, YouTube, Instagram, Facebook, TikTok, Reddit, LinkedIn, Mastodon and Stack Overflow
// en español print ("45 Me gusta", "1,2 M de visualizaciones", "12 mil suscriptores", "Vista 3k veces").
// Entries are written as they are looked up: lower case, quotes dropped, a hyphen as a space.
export default defineWords({
  lang: 'es',
  nouns: {
    likes: [
      'me gusta', 'me encanta', 'reacciones', 'reacción', 'likes', 'like', 'favoritos', 'favorito', 
      'corazones', 'aplausos', 'votos positivos', 'voto positivo', 'upvotes', 'veces marcado como favorito',
    ],
    reposts: [
      'veces compartido', 'veces compartida', 'compartidos', 'compartido', 'veces que se compartió', 'reposts', 'repost',
      'retweets', 'retuits', 'citas', 'cita', 'guardados', 'elementos guardados', 'elemento guardado', 'marcadores',
      'impulsos', 'boosts', 'veces guardado', 'republicaciones', 'republicación', 'restacks', 'reblogs', 'pines',
    ],
    replies: [
      'respuestas', 'respuesta', 'comentarios', 'comentario', 'discusiones', 'discusión', 'respuestas ocultas',
    ],
    views: [
      'visualizaciones', 'visualización', 'vistas', 'visitas', 'reproducciones', 'reproducción', 'espectadores',
      'espectador', 'usuarios viendo', 'personas viendo', 'viendo ahora', 'impresiones', 'oyentes', 'oyentes mensuales',
      'escuchas', 'lecturas', 'lectores', 'visitantes', 'vistas del perfil', 'veces visto', 'veces vista',
    ],
    followers: [
      'seguidores', 'seguidor', 'seguidoras', 'siguiendo', 'seguidos', 'suscriptores', 'suscriptor', 'suscritos',
      'miembros', 'miembro', 'contactos', 'conexiones', 'publicaciones', 'publicación', 'posts', 'en línea', 'amigos',
      'forks', 'tableros', 'tweets',
    ],
    scores: [
      'puntos', 'punto', 'pts', 'karma', 'votos', 'voto', 'reputación', 'reputacion', 'insignias', 'insignia',
      'medallas', 'medalla', 'medallas de oro', 'medalla de oro', 'medallas de plata', 'medalla de plata',
      'medallas de bronce', 'medalla de bronce', 'puntuación',
    ],
  },
  before: {
    views: ['vista', 'visto', 'visitada', 'visto por'],
    scores: ['reputación', 'puntos de reputación', 'puntuación de reputación', 'tu reputación', 'puntuación', 'karma', 'karma de publicaciones', 'karma de comentarios'],
    likes: ['le gusta a', 'les gusta a'],
    reposts: ['compartido', 'se compartió'],
  },
  modifiers: ['otros', 'otras', 'nuevos', 'nuevas', 'más', 'de', 'totales', 'mensuales', 'semanales', 'únicos'],
  compactNouns: { views: ['veces'] },
  people: [
    'personas', 'persona', 'otras personas', 'personas más', 'otros', 'otras', 'usuarios', 'usuario', 'otros usuarios',
    'cuentas', 'cuenta', 'más',
  ],
  and: ['y', 'e', '&', 'junto con', 'junto a', 'además de'],
  percent: { scores: ['votos positivos', 'positivos', 'positivo', 'útil', 'les gusta', 'de coincidencia'] },
  actions: {
    likes: [
      'me gusta', 'ya no me gusta', 'no me gusta', 'me encanta', 'like', 'corazón', 'favorito', 'marcar como favorito',
      'añadir a favoritos', 'quitar de favoritos', 'estrella', 'destacar', 'aplaudir', 'votar a favor', 'voto positivo',
      'upvote', 'votar en contra', 'voto negativo', 'downvote', 'votar', 'votos', 'reaccionar', 'reacción', 'reacciones',
      'recomendar', 'útil', 'star',
    ],
    reposts: [
      'repostear', 'repost', 'deshacer repost', 'retuitear', 'retweet', 'compartir', 'compartido', 'citar', 'guardar',
      'guardado', 'elementos guardados', 'quitar de elementos guardados', 'marcador', 'impulsar', 'republicar',
      'reblog', 'restack', 'enviar',
    ],
    replies: ['responder', 'respuesta', 'respuestas', 'comentar', 'comentario', 'comentarios', 'discutir', 'discusión'],
    views: ['visualizaciones', 'reproducciones', 'espectadores', 'ver estadísticas del post', 'estadísticas', 'analíticas'],
    followers: ['seguir', 'seguidores', 'siguiendo', 'suscribirse', 'suscribirme', 'suscrito', 'suscriptores', 'miembros', 'contactos', 'vigilar'],
    scores: ['puntos', 'puntuación', 'karma', 'reputación'],
  },
  where: ['en'],
  open: [
    'ver', 'ver las', 'ver los', 'ver la', 'ver el', 'ver todas', 'ver todos', 'todas las', 'todos los', 'todas', 'todos', 'las', 'los', 'mostrar',
    'mostrar las', 'mostrar los', 'mostrar todas', 'mostrar todos', 'leer', 'ver más', 'mostrar más', 'cargar',
  ],
  notBefore: [
    'top', 'mejor', 'mejores', 'primer', 'primero', 'primeros', 'primeras', 'último', 'últimos', 'siguiente', 'anterior',
    'capítulo', 'parte', 'página', 'páginas', 'episodio', 'temporada', 'día', 'días', 'semana', 'paso', 'nivel',
    'puesto', 'rango', 'nº', 'núm', 'número', 'versión', 'ios', 'android', 'windows', 'macos', 'python',
    'v', 'vol', 'tomo', 'issue', 'sala', 'habitación', 'línea', 'andén', 'vuelo', 'autobús', 'ruta', 'iphone', 'pixel',
    'galaxy', 'covid', 'en', 'al', 'desde', 'hasta', 'hace', 'para', 'por', 'sobre', 'bajo', 'entre', 'unos',
    'unas', 'solo', 'sólo', 'tel', 'teléfono', 'edad',
  ],
  magnitudes: {
    mil: 1e3, k: 1e3, K: 1e3, M: 1e6, 'mill.': 1e6, mill: 1e6, millón: 1e6, millones: 1e6, mm: 1e9,
  },
  send: [
    'publicar', 'responder', 'comentar', 'enviar', 'postear', 'compartir', 'twittear', 'republicar',
    'publicar respuesta', 'publicar tu respuesta', 'publicar comentario', 'añadir comentario', 'agregar comentario',
    'enviar respuesta', 'enviar comentario',
  ],
});
