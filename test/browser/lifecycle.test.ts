/**
 * The lifecycle an app or a page really takes, in Chromium, for every data widget: moved, copied,
 * its source changed while a request is in flight, removed while one is, retried; and the rules that
 * belong to the comments (landing from the address, Reply, string ids) and to announcements.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/comment-form/define.js';
import '../../src/components/comment-list/define.js';
import type { CommentListElement } from '../../src/components/comment-list/comment-list.js';
import '../../src/components/news-article/define.js';
import '../../src/components/news-list/define.js';
import type { NewsListElement, NewsListLoadDetail } from '../../src/components/news-list/news-list.js';
import '../../src/components/popular-news/define.js';
import type { NewsComment } from '../../src/data/model.js';
import { feed, hits, jsonLdScripts, newKey, parts, recordEvents, settled, shadow } from '../support/harness.js';
import { held, mockFeed, nextTask, release, renderedFrame, requestEnded, waitFor } from '../support/wait.js';

type DataWidget = HTMLElement & { src: string; retry(): Promise<void> };
const liveRegion = (el: Element): HTMLElement | null => shadow(el)?.querySelector<HTMLElement>('[role="status"].visually-hidden') ?? null;

const comment = (id: string, parent = '', extra: Partial<NewsComment> = {}): Partial<NewsComment> => ({
  id,
  parent,
  authorName: `Reader ${id}`,
  contentHtml: `<p>Comment ${id}.</p>`,
  date: '2026-11-02T10:00:00Z',
  url: `https://news.example/story/#comment-${id}`,
  status: 'approved',
  ...extra,
});

/** What the contract needs to know of each data widget: its source, its records as a property, and what it shows. */
interface Case {
  tag: 'news-article' | 'news-list' | 'popular-news' | 'comment-list';
  source: Record<string, string>;
  setLocal(el: HTMLElement): void;
  shows(el: Element): boolean;
  writesJsonLd: boolean;
}
const article = (id: string) => ({ id, title: `Story ${id}`, url: `https://news.example/${id}`, bodyHtml: `<p>Body of ${id}.</p>` });
const CASES: Case[] = [
  {
    tag: 'news-article',
    source: { fixture: 'wordpress-post' },
    setLocal: (el) => Object.assign(el, { article: article('a1') }),
    // The body itself, not the excerpt shown in its place.
    shows: (el) => (parts(el, 'body')[0]?.textContent ?? '').includes('Body of a1') || (parts(el, 'body')[0]?.textContent ?? '').includes('pigeon'),
    writesJsonLd: true,
  },
  {
    tag: 'news-list',
    source: { fixture: 'wordpress-posts-embed' },
    setLocal: (el) => Object.assign(el, { articles: [article('l1'), article('l2')] }),
    shows: (el) => parts(el, 'item').length > 0,
    writesJsonLd: false,
  },
  {
    tag: 'popular-news',
    source: { fixture: 'wordpress-posts-embed' },
    setLocal: (el) => Object.assign(el, { articles: [article('p1'), article('p2')] }),
    shows: (el) => parts(el, 'item').length > 0,
    writesJsonLd: false,
  },
  {
    tag: 'comment-list',
    source: { fixture: 'wordpress-comments', pages: '1' },
    setLocal: (el) => Object.assign(el, { comments: [comment('c1'), comment('c2', 'c1')] }),
    shows: (el) => parts(el, 'comment').length > 0,
    writesJsonLd: true,
  },
];

function mount(tag: string, src: string, parent: Element): DataWidget {
  const el = document.createElement(tag) as DataWidget;
  el.setAttribute('src', src);
  parent.append(el);
  return el;
}

describe('lifecycle of every data widget', () => {
  let page: HTMLDivElement;
  beforeEach(async () => {
    page = await fixture<HTMLDivElement>(html`<div><section id="one"></section><section id="two"></section></div>`);
  });

  for (const c of CASES) {
    describe(`<${c.tag}>`, () => {
      it('moved in the DOM, keeps what it shows and its JSON-LD, asks nothing again and fires nothing more', async () => {
        const key = newKey();
        const el = mount(c.tag, feed({ ...c.source, key }), page.querySelector('#one')!);
        await settled(el);
        expect(c.shows(el)).to.equal(true);
        expect(jsonLdScripts(el)).to.have.length(c.writesJsonLd ? 1 : 0);
        const seen = recordEvents(el);
        page.querySelector('#two')!.append(el);
        await renderedFrame();
        expect(c.shows(el)).to.equal(true);
        // Put back without any update of its own: the JSON-LD is there again at once.
        expect(jsonLdScripts(el)).to.have.length(c.writesJsonLd ? 1 : 0);
        expect(await hits(key)).to.equal(1);
        expect(seen).to.deep.equal([]);
      });

      it('copied (cloneNode, or its HTML), reads its own source and takes no generated JSON-LD for data', async () => {
        const key = newKey();
        const el = mount(c.tag, feed({ ...c.source, key }), page.querySelector('#one')!);
        await settled(el);
        if (c.writesJsonLd) expect(jsonLdScripts(el)[0]!.hasAttribute('data-news-generated')).to.equal(true);
        const clone = el.cloneNode(true) as DataWidget;
        page.querySelector('#two')!.append(clone);
        page.querySelector('#two')!.insertAdjacentHTML('beforeend', el.outerHTML);
        const copy = page.querySelector('#two')!.lastElementChild!;
        for (const other of [clone, copy]) {
          await settled(other);
          expect(c.shows(other), `a copy of <${c.tag}> shows what its source says`).to.equal(true);
          expect(jsonLdScripts(other)).to.have.length(c.writesJsonLd ? 1 : 0);
        }
      });

      it('when its src changes mid-request, shows and announces only the new source', async () => {
        const hold = newKey();
        const el = mount(c.tag, feed({ ...c.source, key: hold, hold }), page.querySelector('#one')!);
        await held(hold);
        const seen = recordEvents(el);
        const next = newKey();
        el.src = feed({ ...c.source, key: next });
        await settled(el);
        await release(hold);
        await requestEnded(mockFeed(hold), 'the first request never ended');
        await nextTask();
        expect(c.shows(el)).to.equal(true);
        expect(seen.map((event) => event.name)).to.deep.equal(['news-load']);
      });

      it('removed, fires nothing, even when its run ends after the removal; put back, it loads and says so', async () => {
        const el = document.createElement(c.tag);
        c.setLocal(el);
        const seen = recordEvents(el);
        page.append(el);
        // Gone before its first update: the run still starts and ends, with no widget on the page.
        el.remove();
        await settled(el);
        await nextTask();
        expect(seen).to.deep.equal([]);
        page.append(el);
        await waitFor(() => seen.length === 1, 'put back, it fires news-load');
        expect(seen[0]!.name).to.equal('news-load');
        expect(c.shows(el)).to.equal(true);
      });

      it('removed mid-request, fires nothing when the request ends', async () => {
        const hold = newKey();
        const el = mount(c.tag, feed({ ...c.source, key: hold, hold }), page);
        await held(hold);
        const seen = recordEvents(el);
        el.remove();
        await release(hold);
        await requestEnded(mockFeed(hold), 'the request never ended');
        await nextTask();
        expect(seen).to.deep.equal([]);
      });

      it('retry() asks the source again rather than reusing its recent answer', async () => {
        const key = newKey();
        const el = mount(c.tag, feed({ ...c.source, key }), page);
        await settled(el);
        const before = await hits(key);
        await el.retry();
        await settled(el);
        expect(await hits(key)).to.be.greaterThan(before);
        expect(c.shows(el)).to.equal(true);
      });

      it('draws its live region empty, then says it is loading (announced as a change)', async () => {
        const hold = newKey();
        const el = mount(c.tag, feed({ ...c.source, key: newKey(), hold }), page);
        await (el as DataWidget & { updateComplete: Promise<unknown> }).updateComplete;
        expect(liveRegion(el), 'the region is there from the first render').to.not.equal(null);
        expect(liveRegion(el)!.textContent).to.equal('');
        await waitFor(() => liveRegion(el)!.textContent === 'Loading…', 'the region says Loading…');
        await release(hold);
        await settled(el);
        await waitFor(() => liveRegion(el)!.textContent === '', 'loaded, the region is quiet again');
      });
    });
  }
});

describe('further pages', () => {
  it('a "load more" of the previous src is dropped when src changes: not in the new list, no news-load', async () => {
    const hold = newKey();
    const old = newKey();
    const el = await fixture<NewsListElement>(html`<news-list load-more="manual" src=${feed({ fixture: 'paged-posts', key: old, page: '1', pages: '2', hold })}></news-list>`);
    await held(hold);
    await release(hold);
    await settled(el);
    void el.showMore();
    await held(hold);
    const seen = recordEvents(el);
    const next = newKey();
    el.src = feed({ fixture: 'wordpress-posts-embed', key: next, hold: next });
    await held(next);
    // The old source's second page answers while the new source is still loading.
    await release(hold);
    await requestEnded(mockFeed(old, { page: '2' }), "the old source's second page never ended");
    await nextTask();
    await release(next);
    await settled(el);
    expect(seen.map((event) => event.name)).to.deep.equal(['news-load']);
    const titles = parts(el, 'title').map((title) => title.textContent!.trim());
    expect(titles.some((title) => title.startsWith('Page '))).to.equal(false);
    expect(titles).to.have.length(3);
  });

  it('<popular-news> ranks every page it loads, each appended in rank order', async () => {
    const story = (id: string, views: number) => ({ id, headline: `Story ${id}`, link: `/${id}`, views });
    const second = feed({ body: JSON.stringify({ results: [story('d', 10), story('e', 30), story('f', 20)] }) });
    const first = feed({ body: JSON.stringify({ results: [story('a', 5), story('b', 50), story('c', 7)], next: second }) });
    const mapping = JSON.stringify({ title: 'headline', url: 'link', metrics: { views: 'views' }, next: 'next' });
    const el = await fixture<NewsListElement>(
      html`<popular-news load-more="manual" limit="3" sort-by="views" items="results" mapping=${mapping} src=${first}></popular-news>`,
    );
    await settled(el);
    const loads: NewsListLoadDetail[] = [];
    el.addEventListener('news-load', (event) => loads.push((event as CustomEvent<NewsListLoadDetail>).detail));
    await el.showMore();
    await waitFor(() => parts(el, 'item').length === 6, 'the second page is shown');
    const titles = parts(el, 'title').map((title) => title.textContent!.trim());
    expect(titles).to.deep.equal(['Story b', 'Story c', 'Story a', 'Story e', 'Story f', 'Story d']);
    expect(loads[0]!.articles.map((a) => a.title)).to.deep.equal(['Story e', 'Story f', 'Story d']);
  });
});

describe('<comment-list> on a page', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('moved in the DOM, keeps loading more as the reader scrolls', async () => {
    const many = Array.from({ length: 12 }, (_, i) => comment(`m${i + 1}`));
    const page = await fixture<HTMLDivElement>(html`<div>
      <section id="one"><comment-list limit="2" load-more="auto" .comments=${many}></comment-list></section>
      <div style="height: 300vh"></div>
      <section id="two"></section>
    </div>`);
    const el = page.querySelector<CommentListElement>('comment-list')!;
    await settled(el);
    // Below a tall spacer, then scrolled to: only a watch started again on reconnection can see it.
    page.querySelector('#two')!.append(el);
    await renderedFrame();
    expect(parts(el, 'comment')).to.have.length(2);
    el.scrollIntoView();
    await waitFor(() => parts(el, 'comment').length > 2, 'more conversations show as the moved list comes into view');
    window.scrollTo(0, 0);
  });

  it('retry() on a WordPress comments endpoint asks the site again (its requests are not made at the src URL)', async () => {
    const key = newKey();
    const asked = (): number =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => {
        const url = new URL(entry.name);
        return url.pathname === '/wp-json/wp/v2/comments' && url.searchParams.get('key') === key;
      }).length;
    const el = await fixture<CommentListElement>(html`<comment-list src=${`/wp-json/wp/v2/comments?post=6&key=${key}`}></comment-list>`);
    await settled(el);
    const before = asked();
    expect(before).to.be.greaterThan(0);
    await el.retry();
    await settled(el);
    await waitFor(() => asked() > before, 'the retry asked the site again');
  });

  it('a malformed address fragment (#100%) neither throws nor stops news-load', async () => {
    history.replaceState(null, '', '#100%');
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent): void => void errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      const el = document.createElement('comment-list') as CommentListElement;
      el.comments = [comment('h1')];
      const loaded = new Promise((resolve) => el.addEventListener('news-load', resolve, { once: true }));
      document.body.append(el);
      await loaded;
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await nextTask();
      expect(errors).to.deep.equal([]);
      el.remove();
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('Reply finds the form for the post its comments are on, with no post-id, and passes a string id', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <comment-form post-id="6" action="/wp-json/wp/v2/comments"></comment-form>
      <comment-list .comments=${[comment('7f3c-a1', '', { postId: 5 })]}></comment-list>
      <comment-form post-id="5" action="/wp-json/wp/v2/comments"></comment-form>
    </div>`);
    const el = wrapper.querySelector('comment-list')!;
    const form = wrapper.querySelectorAll('comment-form')[1]!;
    await settled(el);
    parts(el, 'reply')[0]!.click();
    await waitFor(() => form.parentId === '7f3c-a1', 'the form for post 5 answers the comment');
    expect(wrapper.querySelectorAll('comment-form')[0]!.parentId).to.equal(0);
  });

  it('Reply on a page with one form needs no pairing; string ids and parents thread', async () => {
    const uuid = 'b6f1c2de-0a4e-4a7b-9c1d-2e3f4a5b6c7d';
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <comment-list .comments=${[comment(uuid), comment('-NzKx9', uuid)]}></comment-list>
      <comment-form action="/wp-json/wp/v2/comments"></comment-form>
    </div>`);
    const el = wrapper.querySelector('comment-list')!;
    const form = wrapper.querySelector('comment-form')!;
    await settled(el);
    const reply = shadow(el).querySelector(`[id="comment-${uuid}"] + [part~="replies"] [part~="comment"]`);
    expect(reply?.id, 'the reply sits under the comment it answers').to.equal('comment--NzKx9');
    parts(el, 'reply')[1]!.click();
    await waitFor(() => form.parentId === '-NzKx9', 'the only form answers the reply');
  });

  it('a changed referrer-policy reaches the images of comments already drawn', async () => {
    const el = await fixture<CommentListElement>(
      html`<comment-list referrer-policy="no-referrer" .comments=${[comment('r1', '', { contentHtml: '<p>See <img src="/mock/none.png" alt="a map"></p>' })]}></comment-list>`,
    );
    await settled(el);
    const image = (): HTMLImageElement => shadow(el).querySelector<HTMLImageElement>('[part~="content"] img')!;
    expect(image().referrerPolicy).to.equal('no-referrer');
    el.setAttribute('referrer-policy', 'origin');
    await waitFor(() => image().referrerPolicy === 'origin', 'the drawn image follows the new policy');
  });
});

describe('comment counts the source gives only as a lower bound', () => {
  it('are shown as "200+" in a list and in an article byline, exact counts as they are', async () => {
    const counted = { ...article('many'), commentCount: 200, commentCountIsMinimum: true };
    const exact = { ...article('few'), commentCount: 12 };
    const list = await fixture<NewsListElement>(html`<news-list .articles=${[counted, exact]}></news-list>`);
    await settled(list);
    expect(parts(list, 'comments').map((count) => count.textContent)).to.deep.equal(['200+ comments', '12 comments']);
    const story = await fixture<HTMLElement>(html`<news-article .article=${counted}></news-article>`);
    await settled(story);
    expect(parts(story, 'byline')[0]!.textContent).to.contain('200+ comments');
  });
});
