import { defineWords } from './types';

// Korean: the forms X, YouTube, Instagram, Facebook, TikTok, Naver, Reddit and GitHub print in Korean
// ("조회수 1.2만회", "구독자 1.2만명", "댓글 1,234개", "좋아요 345개", "1.2만 팔로워", "12개의 댓글").
// Korean usually puts the noun *before* the number, with a counter after it (개, 회, 명, 건): those nouns
// are in `before`, and the counters are `modifiers` (a counter may stand between a number and its noun,
// "12개의 댓글") or, for 회 and 개, `compactNouns` (cut with the number: "조회수 1.2만회" -> "조회수").
// After a number, an entry matches the characters right after it ("123 팔로잉"). Hangul words are
// spaced: an entry is one word ("팔로우 중" would never be looked up as one).
export default defineWords({
  lang: 'ko',
  nouns: {
    likes: ['좋아요', '공감', '추천', '하트', '반응', '박수', '즐겨찾기', '명이좋아합니다'],
    reposts: ['리포스트', '재게시', '리트윗', '공유', '인용', '북마크', '저장', '스크랩', '부스트'],
    replies: ['댓글', '답글', '답변', '덧글', '토론'],
    views: ['조회수', '조회', '재생', '시청', '시청자', '노출', '노출수', '청취자', '방문자', '읽음'],
    followers: [
      '팔로워', '팔로잉', '팔로우', '구독자', '멤버', '회원', '일촌', '게시물', '포스트', '친구', '온라인', '포크', '이웃',
    ],
    scores: ['포인트', '표', '득표', '카르마', '평판', '배지', '점수', '추천수'],
  },
  before: {
    views: ['조회수', '조회', '재생수', '시청자', '노출수'],
    followers: ['구독자', '팔로워', '팔로잉', '팔로우', '친구', '이웃'],
    likes: ['좋아요', '공감', '추천', '하트', '반응'],
    replies: ['댓글', '답글', '답변', '덧글'],
    reposts: ['리포스트', '재게시', '리트윗', '공유', '인용', '북마크', '스크랩'],
    scores: ['평판', '포인트', '점수', '카르마', '득표'],
  },
  modifiers: ['개', '개의', '명', '명의', '명이', '회', '건', '건의', '다른', '새', '새로운', '총', '월간', '전체'],
  compactNouns: { views: ['회'], likes: ['개'] },
  people: ['명의사용자', '사용자'],
  and: ['외', '님', '및', '그리고'],
  percent: { scores: ['좋아요', '긍정', '긍정적', '추천', '일치'] },
  actions: {
    likes: [
      '좋아요', '좋아요취소', '마음에', '싫어요', '공감', '공감하기', '추천', '추천하기', '비추천', '하트', '별표',
      '즐겨찾기', '박수', '찬성', '반대', '투표', '업보트', '다운보트', '반응', '반응하기', '유용함', 'star',
    ],
    reposts: ['리포스트', '재게시', '리트윗', '공유', '공유하기', '인용', '인용하기', '북마크', '저장', '저장됨', '스크랩', '부스트', '보내기'],
    replies: ['답글', '댓글', '답변', '답변하기', '토론'],
    views: ['조회수', '재생수', '시청자', '분석', '인사이트', '통계'],
    followers: ['팔로우', '팔로잉', '팔로워', '구독', '구독중', '구독자', '멤버', '이웃추가', '친구추가', 'watch'],
    scores: ['포인트', '점수', '카르마', '평판'],
  },
  // Glue a count line may hold: "답글 3개 보기", "1.2만명 시청 중".
  open: ['모두', '전체', '더', '보기', '중'],
  notBefore: [
    '제', '상위', '톱', 'top', '베스트', '버전', 'ios', 'android', 'windows', 'macos', 'python', 'v', 'no', '시즌', '에피소드',
    '오전', '오후', '약', '단', '겨우', '전화', 'iphone', 'pixel', 'galaxy', 'covid',
  ],
  magnitudes: { 천: 1e3, 만: 1e4, 억: 1e8, K: 1e3, k: 1e3, M: 1e6 },
  // The whole name of a send control, its words joined by one space.
  send: [
    '게시', '게시하기', '답글', '답글 달기', '답글 게시', '댓글', '댓글 달기', '댓글 게시', '등록', '보내기', '전송',
    '게시물 올리기', '올리기', '공유', '공유하기', '답변 게시', '답변 등록', '트윗하기', '리포스트', '작성', '완료',
  ],
});
