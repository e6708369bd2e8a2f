import { describe, expect, it } from 'vitest';
import { Engine } from './engine';
import { defineSite, type Site } from '../sites/types';

/** A bare site: only the generic text patterns and the labelled-control fallback apply. */
const site = defineSite({
  id: 'x',
  name: 'Test',
  matches: ['https://example.com/*'],
  metrics: {},
  text: [{ within: '.bar button', bare: true }],
  // Verb first, so only this declared rule scrubs it; it needs the button's icon.
  scrub: [{ selector: 'button[aria-label]:has(.icon)', attributes: ['aria-label'] }],
});

let engine: Engine;
const reveal = (e: Engine) => e.apply({ shown: ['all'], style: 'blur', customSelectors: [] });

function scan(html: string, on: Site = site): HTMLElement {
  document.body.innerHTML = '';
  engine?.stop();
  engine = new Engine(on, document);
  engine.start();
  const post = document.createElement('div');
  // Built detached and appended in one go, as a feed does: the observer hands over the subtree.
  post.innerHTML = html;
  document.body.append(post);
  return post;
}

const marks = async (root: HTMLElement) => {
  await Promise.resolve(); // the observer's callback is a microtask
  await new Promise((r) => setTimeout(r, 0));
  return [...root.querySelectorAll('[data-unscored-mark]')].map((e) => `${e.getAttribute('data-unscored-mark')}:${e.textContent?.trim()}`);
};

describe('Engine: counts found by text in an added subtree', () => {
  it('finds counts among whitespace, words and ordinary numbers, in tree order', async () => {
    const post = scan(`
      <div>
        <a href="/u">Mara Runs 2024</a> <span>@runner_2024</span> · <time>3h</time>
        <p>Ran 5 km in 27 minutes, top 10.</p>
        <div class="bar">
          <button aria-label="76 Replies. Reply"> <span>76</span> </button>
          <button aria-label="2.3K Likes. Like"><span><span>2.3K</span></span></button>
        </div>
        <div><span>1,2 k Aufrufe</span></div>
        <div><b>12</b> likes</div>
        <div>€12 · 100 days · iOS 18</div>
        <span>13 views</span>
      </div>`);
    expect(await marks(post)).toEqual(['replies:76', 'likes:2.3K', 'views:1,2 k Aufrufe', 'likes:12', 'views:13 views']);
  });

  it('checks text nodes whose digits touch: each node over a digit is read', async () => {
    const post = scan('<div><p><span>3</span><span>4 views</span></p><p>x<span>5</span><i>6 likes</i></p></div>');
    // "3" and "5" stand beside another number, not beside a noun.
    expect(await marks(post)).toEqual(['views:4 views', 'likes:6 likes']);
  });

  it('leaves a subtree without any count alone', async () => {
    const post = scan('<div><p>Ran 5 km in 27 minutes, top 10.</p><time>12:04</time> <span>@user_99</span></div>');
    expect(await marks(post)).toEqual([]);
  });

  it('leaves drafts and code alone, even where a count would be found', async () => {
    const post = scan(
      '<div><div contenteditable="true"><span>12 likes</span></div><pre><span>3 views</span></pre>' +
        '<textarea>4 replies</textarea><a aria-label="7 Likes"><code>7</code></a>' +
        '<script>"9 likes"</script><span>5 likes</span></div>',
    );
    expect(await marks(post)).toEqual(['likes:5 likes']);
  });

  it('a bare number in a control labelled with a metric is that metric', async () => {
    const post = scan('<div><div role="group"><a aria-label="1,262 Followers"> <span>1,262</span> </a></div></div>');
    expect(await marks(post)).toEqual(['followers:1,262']);
  });
});

describe('Engine: counts found with no site selector (the recogniser)', () => {
  const bare = defineSite({ id: 'x', name: 'Bare', matches: ['https://example.com/*'], metrics: {} });

  it('takes only the number out of an aggregate, keeps the name, and restores it when counts are shown', async () => {
    const post = scan('<div><p><a href="/gina">Gina Marsh</a> and 12 others liked your post</p></div>', bare);
    await marks(post);
    const p = post.querySelector('p')!;
    expect(p.textContent).toBe('Gina Marsh and others liked your post');
    expect(p.querySelector('a')!.hasAttribute('data-unscored-mark')).toBe(false);
    reveal(engine);
    expect(p.textContent).toBe('Gina Marsh and 12 others liked your post');
    engine.apply({ shown: [], style: 'blur', customSelectors: [] });
    expect(p.textContent).toBe('Gina Marsh and others liked your post');
  });

  it('marks a bare number beside a control named by a metric action, and not a rank before it', async () => {
    const post = scan(
      '<div><span>1</span><div><button aria-label="upvote"></button><span>2.8k</span><button aria-label="downvote"></button></div>' +
        '<div role="button"><svg><title>Like</title></svg><span><span>1.2K</span></span></div>' +
        '<a href="/tokio-rs/tokio/stargazers"><b>31.6k</b></a><span title="Followers">48.2K</span></div>',
      bare,
    );
    expect(await marks(post)).toEqual(['likes:2.8k', 'likes:1.2K', 'likes:31.6k', 'followers:48.2K']);
  });

  it('takes a count out of a short line of parts, and leaves prose and other parts alone', async () => {
    const post = scan(
      '<div><p id="a">Live | 42.1K viewers</p><p id="b">Just hit 1,000 followers!</p><p id="c">Great game | 3 goals</p>' +
        '<p id="d">12 votes · 3 answers</p><p id="e">48 Pins · 3 sections · 2d</p></div>',
      bare,
    );
    await marks(post);
    expect(post.querySelector('#a')!.textContent).toBe('Live | viewers');
    expect(post.querySelector('#b')!.textContent).toBe('Just hit 1,000 followers!');
    expect(post.querySelector('#c')!.textContent).toBe('Great game | 3 goals');
    expect(post.querySelector('#e')!.textContent).toBe('48 Pins · 3 sections · 2d');
    // Every part a count: the line is a count line, marked as a whole.
    expect(post.querySelector('#d')!.hasAttribute('data-unscored-mark')).toBe(true);
    reveal(engine);
    expect(post.querySelector('#a')!.textContent).toBe('Live | 42.1K viewers');
  });

  it('knows a bare number by the same number said with its noun nearby, when it cannot be chance', async () => {
    const post = scan(
      '<div><div><div><span aria-hidden="true">42.1K</span></div><div>Live | 42.1K viewers</div></div>' +
        '<div><div><span id="one">1</span></div><div>Live | 1 viewer</div></div>' +
        // Said once only: a name's number before a "Following" button is no count.
        '<div><h2><span>mara.runs.2024</span></h2><div role="button">Following</div></div></div>',
      bare,
    );
    expect(await marks(post)).toEqual(['views:42.1K']);
  });

  it('finds a control beside a number nested in wrappers that hold only it', async () => {
    const post = scan(
      '<div><div><div role="button" aria-label="clap"><svg></svg></div></div>' +
        '<div><div><div><p><button>2.4K</button></p></div></div></div></div>',
      bare,
    );
    expect(await marks(post)).toEqual(['likes:2.4K']);
  });

  it('reads a number drawn with an icon in a link to one video as its plays, and nothing else so', async () => {
    const post = scan(
      '<div><a href="/@ana/video/7312"><div><svg></svg><span><strong>1.2M</strong></span></div></a>' +
        '<a href="/@ana/video/7313"><div><svg></svg><strong>4K</strong></div></a>' +
        '<a href="/about"><div><svg></svg><strong>48.9K</strong></div></a>' +
        '<a href="/@ana/video/7314"><div><strong>907</strong></div></a></div>',
      bare,
    );
    expect(await marks(post)).toEqual(['views:1.2M']);
  });

  it('reads a number drawn with an icon five deep in a link to one video as its plays (Bilibili cards)', async () => {
    const post = scan(
      '<div><a href="/video/BV1Gx4y1T7kQ"><div><div><div><span><svg></svg><span>128.6万</span></span></div><span>24:07</span></div></div></a>' +
        '<a href="/about"><div><div><div><span><svg></svg><span>3.1万</span></span></div></div></div></a></div>',
      bare,
    );
    expect(await marks(post)).toEqual(['views:128.6万']);
  });

  it('reads a bare count with its share after it under a label that names it, and not a share alone', async () => {
    const post = scan(
      '<div><div role="button" aria-label="506,123 ratings, 41% of ratings"><div>Five</div><div>506,123 (41%)</div></div>' +
        '<div aria-label="Turnout"><div>12,345 (41%)</div><div>(41%)</div></div></div>',
      bare,
    );
    expect(await marks(post)).toEqual(['scores:506,123 (41%)']);
  });

  it('reads a count whose noun is in the element beside it, as drawn', async () => {
    const post = scan('<div><div><strong><i>3.4M</i></strong><span>Weekly visitors</span></div><p>3 4 views</p></div>', bare);
    // "3 4 views" is no count line: a number is left over that no noun explains.
    expect(await marks(post)).toEqual(['followers:3.4M']);
  });

  it('never guesses a number in a composer (its character counter)', async () => {
    const post = scan('<form><textarea></textarea><span>280</span><button>Post</button></form>', bare);
    expect(await marks(post)).toEqual([]);
  });
});

describe('Engine: labels', () => {
  const settle = async () => {
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
  };

  it('scrubs a label whose rule needs content that arrives later (a page parsed in chunks)', async () => {
    const post = scan('<div><button aria-label="88"></button></div>');
    await settle();
    const button = post.querySelector('button')!;
    // Not declared yet (no icon), and a label that is just a number names no metric.
    expect(button.getAttribute('aria-label')).toBe('88');
    button.innerHTML = '<span class="icon"></span><strong>88</strong>';
    await settle();
    expect(button.getAttribute('aria-label')).toBe('');
  });

  it('still sees the page change a label right after a change of its own', async () => {
    const post = scan('<div><a aria-label="12 likes"><span>12</span></a></div>');
    await settle();
    const a = post.querySelector('a')!;
    expect(a.getAttribute('aria-label')).toBe('');
    a.setAttribute('aria-label', '13 likes');
    await settle();
    expect(a.getAttribute('aria-label')).toBe('');
    // The original kept is the page's latest: revealing restores "13 likes", not "12 likes".
    reveal(engine);
    expect(a.getAttribute('aria-label')).toBe('13 likes');
  });

  it('scrubs every label that names a metric, and a bare number only where a rule declares it', async () => {
    const scores = defineSite({ ...site, scrub: [{ selector: '.score[title]', attributes: ['title'] }] });
    const post = scan('<div><span class="score" title="1,262" aria-label="1,262 points">·</span><time title="2024">May</time><b title="77">x</b></div>', scores);
    await settle();
    const attrs = [...post.querySelectorAll('[title]')].map((e) => [e.getAttribute('title'), e.getAttribute('aria-label')]);
    // The rule names the score's title only; its aria-label names a metric, so it goes too.
    expect(attrs).toEqual([['', ''], ['2024', null], ['77', null]]);
    reveal(engine);
    expect(post.querySelector('.score')!.getAttribute('aria-label')).toBe('1,262 points');
    expect(post.querySelector('.score')!.getAttribute('title')).toBe('1,262');
  });

  it('restores labels when counts are shown, and scrubs them again when hidden', async () => {
    const post = scan('<div><div class="bar"><button aria-label="2378 Likes. Like"><span>2378</span></button></div><a title="1,262 followers">x</a></div>');
    await settle();
    const button = post.querySelector('button')!;
    const a = post.querySelector('a')!;
    expect([button.getAttribute('aria-label'), a.getAttribute('title')]).toEqual(['Like', '']);
    reveal(engine);
    expect([button.getAttribute('aria-label'), a.getAttribute('title')]).toEqual(['2378 Likes. Like', '1,262 followers']);
    // The page re-renders a label while counts are shown: hiding again scrubs the new one.
    button.setAttribute('aria-label', '2379 Likes. Liked');
    await settle();
    engine.apply({ shown: [], style: 'blur', customSelectors: [] });
    expect([button.getAttribute('aria-label'), a.getAttribute('title')]).toEqual(['Liked', '']);
  });
});
