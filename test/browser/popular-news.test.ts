import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { NewsSelectDetail } from '../../src/components/news-list/news-list.js';
import '../../src/components/popular-news/define.js';
import type { PopularNewsElement } from '../../src/components/popular-news/popular-news.js';
import { feed, newKey, part, parts, settled, shadow, titles } from '../support/harness.js';
import { catchNavigations } from '../support/navigation.js';

const items = (el: HTMLElement): HTMLElement[] => parts(el, 'item');
const ranks = (el: HTMLElement): string[] => items(el).map((item) => item.querySelector('[part~="rank"][aria-hidden="true"]')!.textContent!);

/** The demo API's made-up shape, and the mapping that reads it (views included, to rank by). */
const CUSTOM_SRC = '/feeds/custom.json';
const CUSTOM_MAPPING = JSON.stringify({
  id: 'ref',
  title: 'headline.main',
  url: 'permalink',
  excerpt: 'teaser',
  published: 'ts',
  metrics: { views: 'stats.views' },
});
interface CustomStory {
  ref: string;
  headline: { main: string };
  stats: { views: number };
}
async function customStories(): Promise<CustomStory[]> {
  const json = (await (await fetch(CUSTOM_SRC)).json()) as { data: { stories: CustomStory[] } };
  return json.data.stories;
}

/** Records in any shape, read with `items` + a `mapping` whose `metrics` feed `sort-by`. */
const RANKED = {
  results: [
    { id: 'a', headline: 'Quiet story', link: '/a', stats: { views: 120, shares: 9 } },
    { id: 'b', headline: 'Busiest story', link: '/b', stats: { views: 9400, shares: 2 } },
    { id: 'c', headline: 'No figures for this one', link: '/c' },
    { id: 'd', headline: 'Middling story', link: '/d', stats: { views: 2300, shares: 40 } },
  ],
};
const RANKED_MAPPING = { title: 'headline', url: 'link', metrics: { views: 'stats.views', shares: 'stats.shares' } };

describe('<popular-news>', () => {
  let navigation: ReturnType<typeof catchNavigations>;
  beforeEach(() => {
    navigation = catchNavigations();
  });
  afterEach(() => navigation.stop());

  describe('states', () => {
    it('is accessible while loading, reserving a row per story', async () => {
      // Held by the test server: loading for as long as the checks take.
      const key = newKey();
      const el = await fixture<PopularNewsElement>(
        html`<popular-news limit="3" src=${feed({ fixture: 'wordpress-posts-embed', key, hold: key })}></popular-news>`,
      );
      expect(part(el, 'skeleton')!.querySelectorAll('li')).to.have.length(3);
      expect(part(el, 'heading')!.textContent).to.equal('Popular News');
      await expect(el).to.be.accessible();
    });

    it('is accessible when loaded: a numbered list named by its heading', async () => {
      const el = await fixture<PopularNewsElement>(html`<popular-news src=${feed({ fixture: 'wordpress-posts-embed', key: newKey() })}></popular-news>`);
      await settled(el);
      const list = part(el, 'list')!;
      expect(list.localName).to.equal('ol');
      expect(list.getAttribute('aria-labelledby')).to.equal(part(el, 'heading')!.id);
      await expect(el).to.be.accessible();
    });

    it('is accessible in dark mode', async () => {
      const el = await fixture<PopularNewsElement>(html`<popular-news theme="dark" src=${feed({ fixture: 'ghost-posts', key: newKey() })}></popular-news>`);
      await settled(el);
      expect(getComputedStyle(part(el, 'rank')!).color).to.equal('rgb(138, 180, 248)');
      await expect(el).to.be.accessible();
    });

    it('is accessible with an error, and retries', async () => {
      const el = await fixture<PopularNewsElement>(html`<popular-news src=${feed({ fixture: 'ghost-posts', key: newKey(), status: '500' })}></popular-news>`);
      await settled(el);
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(part(el, 'heading')!.textContent, 'the box keeps its heading').to.equal('Popular News');
      await expect(el).to.be.accessible();
      const failed = oneEvent(el, 'news-error');
      part<HTMLButtonElement>(el, 'retry')!.click();
      await failed;
    });

    it('is accessible when empty', async () => {
      const el = await fixture<PopularNewsElement>(html`<popular-news .articles=${[]}></popular-news>`);
      await settled(el);
      expect(part(el, 'empty')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('ranking', () => {
    it('numbers five stories by default, in the source order', async () => {
      const el = await fixture<PopularNewsElement>(html`<popular-news items="data.stories" mapping=${CUSTOM_MAPPING} src=${CUSTOM_SRC}></popular-news>`);
      await settled(el);
      const stories = await customStories();
      expect(stories.length).to.be.greaterThan(5);
      expect(titles(el)).to.deep.equal(stories.slice(0, 5).map((story) => story.headline.main));
      expect(ranks(el)).to.deep.equal(['1', '2', '3', '4', '5']);
      // The ordered list already numbers its items for a screen reader: the numeral is for the eye only.
      expect(shadow(el).querySelector('ol[part~="list"]')).to.not.equal(null);
      expect(items(el)[0]!.querySelector('[part~="rank"]')!.textContent).to.not.contain('Number');
    });

    it('shows three with limit="3", as the reference page does', async () => {
      const el = await fixture<PopularNewsElement>(html`<popular-news limit="3" items="data.stories" mapping=${CUSTOM_MAPPING} src=${CUSTOM_SRC}></popular-news>`);
      await settled(el);
      expect(ranks(el)).to.deep.equal(['1', '2', '3']);
    });

    it('ranks by views, most read first, from the mapping metrics', async () => {
      const el = await fixture<PopularNewsElement>(
        html`<popular-news limit="3" sort-by="views" items="data.stories" mapping=${CUSTOM_MAPPING} src=${CUSTOM_SRC}></popular-news>`,
      );
      await settled(el);
      const mostRead = [...(await customStories())].sort((a, b) => b.stats.views - a.stats.views).slice(0, 3);
      expect(titles(el)).to.deep.equal(mostRead.map((story) => story.headline.main));
      expect(ranks(el)).to.deep.equal(['1', '2', '3']);
    });

    it('ranks either way, and puts stories without the figure last', async () => {
      const el = await fixture<PopularNewsElement>(html`<popular-news items="results" .mapping=${RANKED_MAPPING} .data=${RANKED} sort-by="views"></popular-news>`);
      await settled(el);
      expect(titles(el)).to.deep.equal(['Busiest story', 'Middling story', 'Quiet story', 'No figures for this one']);
      el.sortOrder = 'asc';
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Quiet story', 'Middling story', 'Busiest story', 'No figures for this one']);
      el.sortOrder = 'desc';
      el.sortBy = 'shares';
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Middling story', 'Quiet story', 'Busiest story', 'No figures for this one']);
      expect(ranks(el)).to.deep.equal(['1', '2', '3', '4']);
    });

    it('keeps each story in its own DOM node when the ranking changes (keyed by id)', async () => {
      const el = await fixture<PopularNewsElement>(html`<popular-news items="results" .mapping=${RANKED_MAPPING} .data=${RANKED} sort-by="views"></popular-news>`);
      await settled(el);
      const busiest = items(el)[0]!;
      expect(busiest.textContent).to.contain('Busiest story');
      el.sortOrder = 'asc';
      await el.updateComplete;
      expect(items(el)[2], 'the same node, now third').to.equal(busiest);
      expect(ranks(el)[2]).to.equal('3');
    });

    it('ranks WordPress posts by comment count', async () => {
      const el = await fixture<PopularNewsElement>(
        html`<popular-news sort-by="commentCount" src=${feed({ fixture: 'wordpress-posts-embed', key: newKey() })}></popular-news>`,
      );
      await settled(el);
      // 4812 has three comments, 4798 none, and 4807 does not say.
      expect(items(el).map((item) => item.querySelector('a')!.href.split('/').at(-2))).to.deep.equal([
        'harbours-new-ferry-what-changes',
        'rovers-edge-millbrook-cup-replay',
        'sixth-formers-spot-comet',
      ]);
    });
  });

  describe('looks and words', () => {
    it('cuts teasers shorter than the list does', async () => {
      const el = await fixture<PopularNewsElement>(html`<popular-news src=${feed({ fixture: 'paged-posts', key: newKey(), page: '1' })}></popular-news>`);
      await settled(el);
      const teaser = part(el, 'excerpt')!.textContent!;
      expect(teaser.length).to.be.at.most(80);
      expect(teaser).to.equal('From next month the N4 night bus will run again between Kelsby and Aldmouth\u2026');
    });

    it('takes its heading from the attribute, or none when it is empty', async () => {
      const el = await fixture<PopularNewsElement>(html`<popular-news heading="Most Popular" .articles=${[]}></popular-news>`);
      await settled(el);
      expect(part(el, 'heading')!.textContent).to.equal('Most Popular');
      el.heading = '';
      await el.updateComplete;
      expect(part(el, 'heading')).to.equal(null);
    });

    it('speaks French, and Arabic right to left with its own digits', async () => {
      const fr = await fixture<PopularNewsElement>(html`<popular-news lang="fr" src=${feed({ fixture: 'ghost-posts', key: newKey() })}></popular-news>`);
      await settled(fr);
      expect(part(fr, 'heading')!.textContent).to.equal('Les plus lus');
      expect(ranks(fr)[0]).to.equal('1');

      const ar = await fixture<PopularNewsElement>(html`<popular-news lang="ar" src=${feed({ fixture: 'ghost-posts', key: newKey() })}></popular-news>`);
      await settled(ar);
      expect(part(ar, 'heading')!.textContent).to.equal('الأكثر قراءة');
      expect(getComputedStyle(shadow(ar).querySelector('.root')!).direction).to.equal('rtl');
      expect(ranks(ar)[0]).to.equal(new Intl.NumberFormat('ar').format(1));
      await expect(ar).to.be.accessible();
    });

    it('offers no "load more" by default, even when the source has more pages', async () => {
      const el = await fixture<PopularNewsElement>(
        html`<popular-news src=${feed({ fixture: 'paged-posts', key: newKey(), page: '1', pages: '3' })}></popular-news>`,
      );
      await settled(el);
      expect(part(el, 'load-more')).to.equal(null);
      expect(part(el, 'status')).to.equal(null);
    });

    it('fires a cancelable news-select like the list', async () => {
      const el = await fixture<PopularNewsElement>(html`<popular-news src=${feed({ fixture: 'ghost-posts', key: newKey() })}></popular-news>`);
      await settled(el);
      el.addEventListener('news-select', (event) => event.preventDefault(), { once: true });
      const selected = oneEvent(el, 'news-select');
      items(el)[0]!.querySelector('a')!.click();
      const { detail } = (await selected) as CustomEvent<NewsSelectDetail>;
      expect(detail.article.title).to.equal('Tidal lagoon trial finds more seagrass than expected');
      expect(navigation.urls).to.deep.equal([]);
    });
  });

  describe('ranked by comments on a stock WordPress', () => {
    /** A WordPress whose posts have more comments than the 10 it embeds: only the comments endpoint knows. */
    const API = 'https://popular.example/wp-json/wp/v2';
    const COUNTS: Record<number, number> = { 1: 11, 2: 23, 3: 12, 4: 2 };
    let requests: string[] = [];
    let realFetch: typeof fetch;
    beforeEach(() => {
      requests = [];
      realFetch = window.fetch;
      window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
        const url = new URL(input instanceof Request ? input.url : String(input));
        if (url.origin !== 'https://popular.example') return realFetch(input, init);
        requests.push(url.pathname + url.search);
        const comments = Object.entries(COUNTS).flatMap(([post, n]) => Array.from({ length: n }, (_, i) => ({ id: Number(post) * 100 + i, post: Number(post) })));
        const headers = { 'Content-Type': 'application/json', 'X-WP-Total': '', 'X-WP-TotalPages': '1' };
        if (url.pathname.endsWith('/comments')) {
          const wanted = url.searchParams.get('post')!.split(',').map(Number);
          const found = comments.filter((c) => wanted.includes(c.post));
          return new Response(JSON.stringify(found.slice(0, 100)), { headers: { ...headers, 'X-WP-Total': String(found.length) } });
        }
        const posts = Object.keys(COUNTS).map((id) => ({
          id: Number(id),
          link: `https://popular.example/${id}/`,
          title: { rendered: `Story ${id}` },
          content: { rendered: '' },
          excerpt: { rendered: '' },
          _links: { replies: [{ href: `${API}/comments?post=${id}` }] },
          _embedded: { replies: [comments.filter((c) => c.post === Number(id)).slice(0, 10)] },
        }));
        return new Response(JSON.stringify(posts), { headers: { ...headers, 'X-WP-Total': String(posts.length) } });
      };
    });
    afterEach(() => {
      window.fetch = realFetch;
    });

    it('ranks by the real counts, beyond the 10 comments WordPress embeds, in at most three requests', async () => {
      const el = await fixture<PopularNewsElement>(html`<popular-news src=${`${API}/posts?_embed&per_page=20`} sort-by="commentCount" limit="3"></popular-news>`);
      await settled(el);
      expect(titles(el)).to.deep.equal(['Story 2', 'Story 3', 'Story 1']);
      expect(requests.length).to.be.at.most(3);
      expect(requests.filter((r) => r.includes('/comments')), 'one request counts the comments of every story').to.have.length(1);
    });

    it('asks nothing more when it neither ranks by comments nor shows their counts', async () => {
      const el = await fixture<PopularNewsElement>(html`<popular-news src=${`${API}/posts?_embed&per_page=20&key=plain`} limit="3" no-comment-count></popular-news>`);
      await settled(el);
      expect(titles(el)).to.deep.equal(['Story 1', 'Story 2', 'Story 3']);
      expect(requests).to.have.length(1);
    });
  });
});

