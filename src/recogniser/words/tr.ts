import { defineWords } from './types';

// Turkish: the forms X, YouTube, Instagram, Facebook, TikTok, Reddit, LinkedIn and Ekşi print in Turkish
// ("45 beğeni", "1,2 Mn görüntüleme", "12 B takipçi", "3 yeniden gönderi"). A noun after a number stays
// singular in Turkish; the plural is written out for labels that put the noun first ("Beğeniler 12").
// "B" is bin (thousand), never billion: "12 B görüntüleme" is 12 000 views.
// Entries are written as they are looked up: lower case, quotes dropped, a hyphen as a space.
export default defineWords({
  lang: 'tr',
  nouns: {
    likes: [
      'beğeni', 'beğeniler', 'beğenme', 'beğenmeler', 'kişi beğendi', 'tepki', 'tepkiler', 'like', 'favori', 'favoriler',
      'kalp', 'alkış', 'olumlu oy', 'artı oy', 'upvote',
    ],
    reposts: [
      'yeniden gönderi', 'yeniden gönderiler', 'yeniden paylaşım', 'paylaşım', 'paylaşımlar', 'kez paylaşıldı',
      'retweet', 'alıntı', 'alıntılar', 'yer işareti', 'yer işaretleri', 'kaydetme', 'kaydedilme', 'kaydedilenler',
      'repost', 'boost', 'yeniden paylaşımlar',
    ],
    replies: ['yanıt', 'yanıtlar', 'yorum', 'yorumlar', 'cevap', 'cevaplar', 'tartışma', 'tartışmalar'],
    views: [
      'görüntüleme', 'görüntülemeler', 'görüntülenme', 'görüntülenmeler', 'izlenme', 'izlenmeler', 'kez izlendi',
      'kez görüntülendi', 'izleyici', 'izleyiciler', 'kişi izliyor', 'izliyor', 'şu anda izliyor', 'gösterim',
      'gösterimler', 'dinleyici', 'aylık dinleyici', 'dinlenme', 'okunma', 'ziyaret', 'ziyaretçi', 'profil görüntüleme',
    ],
    followers: [
      'takipçi', 'takipçiler', 'takip edilen', 'takip edilenler', 'takip', 'takip ediyor', 'abone', 'aboneler', 'üye',
      'üyeler', 'bağlantı', 'bağlantılar', 'gönderi', 'gönderiler', 'çevrimiçi', 'arkadaş', 'fork', 'pano',
    ],
    scores: [
      'puan', 'puanlar', 'karma', 'oy', 'oylar', 'itibar', 'rozet', 'rozetler', 'altın rozet', 'gümüş rozet',
      'bronz rozet', 'skor',
    ],
  },
  before: {
        scores: ['itibar', 'itibar puanı', 'itibarın', 'puan', 'skor', 'karma', 'gönderi karması', 'yorum karması'],
    likes: ['beğenen'],
  },
  modifiers: ['diğer', 'yeni', 'daha', 'toplam', 'aylık', 'haftalık', 'benzersiz', 'altın', 'gümüş', 'bronz'],
  compactNouns: { views: ['kez', 'defa'] },
  people: ['kişi', 'kişi daha', 'diğer kişi', 'kişiye', 'kişinin', 'kullanıcı', 'diğer kullanıcı', 'hesap', 'kişi beğendi'],
  and: ['ve', '&', 'ile birlikte', 'artı'],
  percent: { scores: ['olumlu', 'beğendi', 'faydalı', 'yararlı', 'eşleşme'] },
  actions: {
    likes: [
      'beğen', 'beğenildi', 'beğendim', 'beğenmekten vazgeç', 'beğeniyi kaldır', 'beğenmedim', 'like', 'kalp', 'favori',
      'favorilere ekle', 'favorilerden kaldır', 'yıldız', 'yıldızla', 'alkışla', 'olumlu oy', 'artı oy', 'yukarı oy',
      'olumlu oy ver', 'olumsuz oy', 'eksi oy', 'aşağı oy', 'olumsuz oy ver', 'oy ver', 'oyla', 'tepki ver', 'tepki',
      'tepkiler', 'öner', 'faydalı', 'yararlı', 'star',
    ],
    reposts: [
      'yeniden gönder', 'yeniden gönderi', 'yeniden gönderiyi geri al', 'retweetle', 'paylaş', 'alıntıla',
      'yer işareti', 'yer işareti ekle', 'yer işaretlerine ekle', 'yer işaretini kaldır', 'kaydet', 'kaydedildi',
      'gönder',
    ],
    replies: ['yanıtla', 'yanıt', 'yanıtlar', 'yorum yap', 'yorum', 'yorumlar', 'cevapla', 'cevap', 'cevaplar', 'tartış'],
    views: ['görüntülemeler', 'görüntüleme', 'izlenmeler', 'izleyiciler', 'gönderi analizlerini görüntüle', 'istatistikler', 'analizler'],
    followers: ['takip et', 'takip ediliyor', 'takipçiler', 'takip edilenler', 'abone ol', 'abone olundu', 'aboneler', 'üyeler', 'bağlantılar', 'izle'],
    scores: ['puan', 'puanlar', 'karma', 'itibar'],
  },
  open: ['tümünü gör', 'tümünü görüntüle', 'göster', 'daha fazla göster', 'gör'],
  notBefore: [
    'top', 'ilk', 'son', 'sonraki', 'önceki', 'bölüm', 'kısım', 'sayfa', 'sezon', 'gün', 'hafta', 'adım',
    'seviye', 'düzey', 'sıra', 'no', 'numara', 'sürüm', 'versiyon', 'ios', 'android', 'windows', 'macos',
    'python', 'v', 'cilt', 'sayı', 'issue', 'oda', 'salon', 'hat', 'peron', 'uçuş', 'otobüs', 'iphone', 'pixel',
    'galaxy', 'covid', 'yaklaşık', 'sadece', 'yalnızca', 'tel', 'telefon', 'yaş',
  ],
  // "B" is bin (thousand) as a suffix after a number; "Mn" milyon, "Mr" milyar.
  magnitudes: {
    B: 1e3, bin: 1e3, K: 1e3, k: 1e3, Mn: 1e6, mn: 1e6, milyon: 1e6, M: 1e6, Mr: 1e9, Mlr: 1e9, milyar: 1e9,
  },
  send: [
    'gönder', 'yanıtla', 'paylaş', 'yayınla', 'yorum yap', 'yorumu gönder', 'yanıtı gönder', 'gönderi yayınla',
    'gönderiyi paylaş', 'cevabını gönder', 'cevapla', 'tweetle', 'yeniden gönder',
  ],
});
