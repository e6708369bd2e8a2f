import { defineWords } from './types';

// Polish: the forms X, YouTube, Instagram, Facebook, TikTok, Reddit, LinkedIn, Wykop and Mastodon print in
// Polish ("45 polubień", "1,2 mln wyświetleń", "12 tys. subskrybentów", "1234 komentarze"). Every case a
// number takes is written out: 1 polubienie, 2–4 polubienia, 5+ polubień.
// Entries are written as they are looked up: lower case, quotes dropped, a hyphen as a space.
export default defineWords({
  lang: 'pl',
  nouns: {
    likes: [
      'polubienie', 'polubienia', 'polubień', 'polubien', 'reakcja', 'reakcje', 'reakcji', 'like', 'lajk', 'lajki',
      'lajków', 'ulubione', 'ulubionych', 'serduszka', 'serduszek', 'plusy',
      'plusów', 'upvote', 'upvotes', 'oklaski', 'brawa', 'osób lubi to', 'osoby lubią to',
    ],
    reposts: [
      'udostępnienie', 'udostępnienia', 'udostępnień', 'udostepnien', 'repost', 'reposty', 'repostów', 'podanie dalej',
      'retweet', 'retweety', 'retweetów', 'cytat', 'cytaty', 'cytatów', 'zakładka', 'zakładki', 'zakładek',
      'zapisanie', 'zapisania', 'zapisań', 'zapisane', 'podbicie', 'podbicia', 'podbić', 'przypięcia',
    ],
    replies: [
      'komentarz', 'komentarze', 'komentarzy', 'odpowiedź', 'odpowiedzi', 'odpowiedz', 'dyskusja', 'dyskusje',
      'dyskusji', 'odpowiedzi ukryte',
    ],
    views: [
      'wyświetlenie', 'wyświetlenia', 'wyświetleń', 'wyswietlen', 'odtworzenie', 'odtworzenia', 'odtworzeń',
      'widz', 'widzów', 'widzowie', 'oglądający', 'oglądających', 'ogląda', 'ogląda teraz', 'osób ogląda',
      'wyświetlenia posta', 'słuchacze', 'słuchaczy', 'miesięcznych słuchaczy', 'odsłony', 'odsłon', 'odsłona',
      'odwiedziny', 'odwiedzin', 'czytelników', 'czytelnicy', 'impresje', 'impresji',
    ],
    followers: [
      'obserwujący', 'obserwującego', 'obserwujących', 'obserwująca', 'obserwowani', 'obserwowanych', 'obserwowany',
      'obserwuje', 'subskrybent', 'subskrybenci', 'subskrybentów', 'subskrybenta', 'subskrypcje', 'członek', 'członka',
      'członkowie', 'członków', 'kontakty', 'kontaktów', 'post', 'posty', 'postów', 'posta',
      'wpis', 'wpisy', 'wpisów', 'online', 'znajomi', 'znajomych', 'forki', 'forków', 'followersów', 'followersi',
    ],
    scores: [
      'punkt', 'punkty', 'punktów', 'pkt', 'karma', 'karmy', 'głos', 'głosy', 'głosów', 'glosow', 'reputacja',
      'reputacji', 'odznaka', 'odznaki', 'odznak', 'złote odznaki', 'złotych odznak', 'srebrne odznaki',
      'srebrnych odznak', 'brązowe odznaki', 'brązowych odznak', 'wynik',
    ],
  },
  before: {
    views: ['liczba wyświetleń', 'liczba odtworzeń'],
    scores: ['reputacja', 'punkty reputacji', 'twoja reputacja', 'karma', 'karma postów', 'karma komentarzy'],
    likes: ['liczba polubień', 'polubione przez', 'lubi to'],
    replies: ['liczba komentarzy', 'liczba odpowiedzi'],
    followers: ['liczba obserwujących', 'liczba subskrybentów'],
    reposts: ['liczba udostępnień'],
  },
  modifiers: [
    'innych', 'inne', 'inni', 'nowych', 'nowe', 'nowy', 'nowa', 'więcej', 'łącznie', 'miesięcznych', 'miesięcznie',
    'tygodniowo', 'unikalnych', 'złote', 'złotych', 'srebrne', 'srebrnych', 'brązowe', 'brązowych',
  ],
  compactNouns: { views: ['razy'] },
  people: [
    'osób', 'osoby', 'osoba', 'osobie', 'osobom', 'innych', 'innych osób', 'inne osoby', 'innym osobom', 'użytkowników',
    'użytkownicy', 'użytkownik', 'użytkownikom', 'kont', 'konta', 'osób lubi to', 'osoby lubią to', 'innych lubi to',
  ],
  and: ['i', 'oraz', '&', 'razem z', 'wraz z', 'plus'],
  percent: { scores: ['pozytywnych', 'pozytywne', 'głosów za', 'przydatne', 'lubi to', 'dopasowania'] },
  actions: {
    likes: [
      'lubię to', 'nie lubię tego', 'polub', 'polubione', 'cofnij polubienie', 'usuń polubienie', 'like',
      'serce', 'ulubione', 'dodaj do ulubionych', 'usuń z ulubionych', 'gwiazdka', 'oznacz gwiazdką', 'klaśnij',
      'oklaski', 'głosuj za', 'głos za', 'zagłosuj za', 'upvote', 'głosuj przeciw', 'głos przeciw', 'zagłosuj przeciw',
      'downvote', 'głosuj', 'zagłosuj', 'reaguj', 'zareaguj', 'reakcja', 'reakcje', 'poleć', 'przydatne', 'plusuj',
      'star',
    ],
    reposts: [
      'podaj dalej', 'repost', 'opublikuj ponownie', 'cofnij repost', 'retweet', 'udostępnij', 'udostępnione', 'cytuj',
      'zakładka', 'dodaj zakładkę', 'usuń zakładkę', 'zapisz', 'zapisane', 'podbij', 'reblog', 'restack', 'wyślij',
    ],
    replies: ['odpowiedz', 'odpowiedź', 'odpowiedzi', 'komentarz', 'komentarze', 'skomentuj', 'komentuj', 'dyskusja', 'dyskutuj'],
    views: ['wyświetlenia', 'odtworzenia', 'widzowie', 'wyświetl statystyki posta', 'statystyki', 'analityka'],
    followers: ['obserwuj', 'obserwujący', 'obserwowani', 'subskrybuj', 'subskrybujesz', 'subskrybenci', 'członkowie', 'kontakty', 'dołącz'],
    scores: ['punkty', 'wynik', 'karma', 'reputacja'],
  },
  where: ['na', 'w'],
  open: [
    'wyświetl', 'wyświetl wszystkie', 'zobacz', 'zobacz wszystkie', 'pokaż', 'pokaż wszystkie', 'pokaż więcej',
    'czytaj', 'przeczytaj', 'załaduj', 'wyświetl więcej', 'zobacz więcej',
  ],
  notBefore: [
    'top', 'najlepsze', 'najlepszych', 'pierwsze', 'pierwszych', 'ostatnie', 'ostatnich', 'następny', 'poprzedni',
    'rozdział', 'część', 'strona', 'stron', 'str', 'odcinek', 'sezon', 'dzień', 'dni', 'tydzień', 'krok', 'poziom',
    'miejsce', 'nr', 'numer', 'wersja', 'wersji', 'ios', 'android', 'windows', 'macos', 'python', 'v', 'tom',
    'zeszyt', 'issue', 'pokój', 'sala', 'linia', 'peron', 'lot', 'autobus', 'tramwaj', 'trasa', 'iphone', 'pixel',
    'galaxy', 'covid', 'w', 'we', 'o', 'od', 'do', 'po', 'przed', 'za', 'na', 'dla', 'ponad', 'około', 'ok', 'tylko',
    'niż', 'tel', 'telefon', 'wiek',
  ],
  magnitudes: {
    'tys.': 1e3, tys: 1e3, K: 1e3, k: 1e3, tysiąc: 1e3, tysiące: 1e3, tysięcy: 1e3, mln: 1e6, 'mln.': 1e6, M: 1e6,
    milion: 1e6, miliony: 1e6, milionów: 1e6, mld: 1e9, 'mld.': 1e9, miliard: 1e9, miliardy: 1e9, miliardów: 1e9,
  },
  send: [
    'opublikuj', 'odpowiedz', 'skomentuj', 'wyślij', 'publikuj', 'udostępnij', 'zamieść', 'dodaj komentarz',
    'opublikuj odpowiedź', 'opublikuj swoją odpowiedź', 'opublikuj komentarz', 'wyślij odpowiedź', 'wyślij komentarz',
    'dodaj odpowiedź', 'tweetnij', 'podaj dalej',
  ],
});
