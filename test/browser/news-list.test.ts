import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { NewsErrorDetail } from '../../src/components/base/news-element.js';
import '../../src/components/news-list/define.js';
import type { NewsListElement, NewsListLoadDetail, NewsSelectDetail } from '../../src/components/news-list/news-list.js';
import type { NewsArticle } from '../../src/data/model.js';
import { failRequests, feed, hits, newKey, part, parts, settled, shadow, titles } from '../support/harness.js';
import { catchNavigations } from '../support/navigation.js';
import { held, mockFeed, nearViewport, nextTask, release, requestEnded, waitFor } from '../support/wait.js';

const items = (el: HTMLElement): HTMLElement[] => parts(el, 'item');
const link = (item: HTMLElement): HTMLAnchorElement => item.querySelector<HTMLAnchorElement>('a[part~="title"]')!;

/** The margins the list watches the viewport with (src/components/news-list/news-list.ts, base/news-element.ts). */
const SCROLL_MARGIN = '0px 0px 400px 0px';
const LAZY_MARGIN = '300px';

function article(id: string, overrides: Partial<NewsArticle> = {}): NewsArticle {
  return {
    id,
    url: `https://news.example/${id}`,
    title: `Story ${id}`,
    excerpt: `What happened in story ${id}.`,
    bodyHtml: `<p>Body of ${id}</p>`,
    authors: [],
    categories: [],
    tags: [],
    metrics: {},
    ...overrides,
  };
}

describe('<news-list>', () => {
  /** Links the page would have followed: anything a widget did not prevent is caught here, last, and stopped. */
  let navigation: ReturnType<typeof catchNavigations>;
  let restoreFetch: (() => void) | undefined;

  beforeEach(() => {
    navigation = catchNavigations();
  });
  afterEach(() => {
    navigation.stop();
    restoreFetch?.();
    restoreFetch = undefined;
  });

  describe('states', () => {
    it('is accessible while loading, showing a skeleton the size of the limit', async () => {
      // Held by the test server: loading for as long as the checks take.
      const key = newKey();
      const el = await fixture<NewsListElement>(
        html`<news-list heading="Read Now" limit="4" src=${feed({ fixture: 'wordpress-posts-embed', key, hold: key })}></news-list>`,
      );
      const skeleton = part(el, 'skeleton')!;
      expect(skeleton.getAttribute('aria-hidden')).to.equal('true');
      expect(skeleton.querySelectorAll('li').length).to.equal(4);
      expect(shadow(el).querySelector('.root')!.getAttribute('aria-busy')).to.equal('true');
      // The live region is drawn empty, then says it: screen readers announce a change, not an inserted region.
      await waitFor(() => shadow(el).querySelector('[role="status"]')!.textContent === 'Loading…', 'the live region says Loading…');
      expect(part(el, 'heading')!.textContent).to.equal('Read Now');
      await expect(el).to.be.accessible();
    });

    it('reserves six rows by default while loading', async () => {
      const key = newKey();
      const el = await fixture<NewsListElement>(html`<news-list src=${feed({ fixture: 'ghost-posts', key, hold: key })}></news-list>`);
      expect(part(el, 'skeleton')!.querySelectorAll('li').length).to.equal(6);
    });

    it('is accessible when loaded, the list named by its heading', async () => {
      const el = await fixture<NewsListElement>(
        html`<news-list heading="Read Now" thumbnails src=${feed({ fixture: 'wordpress-posts-embed', key: newKey() })}></news-list>`,
      );
      await settled(el);
      const list = part(el, 'list')!;
      expect(list.localName).to.equal('ul');
      expect(list.getAttribute('aria-labelledby')).to.equal(part(el, 'heading')!.id);
      expect(part(el, 'heading')!.localName).to.equal('h2');
      await expect(el).to.be.accessible();
    });

    it('is accessible in dark mode, on its own dark surface', async () => {
      const el = await fixture<NewsListElement>(html`<news-list theme="dark" src=${feed({ fixture: 'ghost-posts', key: newKey() })}></news-list>`);
      await settled(el);
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 23, 27)');
      expect(getComputedStyle(el).color).to.equal('rgb(230, 230, 234)');
      await expect(el).to.be.accessible();
    });

    it('shows an accessible error with a retry that loads the list', async () => {
      const key = newKey();
      const src = feed({ fixture: 'wordpress-posts-embed', key });
      restoreFetch = failRequests((url) => url.includes(key));
      const el = document.createElement('news-list');
      const failed = oneEvent(el, 'news-error');
      el.src = src;
      const parent = await fixture<HTMLDivElement>(html`<div></div>`);
      parent.append(el);
      const { detail } = (await failed) as CustomEvent<NewsErrorDetail>;
      expect(detail.error.code).to.equal('network');
      await el.updateComplete;
      const error = part(el, 'error')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('could not be loaded');
      await expect(el).to.be.accessible();

      const loaded = oneEvent(el, 'news-load');
      part<HTMLButtonElement>(el, 'retry')!.click();
      await loaded;
      await el.updateComplete;
      expect(items(el)).to.have.length(3);
      expect(part(el, 'error')).to.equal(null);
    });

    it('says what the server said when it answers with an error status', async () => {
      const el = await fixture<NewsListElement>(html`<news-list src=${feed({ fixture: 'ghost-posts', key: newKey(), status: '503' })}></news-list>`);
      await settled(el);
      expect(part(el, 'error')!.textContent).to.contain('(503)');
    });

    it('shows an accessible empty state', async () => {
      const el = await fixture<NewsListElement>(html`<news-list heading="Read Now" .articles=${[]}></news-list>`);
      await settled(el);
      expect(part(el, 'empty')!.textContent!.trim()).to.equal('No stories to show yet.');
      expect(part(el, 'heading')!.textContent).to.equal('Read Now');
      await expect(el).to.be.accessible();
    });
  });

  describe('formats', () => {
    it('renders a WordPress list with _embed: titles, links, teasers, dates, categories and authors', async () => {
      const el = await fixture<NewsListElement>(html`<news-list src=${feed({ fixture: 'wordpress-posts-embed', key: newKey() })}></news-list>`);
      await settled(el);
      expect(titles(el)).to.deep.equal([
        'Harbour\u2019s new ferry \u2013 what changes',
        'Sixth-formers spot a \u201cnew\u201d comet from the school roof',
        'Rovers edge Millbrook 2\u20131 in cup replay',
      ]);
      const [first] = items(el);
      expect(link(first!).href).to.equal('https://kelsby-courier.example/2026/03/02/harbours-new-ferry-what-changes/');
      expect(first!.querySelector('[part~="excerpt"]')!.textContent).to.contain('The battery ferry Marram takes over');
      const time = first!.querySelector('time[part~="date"]')!;
      expect(time.getAttribute('datetime')).to.equal('2026-03-02T08:15:00.000Z');
      expect(time.textContent).to.equal(new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date('2026-03-02T08:15:00Z')));
      expect(first!.querySelector('[part~="category"]')!.textContent).to.not.equal('');
      expect(first!.querySelector('[part~="author"]')!.textContent).to.equal('Morwenna Tull');
      expect(first!.querySelector('img'), 'no thumbnails unless asked for in the list layout').to.equal(null);
    });

    it('renders a JSON Feed 1.1, titling an untitled note from its text', async () => {
      const el = await fixture<NewsListElement>(html`<news-list src=${feed({ fixture: 'json-feed-1.1', key: newKey() })}></news-list>`);
      await settled(el);
      const shown = titles(el);
      expect(shown).to.have.length(4);
      expect(shown[0]).to.equal('Council backs \u2018once in a generation\u2019 harbour wall repair');
      expect(shown[1]).to.equal('Aldermoor rowers take three golds at the spring regatta');
      expect(shown[2]).to.match(/^The Kestrel Bay ferry is running/);
      expect(shown[3]).to.equal('Volunteers count record dragonfly numbers at Mere Pond');
      expect(items(el)[1]!.querySelector('[part~="author"]')!.textContent).to.equal('Priya Nandakumar');
    });

    it('renders Ghost posts', async () => {
      const el = await fixture<NewsListElement>(html`<news-list src=${feed({ fixture: 'ghost-posts', key: newKey() })}></news-list>`);
      await settled(el);
      expect(titles(el)).to.deep.equal([
        'Tidal lagoon trial finds more seagrass than expected',
        'Wenlow Wheelers take the county hill-climb title',
        'Parish council to publish minutes online',
      ]);
      expect(link(items(el)[0]!).href).to.equal('https://wenlow-tides.example/tidal-lagoon-seagrass/');
    });

    it('renders NewsAPI articles', async () => {
      const el = await fixture<NewsListElement>(html`<news-list src=${feed({ fixture: 'newsapi', key: newKey() })}></news-list>`);
      await settled(el);
      expect(items(el)).to.have.length(4);
      expect(titles(el)[1]).to.equal('Soil study finds earthworms returning to former quarry');
    });

    it('renders any JSON described by items and a mapping attribute', async () => {
      const mapping = JSON.stringify({
        id: 'ref',
        title: 'headline.main',
        url: 'permalink',
        excerpt: 'teaser',
        published: 'ts',
        categories: 'section',
        author: 'byline.display',
        image: 'media.0',
        metrics: { views: 'stats.views' },
      });
      const el = await fixture<NewsListElement>(html`<news-list items="data.stories" mapping=${mapping} limit="4" src="/feeds/custom.json"></news-list>`);
      await settled(el);
      const source = (await (await fetch('/feeds/custom.json')).json()) as { data: { stories: { headline: { main: string }; permalink: string }[] } };
      const expected = source.data.stories.slice(0, 4);
      expect(titles(el)).to.deep.equal(expected.map((story) => story.headline.main));
      expect(items(el).map((item) => link(item).href)).to.deep.equal(expected.map((story) => story.permalink));
      expect(items(el)[0]!.querySelector('time')).to.not.equal(null);
    });

    it('reads JSON written inside the element, with no request', async () => {
      const el = await fixture<NewsListElement>(html`<news-list>
        <script type="application/json">
          [{ "id": 1, "title": "Inline story", "url": "/inline", "summary": "Written into the page." }]
        </script>
      </news-list>`);
      await settled(el);
      expect(titles(el)).to.deep.equal(['Inline story']);
      expect(items(el)[0]!.querySelector('[part~="excerpt"]')!.textContent).to.equal('Written into the page.');
    });

    it('shows normalized articles given as a property, and follows changes to it', async () => {
      const el = await fixture<NewsListElement>(html`<news-list .articles=${[article('a'), article('b')]}></news-list>`);
      await settled(el);
      expect(titles(el)).to.deep.equal(['Story a', 'Story b']);
      el.articles = [article('c')];
      await waitFor(() => titles(el).join() === 'Story c', 'the list follows the new articles');
    });

    it('fires news-load with the page and the stories shown', async () => {
      const el = document.createElement('news-list');
      el.limit = 2;
      el.src = feed({ fixture: 'wordpress-posts-embed', key: newKey() });
      const loaded = oneEvent(el, 'news-load');
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      const { detail } = (await loaded) as CustomEvent<NewsListLoadDetail>;
      expect(detail.page.articles).to.have.length(3);
      expect(detail.articles.map((a) => a.id)).to.deep.equal(['4812', '4807']);
    });
  });

  describe('teasers and layouts', () => {
    const paged = (): string => feed({ fixture: 'paged-posts', key: newKey(), page: '1' });

    it('cuts teasers at a word, within the length, with an ellipsis', async () => {
      const el = await fixture<NewsListElement>(html`<news-list src=${paged()}></news-list>`);
      await settled(el);
      const [long, short] = items(el).map((item) => item.querySelector('[part~="excerpt"]')!.textContent!);
      const full =
        'From next month the N4 night bus will run again between Kelsby and Aldmouth every hour after midnight on Fridays and Saturdays, after a two-year gap that left late shift workers with taxis as the only way home.';
      expect(long!.length).to.be.at.most(160);
      expect(long!.endsWith('\u2026')).to.equal(true);
      const kept = long!.slice(0, -1);
      expect(full.startsWith(kept)).to.equal(true);
      expect(full.charAt(kept.length), 'the cut falls between words').to.equal(' ');
      expect(short).to.equal('The town library will open from ten until four on Sundays, with a homework club in the reading room.');
    });

    it('follows excerpt-length, and hides teasers at 0', async () => {
      const el = await fixture<NewsListElement>(html`<news-list excerpt-length="40" src=${paged()}></news-list>`);
      await settled(el);
      expect(items(el)[0]!.querySelector('[part~="excerpt"]')!.textContent).to.equal('From next month the N4 night bus will\u2026');
      el.excerptLength = 0;
      await el.updateComplete;
      expect(shadow(el).querySelector('[part~="excerpt"]')).to.equal(null);
    });

    it('shows lazy, sized, responsive thumbnails when asked', async () => {
      const el = await fixture<NewsListElement>(html`<news-list thumbnails src=${paged()}></news-list>`);
      await settled(el);
      const img = part<HTMLImageElement>(el, 'image')!;
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('width')).to.equal('1200');
      expect(img.getAttribute('height')).to.equal('800');
      expect(img.getAttribute('srcset')).to.contain('night-bus-300x200.jpg 300w');
      expect(img.getAttribute('sizes')).to.be.a('string').and.not.equal('');
      expect(img.alt, 'decorative: the title beside it names the story').to.equal('');
    });

    it('lays out a grid of cards, with thumbnails by default', async () => {
      const el = await fixture<NewsListElement>(html`<div style="width: 60rem">
        <news-list layout="grid" src=${paged()}></news-list>
      </div>`);
      const list = el.querySelector('news-list')!;
      await settled(list);
      expect(part(list, 'image')).to.not.equal(null);
      const columns = getComputedStyle(part(list, 'list')!).gridTemplateColumns.split(' ');
      expect(columns.length, 'several cards side by side in a wide column').to.be.greaterThan(1);
      await expect(list).to.be.accessible();
    });

    it('keeps one column at 320px wide', async () => {
      const el = await fixture<HTMLDivElement>(html`<div style="width: 320px">
        <news-list layout="grid" src=${paged()}></news-list>
      </div>`);
      const list = el.querySelector('news-list')!;
      await settled(list);
      expect(getComputedStyle(part(list, 'list')!).gridTemplateColumns.split(' ')).to.have.length(1);
      expect(list.scrollWidth).to.be.at.most(320);
    });

    it('shows only titles and dates in the compact layout', async () => {
      const el = await fixture<NewsListElement>(html`<news-list layout="compact" thumbnails src=${paged()}></news-list>`);
      await settled(el);
      expect(items(el)).to.have.length(3);
      expect(shadow(el).querySelector('[part~="excerpt"], [part~="image"], [part~="author"], [part~="category"]')).to.equal(null);
      expect(part(el, 'date')).to.not.equal(null);
    });

    it('renders the heading at the level asked for', async () => {
      const el = await fixture<NewsListElement>(html`<news-list heading="Read Now" heading-level="4" .articles=${[article('a')]}></news-list>`);
      await settled(el);
      expect(part(el, 'heading')!.localName).to.equal('h4');
    });

    it('speaks French and Arabic, and lays out right to left in Arabic', async () => {
      const fr = await fixture<NewsListElement>(
        html`<news-list lang="fr" load-more="manual" src=${feed({ fixture: 'paged-posts', key: newKey(), page: '1', pages: '2' })}></news-list>`,
      );
      await settled(fr);
      expect(part(fr, 'load-more')!.textContent!.trim()).to.equal('Plus d\u2019articles');
      expect(part(fr, 'date')!.textContent).to.equal(new Intl.DateTimeFormat('fr', { dateStyle: 'medium' }).format(new Date('2026-03-01T18:00:00Z')));

      const ar = await fixture<NewsListElement>(
        html`<news-list lang="ar" load-more="manual" src=${feed({ fixture: 'paged-posts', key: newKey(), page: '1', pages: '2' })}></news-list>`,
      );
      await settled(ar);
      const root = shadow(ar).querySelector<HTMLElement>('.root')!;
      expect(root.dir).to.equal('rtl');
      expect(getComputedStyle(root).direction).to.equal('rtl');
      expect(part(ar, 'load-more')!.textContent!.trim()).to.equal('تحميل المزيد من الأخبار');
      await expect(ar).to.be.accessible();
    });
  });

  describe('loading more', () => {
    it('loads the next page with the button, keeps the stories already shown, then moves focus to the first new one', async () => {
      const key = newKey();
      const el = await fixture<NewsListElement>(
        html`<news-list load-more="manual" src=${feed({ fixture: 'paged-posts', key, page: '1', pages: '3' })}></news-list>`,
      );
      await settled(el);
      expect(titles(el)).to.have.length(3);
      const firstItem = items(el)[0]!;
      const firstLink = link(firstItem);
      await expect(el).to.be.accessible();

      const loaded = oneEvent(el, 'news-load');
      part<HTMLButtonElement>(el, 'load-more')!.click();
      const { detail } = (await loaded) as CustomEvent<NewsListLoadDetail>;
      expect(detail.articles.map((a) => a.id)).to.deep.equal(['p2-1', 'p2-2', 'p2-3']);
      await el.updateComplete;
      await el.updateComplete;

      expect(titles(el)).to.have.length(6);
      expect(titles(el)[3]).to.equal('Page 2: night buses return to the coast road');
      expect(items(el)[0], 'the first story is the same DOM node, not re-rendered').to.equal(firstItem);
      expect(link(items(el)[0]!)).to.equal(firstLink);
      await waitFor(() => shadow(el).activeElement === link(items(el)[3]!), 'focus moves to the first new story');
      expect(shadow(el).querySelector('.visually-hidden[role="status"]')!.textContent).to.equal('3 more stories loaded');
      expect(await hits(key)).to.equal(2);
      await expect(el).to.be.accessible();
    });

    it('a list without load-more draws no paging; showMore() still shows the next page, and load-more set later brings the button', async () => {
      const el = await fixture<NewsListElement>(html`<news-list src=${feed({ fixture: 'paged-posts', key: newKey(), page: '1', pages: '3' })}></news-list>`);
      await settled(el);
      expect(titles(el)).to.have.length(3);
      expect(shadow(el).querySelector('.footer')).to.equal(null);
      await el.showMore();
      await waitFor(() => titles(el).length === 6, 'showMore() shows the second page');
      expect(part(el, 'load-more')).to.equal(null);
      expect(part(el, 'status')).to.equal(null);
      el.loadMore = 'manual';
      await waitFor(() => part(el, 'load-more') !== null, 'the button appears once load-more asks for it');
      part<HTMLButtonElement>(el, 'load-more')!.click();
      await waitFor(() => titles(el).length === 9, 'the button shows the third page');
    });

    it('says it is loading while a page is on its way, keeping the button focused', async () => {
      const key = newKey();
      const el = await fixture<NewsListElement>(
        html`<news-list load-more="manual" src=${feed({ fixture: 'paged-posts', key, page: '1', pages: '2', delay: '400' })}></news-list>`,
      );
      await settled(el);
      const button = part<HTMLButtonElement>(el, 'load-more')!;
      button.focus();
      button.click();
      await el.updateComplete;
      expect(button.textContent!.trim()).to.equal('Loading more stories\u2026');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(shadow(el).activeElement).to.equal(button);
      button.click();
      await waitFor(() => items(el).length === 6, 'the second page arrives');
      await el.updateComplete;
      // A click starts its request at once (the handler reaches `fetch` before any `await`), so a request
      // from the second click went out before the second page's answer came back.
      expect(await hits(key), 'a second click while loading asks for nothing more').to.equal(2);
      expect(items(el), 'a second click while loading asks for nothing more').to.have.length(6);
    });

    it('ends at the last page: the end message, and no button', async () => {
      const el = await fixture<NewsListElement>(
        html`<news-list load-more="manual" src=${feed({ fixture: 'paged-posts', key: newKey(), page: '1', pages: '2' })}></news-list>`,
      );
      await settled(el);
      part<HTMLButtonElement>(el, 'load-more')!.click();
      await waitFor(() => items(el).length === 6, 'the last page arrives');
      await el.updateComplete;
      expect(part(el, 'load-more')).to.equal(null);
      expect(part(el, 'status')!.textContent).to.equal('You have reached the end.');
      expect(shadow(el).querySelector('.visually-hidden[role="status"]')!.textContent).to.equal('3 more stories loaded You have reached the end.');
      await expect(el).to.be.accessible();
    });

    it('does not show a story twice when a page repeats it', async () => {
      const key = newKey();
      // The plain fixture sends the same three posts for every page number.
      const el = await fixture<NewsListElement>(
        html`<news-list load-more="manual" src=${feed({ fixture: 'wordpress-posts-embed', key, pages: '3' })}></news-list>`,
      );
      await settled(el);
      part<HTMLButtonElement>(el, 'load-more')!.click();
      await waitFor(() => part(el, 'status')?.textContent === 'You have reached the end.', 'the repeated pages are read to the end');
      expect(items(el).map((item) => link(item).href)).to.have.length(3);
      expect(new Set(titles(el)).size).to.equal(3);
      expect(await hits(key)).to.equal(3);
    });

    it('shows `limit` stories at a time, from the page in hand before asking for the next', async () => {
      const key = newKey();
      const el = await fixture<NewsListElement>(
        html`<news-list limit="2" load-more="manual" src=${feed({ fixture: 'paged-posts', key, page: '1', pages: '2' })}></news-list>`,
      );
      await settled(el);
      expect(titles(el)).to.have.length(2);
      part<HTMLButtonElement>(el, 'load-more')!.click();
      await el.updateComplete;
      expect(titles(el)).to.have.length(3);
      expect(await hits(key), 'the third story was already loaded').to.equal(1);
      part<HTMLButtonElement>(el, 'load-more')!.click();
      await waitFor(() => titles(el).length === 5, 'the next page arrives');
      expect(await hits(key)).to.equal(2);
    });

    it('keeps the stories and offers a retry when a further page fails', async () => {
      const el = await fixture<NewsListElement>(
        html`<news-list load-more="manual" src=${feed({ fixture: 'paged-posts', key: newKey(), page: '1', pages: '2' })}></news-list>`,
      );
      await settled(el);
      restoreFetch = failRequests((url) => url.includes('page=2'));
      const failed = oneEvent(el, 'news-error');
      part<HTMLButtonElement>(el, 'load-more')!.click();
      const { detail } = (await failed) as CustomEvent<NewsErrorDetail>;
      expect(detail.error.code).to.equal('network');
      await el.updateComplete;
      expect(items(el), 'the loaded stories stay').to.have.length(3);
      const error = part(el, 'error')!;
      expect(error.getAttribute('role')).to.equal('alert');
      await expect(el).to.be.accessible();

      part<HTMLButtonElement>(el, 'retry')!.click();
      await waitFor(() => items(el).length === 6, 'the retry loads the page');
      expect(part(el, 'error')).to.equal(null);
      await waitFor(() => shadow(el).activeElement === link(items(el)[3]!), 'focus moves to the first new story');
    });

    it('loads the next page when the end of the list scrolls into view, without moving focus', async () => {
      const key = newKey();
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <div style="height: 3000px"></div>
        <news-list load-more="auto" src=${feed({ fixture: 'paged-posts', key, page: '1', pages: '3' })}></news-list>
      </div>`);
      const el = wrapper.querySelector('news-list')!;
      await settled(el);
      // The browser has looked at the end of the list, with the list's own margin, and found it far:
      // the list's observer was told the same in that rendering update.
      expect(await nearViewport(shadow(el).querySelector('.sentinel')!, SCROLL_MARGIN), 'the end of the list starts far below').to.equal(false);
      expect(items(el), 'nothing more while the end is far below').to.have.length(3);
      expect(await hits(key)).to.equal(1);
      const before = document.activeElement;

      el.scrollIntoView();
      await waitFor(() => items(el).length === 9, 'pages 2 and 3 load as the end comes into view');
      await waitFor(() => part(el, 'status')?.textContent === 'You have reached the end.', 'the end message shows');
      expect(await hits(key)).to.equal(3);
      expect(document.activeElement, 'scrolling does not move focus').to.equal(before);
      expect(part(el, 'load-more')).to.equal(null);
      window.scrollTo(0, 0);
    });

    it('stops a page it was loading when removed, and offers it again when put back', async () => {
      const key = newKey();
      const el = await fixture<NewsListElement>(
        html`<news-list load-more="manual" src=${feed({ fixture: 'paged-posts', key, page: '1', pages: '2', delay: '300' })}></news-list>`,
      );
      await settled(el);
      const parent = el.parentElement!;
      const events: string[] = [];
      el.addEventListener('news-load', () => events.push('load'));
      el.addEventListener('news-error', () => events.push('error'));
      part<HTMLButtonElement>(el, 'load-more')!.click();
      el.remove();
      // Until the page's request is over, cancelled or (were it not) answered, and what its end set off has run.
      await requestEnded(mockFeed(key, { page: '2' }), 'the request for page 2 never ended');
      await nextTask();
      expect(events, 'nothing arrives for a removed list').to.deep.equal([]);

      parent.append(el);
      await el.updateComplete;
      expect(items(el)).to.have.length(3);
      const button = part<HTMLButtonElement>(el, 'load-more')!;
      expect(button.textContent!.trim()).to.equal('Load more stories');
      button.click();
      await waitFor(() => items(el).length === 6, 'the page loads after all');
    });

    it('shows no button and no end message without load-more', async () => {
      const el = await fixture<NewsListElement>(html`<news-list src=${feed({ fixture: 'paged-posts', key: newKey(), page: '1', pages: '3' })}></news-list>`);
      await settled(el);
      expect(part(el, 'load-more')).to.equal(null);
      expect(part(el, 'status')).to.equal(null);
    });
  });

  describe('requests', () => {
    it('makes no request until a lazy list comes near the viewport', async () => {
      const key = newKey();
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <div style="height: 3000px"></div>
        <news-list loading="lazy" src=${feed({ fixture: 'ghost-posts', key })}></news-list>
      </div>`);
      const el = wrapper.querySelector('news-list')!;
      // The browser has looked at the list, with the margin lazy loading uses, and found it far: the
      // list's own observer was told the same in that rendering update.
      expect(await nearViewport(el, LAZY_MARGIN), 'the list starts far below').to.equal(false);
      expect(await hits(key)).to.equal(0);
      expect(part(el, 'skeleton')).to.not.equal(null);

      el.scrollIntoView();
      await settled(el);
      expect(items(el)).to.have.length(3);
      expect(await hits(key)).to.equal(1);
      window.scrollTo(0, 0);
    });

    it('makes one request for two lists on the same URL', async () => {
      const key = newKey();
      // Held by the test server until both lists are on the page: the first request is still in flight.
      const src = feed({ fixture: 'ghost-posts', key, hold: key });
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <news-list src=${src}></news-list>
        <news-list layout="compact" src=${src}></news-list>
      </div>`);
      const [a, b] = wrapper.querySelectorAll('news-list');
      await held(key);
      await release(key);
      await settled(a!);
      await settled(b!);
      expect(items(a!)).to.have.length(3);
      expect(items(b!)).to.have.length(3);
      expect(await hits(key)).to.equal(1);
    });
  });

  describe('selecting a story', () => {
    it('fires a cancelable news-select; cancelling it keeps the page where it is', async () => {
      const el = await fixture<NewsListElement>(html`<news-list .articles=${[article('a'), article('b')]}></news-list>`);
      await settled(el);
      const location = window.location.href;
      el.addEventListener('news-select', (event) => event.preventDefault(), { once: true });
      const selected = oneEvent(el, 'news-select');
      link(items(el)[1]!).click();
      const event = (await selected) as CustomEvent<NewsSelectDetail>;
      expect(event.detail.article.id).to.equal('b');
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      expect(navigation.urls).to.deep.equal([]);
      expect(window.location.href).to.equal(location);
      await el.updateComplete;
      expect(link(items(el)[1]!).getAttribute('aria-current')).to.equal('true');
      expect(link(items(el)[0]!).hasAttribute('aria-current')).to.equal(false);
    });

    it('lets the link navigate when nobody cancels news-select and there is no target', async () => {
      const el = await fixture<NewsListElement>(html`<news-list .articles=${[article('a')]}></news-list>`);
      await settled(el);
      link(items(el)[0]!).click();
      expect(navigation.urls).to.deep.equal(['https://news.example/a']);
    });

    it('shows the story in the article element named by article-target, instead of navigating', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <news-list article-target="reader" .articles=${[article('a'), article('b')]}></news-list>
        <div id="reader"></div>
      </div>`);
      const el = wrapper.querySelector('news-list')!;
      const reader = wrapper.querySelector<HTMLElement & { article?: NewsArticle }>('#reader')!;
      await settled(el);
      link(items(el)[1]!).click();
      expect(navigation.urls).to.deep.equal([]);
      expect(reader.article?.id).to.equal('b');
      expect(reader.article?.title).to.equal('Story b');
      expect(document.activeElement).to.equal(reader);
      await el.updateComplete;
      expect(link(items(el)[1]!).getAttribute('aria-current')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('opens the story in a real <news-article>', async () => {
      await import('../../src/components/news-article/define.js');
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <news-list article-target="story" src=${feed({ fixture: 'wordpress-posts-embed', key: newKey() })}></news-list>
        <news-article id="story"></news-article>
      </div>`);
      const el = wrapper.querySelector('news-list')!;
      const reader = wrapper.querySelector('news-article')!;
      await settled(el);
      link(items(el)[2]!).click();
      expect(navigation.urls).to.deep.equal([]);
      expect(reader.article?.id).to.equal('4798');
      await waitFor(() => reader.shadowRoot?.textContent?.includes('Rovers edge Millbrook'), 'the article shows the story');
      expect(document.activeElement).to.equal(reader);
    });

    it('leaves the target alone when a listener cancels news-select', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <news-list article-target="reader" .articles=${[article('a')]} @news-select=${(event: Event) => event.preventDefault()}></news-list>
        <div id="reader"></div>
      </div>`);
      const el = wrapper.querySelector('news-list')!;
      await settled(el);
      link(items(el)[0]!).click();
      expect((wrapper.querySelector('#reader') as HTMLElement & { article?: unknown }).article).to.equal(undefined);
      expect(navigation.urls).to.deep.equal([]);
    });
  });
});

describe('<news-list> comment counts', () => {
  /**
   * A stock WordPress whose posts have more comments than the 10 it embeds, so only the comments
   * endpoint knows the real counts. Each test reads under a path of its own (`/<key>/wp-json/...`), so
   * neither the list nor its count request can be a response another test already had.
   */
  const ORIGIN = 'https://counts.example';
  const COUNTS: Record<number, number> = { 1: 14, 2: 37, 3: 3, 4: 0, 5: 10, 6: 11 };
  let requests: string[] = [];
  let realFetch: typeof fetch;
  let prefix = 0;
  const api = (): string => `${ORIGIN}/site-${Date.now()}-${(prefix += 1)}/wp-json/wp/v2`;
  const countRequests = (): string[] => requests.filter((path) => path.includes('/comments'));
  const counts = (el: HTMLElement): Array<string | null> => items(el).map((item) => item.querySelector('[part~="comments"]')?.textContent?.trim() ?? null);

  beforeEach(() => {
    requests = [];
    realFetch = window.fetch;
    const comments = Object.entries(COUNTS).flatMap(([post, n]) => Array.from({ length: n }, (_, i) => ({ id: Number(post) * 100 + i, post: Number(post) })));
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.origin !== ORIGIN) return realFetch(input, init);
      requests.push(url.pathname + url.search);
      const base = url.pathname.replace(/\/wp\/v2\/.*$/, '/wp/v2');
      if (url.pathname.endsWith('/comments')) {
        const wanted = url.searchParams.get('post')!.split(',').map(Number);
        const perPage = Number(url.searchParams.get('per_page') ?? 10);
        const page = Number(url.searchParams.get('page') ?? 1);
        const found = comments.filter((c) => wanted.includes(c.post));
        return new Response(JSON.stringify(found.slice((page - 1) * perPage, page * perPage)), {
          headers: { 'Content-Type': 'application/json', 'X-WP-Total': String(found.length), 'X-WP-TotalPages': String(Math.ceil(found.length / perPage)) },
        });
      }
      const posts = Object.keys(COUNTS).map((id) => ({
        id: Number(id),
        date_gmt: `2026-11-0${id}T09:00:00`,
        link: `${ORIGIN}/news/story-${id}/`,
        title: { rendered: `Story ${id}` },
        content: { rendered: `<p>Body ${id}</p>` },
        excerpt: { rendered: `<p>Teaser ${id}</p>` },
        comment_status: 'open',
        _links: { replies: [{ embeddable: true, href: `${ORIGIN}${base}/comments?post=${id}` }] },
        _embedded: { replies: [comments.filter((c) => c.post === Number(id)).slice(0, 10)] },
      }));
      return new Response(JSON.stringify(posts), { headers: { 'Content-Type': 'application/json', 'X-WP-Total': String(posts.length), 'X-WP-TotalPages': '1' } });
    };
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('shows each story’s exact count, beyond the 10 WordPress embeds, in one more request for the whole list', async () => {
    const el = await fixture<NewsListElement>(html`<news-list src=${`${api()}/posts?_embed`}></news-list>`);
    await settled(el);
    expect(counts(el)).to.deep.equal(['14 comments', '37 comments', '3 comments', '0 comments', '10 comments', '11 comments']);
    expect(requests.length, requests.join('\n')).to.be.at.most(2);
    expect(countRequests(), 'one request counts the comments of every story').to.have.length(1);
    // Only the stories whose embedded page was full are asked about.
    expect(new URL(countRequests()[0]!, ORIGIN).searchParams.get('post')).to.equal('1,2,5,6');
    expect(items(el)[0]!.querySelector('[part~="meta"]')!.contains(items(el)[0]!.querySelector('[part~="comments"]'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('says it in the list’s language', async () => {
    const el = await fixture<NewsListElement>(html`<news-list lang="fr" src=${`${api()}/posts?_embed`}></news-list>`);
    await settled(el);
    expect(counts(el).slice(0, 2)).to.deep.equal(['14 commentaires', '37 commentaires']);
  });

  it('with no-comment-count: no extra request and no count', async () => {
    const el = await fixture<NewsListElement>(html`<news-list no-comment-count src=${`${api()}/posts?_embed`}></news-list>`);
    await settled(el);
    expect(titles(el)).to.have.length(6);
    expect(counts(el).every((count) => count === null)).to.equal(true);
    expect(part(el, 'comments')).to.equal(null);
    expect(requests).to.have.length(1);
  });

  it('leaves the count out of the compact layout, and asks nothing for it', async () => {
    const el = await fixture<NewsListElement>(html`<news-list layout="compact" src=${`${api()}/posts?_embed`}></news-list>`);
    await settled(el);
    expect(part(el, 'comments')).to.equal(null);
    expect(requests).to.have.length(1);
  });

  it('counts stories handed in as articles, with no request', async () => {
    const el = await fixture<NewsListElement>(
      html`<news-list .articles=${[article('a', { commentCount: 1 }), article('b', { commentCount: 12 }), article('c')]}></news-list>`,
    );
    await settled(el);
    expect(counts(el)).to.deep.equal(['1 comment', '12 comments', null]);
    expect(requests).to.have.length(0);
  });

  it('in <popular-news> too; ranked by comments with no-comment-count, it still ranks by the real counts but shows none', async () => {
    await import('../../src/components/popular-news/define.js');
    const popular = await fixture<HTMLElement>(html`<popular-news limit="3" src=${`${api()}/posts?_embed`}></popular-news>`);
    await settled(popular as NewsListElement);
    expect(counts(popular)).to.deep.equal(['14 comments', '37 comments', '3 comments']);
    expect(requests.length).to.be.at.most(2);
    requests = [];
    const ranked = await fixture<HTMLElement>(html`<popular-news limit="3" sort-by="commentCount" no-comment-count src=${`${api()}/posts?_embed`}></popular-news>`);
    await settled(ranked as NewsListElement);
    expect(titles(ranked)).to.deep.equal(['Story 2', 'Story 1', 'Story 6']);
    expect(part(ranked, 'comments')).to.equal(null);
    expect(requests.length).to.be.at.most(2);
  });
});

describe('<news-list> of a long response', () => {
  const ORIGIN = 'https://long-list.example';
  let realFetch: typeof window.fetch;

  beforeEach(() => {
    realFetch = window.fetch;
    // 300 WordPress posts with bodies of a real story's length: reading them takes the browser several slices.
    const posts = Array.from({ length: 300 }, (_, i) => ({
      id: 1000 + i,
      date_gmt: '2026-11-02T09:00:00',
      link: `${ORIGIN}/news/story-${i}/`,
      title: { rendered: `Story ${i} &#8211; the harbour` },
      excerpt: { rendered: `<p>Teaser ${i}</p>` },
      content: { rendered: `<p>${'A sentence of the story, with <a href="/x">a link</a>. '.repeat(60)}</p>` },
    }));
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.origin !== ORIGIN) return realFetch(input, init);
      return new Response(JSON.stringify(posts), { headers: { 'Content-Type': 'application/json', 'X-WP-Total': '300', 'X-WP-TotalPages': '1' } });
    };
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('shows every story, in order, once its reading in slices is done', async () => {
    const el = await fixture<NewsListElement>(html`<news-list no-comment-count src=${`${ORIGIN}/wp-json/wp/v2/posts?per_page=100&k=${newKey()}`}></news-list>`);
    await settled(el);
    expect(titles(el)).to.deep.equal(Array.from({ length: 300 }, (_, i) => `Story ${i} \u2013 the harbour`));
    expect(items(el).map((item) => link(item).getAttribute('href'))).to.deep.equal(Array.from({ length: 300 }, (_, i) => `${ORIGIN}/news/story-${i}/`));
  });
});
