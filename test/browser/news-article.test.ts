import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { NewsErrorDetail } from '../../src/components/base/news-element.js';
import '../../src/components/news-article/define.js';
import type { NewsArticleElement, NewsArticleLoadDetail } from '../../src/components/news-article/news-article.js';
import type { NewsArticle } from '../../src/data/model.js';
import { failRequests, feed as mockUrl, hits, jsonLd, jsonLdScripts, newKey, part, readFixture, settled, shadow, text } from '../support/harness.js';
import { held, imagesSettled, mockFeed, nextTask, release, requestEnded, waitFor } from '../support/wait.js';

/** The mock API's answer with a fixture, under a key of its own. */
const feed = (fixtureName: string, params: Record<string, string> = {}): string => mockUrl({ fixture: fixtureName, key: newKey('news-article'), ...params });

const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction', 'poster', 'data', 'background', 'cite'];

const root = (el: HTMLElement): HTMLElement => shadow(el).querySelector<HTMLElement>('.root')!;

function article(overrides: Partial<NewsArticle> = {}): NewsArticle {
  return {
    id: 'a1',
    url: 'https://news.example/2026/03/04/lighthouse-keepers-return/',
    slug: 'lighthouse-keepers-return',
    title: 'Lighthouse keepers return to Gull Point',
    excerpt: 'The trust that owns the light will staff it again from May.',
    bodyHtml: '<p>One.</p><p>Two.</p><p>Three.</p><p>Four.</p><p>Five.</p>',
    image: { url: 'https://news.example/img/light.jpg', alt: 'Gull Point lighthouse at dusk', width: 1600, height: 900, srcset: 'https://news.example/img/light-800.jpg 800w, https://news.example/img/light.jpg 1600w' },
    author: { name: 'Ada Pell', url: 'https://news.example/author/apell/' },
    authors: [{ name: 'Ada Pell', url: 'https://news.example/author/apell/' }],
    published: '2026-03-04T09:30:00.000Z',
    modified: '2026-03-04T10:00:00.000Z',
    categories: [{ name: 'Coast', url: 'https://news.example/category/coast/' }],
    tags: [{ name: 'lighthouses', url: 'https://news.example/tag/lighthouses/' }, { name: 'heritage' }],
    readingTimeMinutes: 4,
    commentCount: 3,
    metrics: {},
    ...overrides,
  };
}

/** The parts of a WordPress post (`_embed`) the hostile-data test rewrites. */
interface WordPressPost {
  title: { rendered: string };
  excerpt: { rendered: string };
  content: { rendered: string };
  link: string;
  _embedded: {
    author: { name: string; link: string }[];
    'wp:term': { name: string; link: string }[][];
    'wp:featuredmedia': { source_url: string }[];
  };
}

describe('<news-article>', () => {
  afterEach(() => {
    delete (window as { __pwned?: unknown }).__pwned;
  });

  describe('states', () => {
    it('shows a busy skeleton the size of an article while loading', async () => {
      // Held by the test server: loading for as long as the checks take.
      const el = await fixture<NewsArticleElement>(html`<news-article src=${feed('wordpress-post', { hold: newKey() })}></news-article>`);
      expect(root(el).getAttribute('aria-busy')).to.equal('true');
      const skeleton = part(el, 'skeleton')!;
      expect(skeleton).to.not.equal(null);
      await waitFor(() => shadow(el).querySelector('[role="status"]')!.textContent === 'Loading…', 'the live region says Loading…');
      const media = skeleton.querySelector<HTMLElement>('.media')!.getBoundingClientRect();
      expect(media.height).to.be.closeTo((media.width * 9) / 16, 1);
      expect(skeleton.querySelectorAll('.heading').length).to.equal(2);
      expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(media.height + 100);
      await expect(el).to.be.accessible();
    });

    it('renders the loaded article, accessibly', async () => {
      const loads: NewsArticleLoadDetail[] = [];
      const el = await fixture<NewsArticleElement>(
        html`<news-article
          src=${feed('wordpress-posts-embed')}
          @news-load=${(event: CustomEvent<NewsArticleLoadDetail>) => loads.push(event.detail)}
        ></news-article>`,
      );
      await settled(el);
      expect(text(part(el, 'title'))).to.equal('Harbour’s new ferry – what changes');
      expect(part(el, 'title')!.localName).to.equal('h1');
      expect(part(el, 'article')!.localName).to.equal('article');
      expect(text(part(el, 'body'))).to.contain('battery-powered Marram');
      expect(loads.map((detail) => detail.article?.id)).to.deep.equal(['4812']);
      await expect(el).to.be.accessible();
    });

    it('shows an error with a retry button for an HTTP 500, and fires news-error, accessibly', async () => {
      const errors: NewsErrorDetail[] = [];
      const el = await fixture<NewsArticleElement>(
        html`<news-article src=${feed('wordpress-post', { status: '500' })} @news-error=${(event: CustomEvent<NewsErrorDetail>) => errors.push(event.detail)}></news-article>`,
      );
      await settled(el);
      const error = part(el, 'error')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text(error)).to.contain('The news source answered with an error (500).');
      expect(text(part(el, 'retry'))).to.equal('Try again');
      expect(errors.map((detail) => detail.error.code)).to.deep.equal(['http']);
      expect(errors[0]!.error.status).to.equal(500);
      await expect(el).to.be.accessible();
    });

    it('says when the endpoint sends something that is not JSON', async () => {
      const el = await fixture<NewsArticleElement>(
        html`<news-article src=${mockUrl({ key: newKey(), type: 'text/html', body: '<!doctype html><title>Oops</title><p>Not here' })}></news-article>`,
      );
      const event = await oneEvent(el, 'news-error');
      expect((event.detail as NewsErrorDetail).error.code).to.equal('not-json');
      await settled(el);
      expect(text(part(el, 'error'))).to.contain('The news source sent something that is not news data.');
    });

    it('says when the endpoint cannot be reached', async () => {
      const el = await fixture<NewsArticleElement>(html`<news-article src="http://127.0.0.1:9/feed.json"></news-article>`);
      const event = await oneEvent(el, 'news-error');
      expect((event.detail as NewsErrorDetail).error.code).to.equal('network');
      await settled(el);
      expect(text(part(el, 'error'))).to.contain('Check your connection');
    });

    it('loads again and shows the article when the retry button is pressed', async () => {
      const restore = failRequests(() => true);
      try {
        const el = await fixture<NewsArticleElement>(html`<news-article src=${feed('wordpress-post')}></news-article>`);
        await settled(el);
        expect(part(el, 'error')).to.not.equal(null);
        expect(part(el, 'title')).to.equal(null);
        part(el, 'retry')!.click();
        await waitFor(() => part(el, 'title'), 'the retry did not bring the article');
        await el.updateComplete;
        expect(text(part(el, 'title'))).to.equal('Town hall clock strikes again after 40 silent years');
        expect(part(el, 'error')).to.equal(null);
      } finally {
        restore();
      }
    });

    it('shows the empty state when the source has no articles, accessibly', async () => {
      const el = await fixture<NewsArticleElement>(
        html`<news-article .data=${{ version: 'https://jsonfeed.org/version/1.1', title: 'Kelsby Courier', items: [] }}></news-article>`,
      );
      await settled(el);
      const empty = part(el, 'empty')!;
      expect(text(empty)).to.equal('No stories to show yet.');
      expect(empty.getAttribute('role')).to.equal('status');
      expect(part(el, 'article')).to.equal(null);
      expect(jsonLdScripts(el)).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('shows "not found" when no article has the id asked for', async () => {
      const loads: NewsArticleLoadDetail[] = [];
      const el = await fixture<NewsArticleElement>(
        html`<news-article
          src=${feed('wordpress-posts-embed')}
          article-id="999"
          @news-load=${(event: CustomEvent<NewsArticleLoadDetail>) => loads.push(event.detail)}
        ></news-article>`,
      );
      await settled(el);
      expect(text(part(el, 'empty'))).to.equal('This story could not be found.');
      expect(part(el, 'article')).to.equal(null);
      expect(loads).to.deep.equal([{ article: undefined }]);
      expect(jsonLdScripts(el)).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('keeps the previous article on screen, marked busy, while a new one loads', async () => {
      const el = await fixture<NewsArticleElement>(html`<news-article src=${feed('wordpress-posts-embed')}></news-article>`);
      await settled(el);
      el.src = feed('wordpress-post', { delay: '600' });
      await el.updateComplete;
      expect(root(el).getAttribute('aria-busy')).to.equal('true');
      expect(text(part(el, 'title'))).to.equal('Harbour’s new ferry – what changes');
      expect(part(el, 'skeleton')).to.equal(null);
      await settled(el);
      expect(text(part(el, 'title'))).to.equal('Town hall clock strikes again after 40 silent years');
    });

    it('shows only the latest source when src changes while a request is in flight', async () => {
      const loads: NewsArticleLoadDetail[] = [];
      const slowKey = newKey();
      // The first answer is held by the test server until the second source has shown.
      const el = await fixture<NewsArticleElement>(
        html`<news-article
          src=${`/mock/feed?fixture=wordpress-post&hold=${slowKey}&key=${slowKey}`}
          @news-load=${(event: CustomEvent<NewsArticleLoadDetail>) => loads.push(event.detail)}
        ></news-article>`,
      );
      await held(slowKey);
      el.src = feed('wordpress-posts-embed');
      await settled(el);
      expect(text(part(el, 'title'))).to.equal('Harbour’s new ferry – what changes');
      // Past the slow answer (answered to the end, or cancelled): it must not replace the newer article.
      await release(slowKey);
      await requestEnded(mockFeed(slowKey), 'the slow request never ended');
      await nextTask();
      await el.updateComplete;
      expect(text(part(el, 'title'))).to.equal('Harbour’s new ferry – what changes');
      expect(loads.map((detail) => detail.article?.id)).to.deep.equal(['4812']);
    });
  });

  describe('data in', () => {
    it('shows the first post of a WordPress list fetched with _embed, with its byline, image and terms', async () => {
      const el = await fixture<NewsArticleElement>(html`<news-article src=${feed('wordpress-posts-embed')}></news-article>`);
      await settled(el);
      expect(text(part(el, 'author'))).to.equal('Morwenna Tull');
      expect(part<HTMLAnchorElement>(el, 'author')!.href).to.equal('https://kelsby-courier.example/author/mtull/');
      expect(part(el, 'date')!.getAttribute('datetime')).to.equal('2026-03-02T08:15:00.000Z');
      expect(part<HTMLImageElement>(el, 'image')!.alt).to.equal('The electric ferry Marram moored at Kelsby quay at dawn');
      const terms = [...shadow(el).querySelectorAll('[part~="term"]')].map(text);
      expect(terms).to.include.members(['Transport', 'Local']);
      expect(text(part(el, 'byline'))).to.contain('3 comments');
    });

    it('picks the article by article-id or by slug from a list', async () => {
      const byId = await fixture<NewsArticleElement>(html`<news-article src=${feed('wordpress-posts-embed')} article-id="4807"></news-article>`);
      const bySlug = await fixture<NewsArticleElement>(html`<news-article src=${feed('wordpress-posts-embed')} slug="rovers-edge-millbrook-cup-replay"></news-article>`);
      await settled(byId);
      await settled(bySlug);
      expect(text(part(byId, 'title'))).to.equal('Sixth-formers spot a “new” comet from the school roof');
      expect(text(part(bySlug, 'title'))).to.equal('Rovers edge Millbrook 2–1 in cup replay');
    });

    it('shows another article of the same list when article-id changes, with no new request', async () => {
      const key = newKey();
      const loads: NewsArticleLoadDetail[] = [];
      const el = await fixture<NewsArticleElement>(
        html`<news-article
          src=${`/mock/feed?fixture=wordpress-posts-embed&key=${key}`}
          @news-load=${(event: CustomEvent<NewsArticleLoadDetail>) => loads.push(event.detail)}
        ></news-article>`,
      );
      await settled(el);
      el.articleId = '4798';
      await el.updateComplete;
      expect(text(part(el, 'title'))).to.equal('Rovers edge Millbrook 2–1 in cup replay');
      expect(text(part(el, 'body'))).to.contain('county cup semi-final');
      expect(loads.map((detail) => detail.article?.id)).to.deep.equal(['4812', '4798']);

      el.articleId = '999';
      await el.updateComplete;
      expect(text(part(el, 'empty'))).to.equal('This story could not be found.');
      el.articleId = '4812';
      await el.updateComplete;
      expect(text(part(el, 'body')), 'a body seen before is drawn again').to.contain('battery-powered Marram');
      expect(await hits(key)).to.equal(1);
    });

    it('reads a single WordPress post', async () => {
      const el = await fixture<NewsArticleElement>(html`<news-article src=${feed('wordpress-post')}></news-article>`);
      await settled(el);
      expect(text(part(el, 'title'))).to.equal('Town hall clock strikes again after 40 silent years');
      expect(text(part(el, 'body'))).to.contain('rebuilding the escapement');
    });

    it('reads a JSON Feed 1.1 and picks an item by id', async () => {
      const el = await fixture<NewsArticleElement>(html`<news-article src=${feed('json-feed-1.1')} article-id="2026-03-regatta"></news-article>`);
      await settled(el);
      expect(text(part(el, 'title'))).to.equal('Aldermoor rowers take three golds at the spring regatta');
    });

    it('shows an .article object with no request', async () => {
      const loads: NewsArticleLoadDetail[] = [];
      const value = article();
      const el = await fixture<NewsArticleElement>(
        html`<news-article .article=${value} @news-load=${(event: CustomEvent<NewsArticleLoadDetail>) => loads.push(event.detail)}></news-article>`,
      );
      await settled(el);
      expect(text(part(el, 'title'))).to.equal('Lighthouse keepers return to Gull Point');
      expect(loads).to.have.length(1);
      expect(loads[0]!.article, 'the event carries the article as checked and shown').to.deep.include({ id: value.id, title: value.title, url: value.url });
      // Another update with the same object: a load it started would be under way (busy) or done (a second news-load).
      el.requestUpdate();
      await el.updateComplete;
      await el.updateComplete;
      expect(root(el).getAttribute('aria-busy'), 'no load started again').to.equal('false');
      expect(loads, 'the same object is not loaded again and again').to.have.length(1);
    });

    it('reads raw JSON given as .data', async () => {
      const el = await fixture<NewsArticleElement>(html`<news-article .data=${await readFixture('wordpress-post')}></news-article>`);
      await settled(el);
      expect(text(part(el, 'title'))).to.equal('Town hall clock strikes again after 40 silent years');
    });

    it('reads JSON from a child script element', async () => {
      const json = JSON.stringify(await readFixture('wordpress-posts-embed')).replace(/</g, '\\u003c');
      const el = await fixture<NewsArticleElement>(`<news-article slug="sixth-formers-spot-comet"><script type="application/json">${json}</script></news-article>`);
      await settled(el);
      expect(text(part(el, 'title'))).to.equal('Sixth-formers spot a “new” comet from the school roof');
    });

    it('reads a child JSON-LD script and adds no second description of the same article', async () => {
      const json = JSON.stringify(await readFixture('jsonld-article')).replace(/</g, '\\u003c');
      const el = await fixture<NewsArticleElement>(`<news-article><script type="application/ld+json">${json}</script></news-article>`);
      await settled(el);
      expect(text(part(el, 'title'))).to.equal('Dragonflies thrive as Mere Pond recovers from drought');
      expect(text(part(el, 'body'))).to.contain('Forty volunteers');
      expect(jsonLdScripts(el)).to.have.length(1);
    });
  });

  describe('rendering', () => {
    it('builds the breadcrumb from the site, the first category and the headline', async () => {
      const el = await fixture<NewsArticleElement>(html`<news-article .article=${article()}></news-article>`);
      await settled(el);
      const nav = part(el, 'breadcrumb')!;
      expect(nav.localName).to.equal('nav');
      expect(nav.getAttribute('aria-label')).to.equal('Breadcrumb');
      const items = [...nav.querySelectorAll('ol > li')];
      expect(items.map(text)).to.deep.equal(['Home', 'Coast', 'Lighthouse keepers return to Gull Point']);
      expect(items[0]!.querySelector('a')!.href).to.equal('https://news.example/');
      expect(items[1]!.querySelector('a')!.href).to.equal('https://news.example/category/coast/');
      expect(items[2]!.querySelector('[aria-current="page"]')).to.not.equal(null);

      el.homeUrl = '/front-page';
      await el.updateComplete;
      expect(part(el, 'breadcrumb')!.querySelector('a')!.getAttribute('href')).to.equal('/front-page');

      el.breadcrumb = 'hidden';
      await el.updateComplete;
      expect(part(el, 'breadcrumb')).to.equal(null);

      el.breadcrumb = 'visible';
      el.noBreadcrumb = true;
      await el.updateComplete;
      expect(part(el, 'breadcrumb')).to.equal(null);
    });

    it('leaves home out of the breadcrumb when the site is unknown', async () => {
      const el = await fixture<NewsArticleElement>(html`<news-article .article=${article({ url: '/relative/story' })}></news-article>`);
      await settled(el);
      expect([...part(el, 'breadcrumb')!.querySelectorAll('li')].map(text)).to.deep.equal(['Coast', 'Lighthouse keepers return to Gull Point']);
    });

    it('uses the heading level it is given', async () => {
      const el = await fixture<NewsArticleElement>(html`<news-article heading-level="3" .article=${article()}></news-article>`);
      await settled(el);
      expect(part(el, 'title')!.localName).to.equal('h3');
      expect(shadow(el).querySelector('h1')).to.equal(null);
      el.headingLevel = 9;
      await el.updateComplete;
      expect(part(el, 'title')!.localName).to.equal('h6');
    });

    it('writes the byline: authors, dates, update, reading time and comments', async () => {
      const el = await fixture<NewsArticleElement>(
        html`<news-article .article=${article({ authors: [{ name: 'Ada Pell', url: 'https://news.example/author/apell/' }, { name: 'Tom Reyes' }] })}></news-article>`,
      );
      await settled(el);
      const byline = part(el, 'byline')!;
      expect(text(byline)).to.contain('By Ada Pell and Tom Reyes');
      expect([...byline.querySelectorAll('[part~="author"]')].map((node) => node.localName)).to.deep.equal(['a', 'span']);
      const published = byline.querySelector('time[part~="date"]')!;
      expect(published.getAttribute('datetime')).to.equal('2026-03-04T09:30:00.000Z');
      expect(text(published)).to.equal(new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date('2026-03-04T09:30:00Z')));
      expect(byline.querySelector('[part~="updated"]'), 'changed within the day: no update date').to.equal(null);
      expect(text(byline)).to.contain('4 min read');
      expect(text(byline)).to.contain('3 comments');

      el.article = article({ modified: '2026-03-07T12:00:00.000Z' });
      await el.updateComplete;
      const updated = part(el, 'updated')!;
      expect(updated.getAttribute('datetime')).to.equal('2026-03-07T12:00:00.000Z');
      expect(text(updated.parentElement)).to.equal(`Updated ${text(updated)}`);
    });

    it('shows the hero image eagerly, with its size, srcset and sizes', async () => {
      const el = await fixture<NewsArticleElement>(html`<news-article .article=${article()} style="width: 640px"></news-article>`);
      await settled(el);
      const image = part<HTMLImageElement>(el, 'image')!;
      expect(image.alt).to.equal('Gull Point lighthouse at dusk');
      expect(image.getAttribute('width')).to.equal('1600');
      expect(image.getAttribute('height')).to.equal('900');
      expect(image.getAttribute('srcset')).to.contain('light-800.jpg 800w');
      expect(image.getAttribute('sizes')).to.equal('(min-width: 768px) 768px, 100vw');
      expect(image.getAttribute('fetchpriority')).to.equal('high');
      expect(image.getAttribute('loading')).to.not.equal('lazy');
      const box = image.getBoundingClientRect();
      expect(box.width).to.be.at.most(640);
      expect(box.height, 'the box has the image ratio before the image arrives').to.be.closeTo((box.width * 900) / 1600, 1);

      el.imageSizes = '50vw';
      await el.updateComplete;
      expect(image.getAttribute('sizes')).to.equal('50vw');

      el.noImage = true;
      await el.updateComplete;
      expect(part(el, 'image')).to.equal(null);
    });

    it('places the ad after paragraph N of the body, labelled, and nothing when it has no content', async () => {
      const el = await fixture<NewsArticleElement>(html`<news-article ad-after="2" .article=${article()}></news-article>`);
      await settled(el);
      const ad = part(el, 'ad')!;
      expect(ad.hidden, 'no ad content: nothing drawn').to.equal(true);
      expect(ad.getBoundingClientRect().height).to.equal(0);

      const slotted = document.createElement('div');
      slotted.slot = 'ad';
      slotted.textContent = 'Buy local honey';
      el.append(slotted);
      await waitFor(() => !part(el, 'ad')!.hidden, 'the ad area did not appear');
      expect(ad.getAttribute('role')).to.equal('complementary');
      expect(ad.getAttribute('aria-label')).to.equal('Advertisement');
      expect(text(ad)).to.equal('Advertisement');
      expect(ad.querySelector('slot')!.assignedElements()).to.deep.equal([slotted]);
      expect(text(ad.previousElementSibling)).to.equal('Two.');
      expect(text(ad.nextElementSibling)).to.equal('Three.');

      el.adAfter = 10;
      await el.updateComplete;
      expect(part(el, 'ad')!.nextElementSibling, 'fewer paragraphs: the ad ends the body').to.equal(null);
      expect(text(part(el, 'ad')!.previousElementSibling)).to.equal('Five.');
    });

    it('puts the cta slot before the body and the footer slot after it', async () => {
      const el = await fixture<NewsArticleElement>(html`<news-article .article=${article()}>
        <aside slot="cta">Free subscription</aside>
        <div slot="footer">More from the coast</div>
      </news-article>`);
      await settled(el);
      const body = part(el, 'body')!;
      const cta = el.querySelector('[slot="cta"]')!.assignedSlot!;
      const footer = el.querySelector('[slot="footer"]')!.assignedSlot!;
      expect(cta.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(footer.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_PRECEDING).to.not.equal(0);
      expect(footer.compareDocumentPosition(part(el, 'terms')!) & Node.DOCUMENT_POSITION_PRECEDING).to.not.equal(0);
    });

    it('links categories and tags, and opens other sites in the link-target', async () => {
      const el = await fixture<NewsArticleElement>(
        html`<news-article
          link-target="_blank"
          .article=${article({
            authors: [{ name: 'Ada Pell', url: 'https://social.example/@apell' }],
            bodyHtml: '<p><a href="https://elsewhere.example/report">report</a> and <a href="/2026/older-story/">older story</a></p>',
          })}
        ></news-article>`,
      );
      await settled(el);
      const terms = [...part(el, 'terms')!.querySelectorAll<HTMLElement>('[part~="term"]')];
      expect(terms.map(text)).to.deep.equal(['Coast', 'lighthouses', 'heritage']);
      expect(terms.map((term) => term.localName)).to.deep.equal(['a', 'a', 'span']);
      const [external, internal] = [...part(el, 'body')!.querySelectorAll('a')];
      expect(external!.target).to.equal('_blank');
      expect(external!.rel).to.contain('noopener');
      expect(internal!.href, 'relative links belong to the article’s site').to.equal('https://news.example/2026/older-story/');
      expect(internal!.target, 'the article’s own site opens in place').to.equal('');
      expect(part<HTMLAnchorElement>(el, 'author')!.target).to.equal('_blank');
      expect(part<HTMLAnchorElement>(el, 'author')!.rel).to.contain('noopener');
      expect(terms[0]!.getAttribute('target')).to.equal(null);
    });

    it('lazy-loads the images inside the body', async () => {
      const el = await fixture<NewsArticleElement>(html`<news-article src=${feed('wordpress-posts-embed')}></news-article>`);
      await settled(el);
      const image = part(el, 'body')!.querySelector('img')!;
      expect(image.getAttribute('loading')).to.equal('lazy');
      expect(image.alt).to.equal('The Marram at Kelsby quay');
    });

    it('is readable in dark theme', async () => {
      const el = await fixture<NewsArticleElement>(html`<div style="background: #fff; color: #000"><news-article theme="dark" .article=${article()}></news-article></div>`);
      const news = el.querySelector('news-article')!;
      await settled(news);
      expect(getComputedStyle(news).backgroundColor).to.equal('rgb(22, 23, 27)');
      expect(getComputedStyle(part(news, 'title')!).color).to.equal('rgb(230, 230, 234)');
      await expect(news).to.be.accessible();
    });
  });

  describe('hostile data', () => {
    it('runs no script and keeps no javascript: link from any field', async () => {
      const hostile = ((await readFixture('wordpress-posts-embed')) as WordPressPost[])[0]!;
      const attack = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
      hostile.title = { rendered: `Ferry ${attack}</script><script>window.__pwned=3</script>` };
      hostile.excerpt = { rendered: `<p>Sum ${attack}</p>` };
      hostile.content = {
        rendered: [
          '<p>Safe paragraph.</p>',
          '<script>window.__pwned = 4</script>',
          '<img src="x" onerror="window.__pwned = 5">',
          '<a href="javascript:window.__pwned=6">js link</a>',
          '<a href=" JaVaScRiPt:window.__pwned=7">mixed case</a>',
          '<svg><script>window.__pwned=8</script><a xlink:href="javascript:window.__pwned=9"><text>svg</text></a></svg>',
          '<svg onload="window.__pwned=10"></svg>',
          '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=11"></style></mglyph></table></mtext></math>',
          '<iframe srcdoc="<script>parent.__pwned=12</script>"></iframe>',
          '<details open ontoggle="window.__pwned=13"><summary>more</summary></details>',
        ].join(''),
      };
      hostile.link = 'javascript:window.__pwned=14';
      Object.assign(hostile._embedded.author[0]!, { name: `Morwenna ${attack}`, link: 'javascript:window.__pwned=15' });
      Object.assign(hostile._embedded['wp:term'][0]![0]!, { name: `Transport ${attack}`, link: 'javascript:window.__pwned=16' });
      hostile._embedded['wp:featuredmedia'][0]!.source_url = 'javascript:window.__pwned=17';

      const el = await fixture<NewsArticleElement>(html`<news-article home-url="javascript:window.__pwned=18" .data=${[hostile]}></news-article>`);
      await settled(el);
      // What could still run comes from the browser: an image's error, a toggle.
      await imagesSettled(shadow(el));
      expect((window as { __pwned?: unknown }).__pwned, 'no script ran').to.equal(undefined);

      const all = [...shadow(el).querySelectorAll('*')];
      expect(all.filter((node) => ['script', 'iframe', 'object', 'embed', 'style'].includes(node.localName)).map((node) => node.localName)).to.deep.equal([]);
      for (const node of all) {
        for (const attribute of node.attributes) {
          expect(attribute.name, `${node.localName} has no event handler`).to.not.match(/^on/i);
          if (URL_ATTRIBUTES.includes(attribute.name)) {
            // Parsed the way the browser would follow it, so spaces, tabs and case tricks count too.
            expect(new URL(attribute.value, document.baseURI).protocol, `${node.localName}[${attribute.name}]`).to.not.equal('javascript:');
          }
        }
      }
      expect(text(part(el, 'title'))).to.equal('Ferry');
      expect(text(part(el, 'author'))).to.equal('Morwenna');
      expect(text(part(el, 'body'))).to.contain('Safe paragraph.');
      const ld = jsonLdScripts(el)[0]!;
      expect(ld.textContent).to.not.contain('<');
    });

    it('escapes a hostile headline in the JSON-LD, which still reads back exactly', async () => {
      const title = 'Tide </script><script>window.__pwned=1</script><!-- & more';
      const el = await fixture<NewsArticleElement>(html`<news-article .article=${article({ title })}></news-article>`);
      await settled(el);
      const script = jsonLdScripts(el)[0]!;
      expect(script.textContent).to.not.contain('<');
      expect(script.textContent).to.contain('\\u003c/script>');
      expect(jsonLd(el).headline).to.equal(title);
      expect(document.querySelectorAll('script:not([src])').length, 'no script was added to the page').to.equal(
        document.querySelectorAll('script:not([src]):not([type="application/ld+json"])').length + 1,
      );
      expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    });

    it('keeps javascript: out of links in an .article given by the app', async () => {
      const el = await fixture<NewsArticleElement>(
        html`<news-article
          .article=${article({
            authors: [{ name: 'Ada Pell', url: 'javascript:window.__pwned=1' }],
            categories: [{ name: 'Coast', url: 'javascript:window.__pwned=2' }],
            image: { url: 'javascript:window.__pwned=3', alt: '' },
          })}
        ></news-article>`,
      );
      await settled(el);
      expect(shadow(el).querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]')).to.have.length(0);
      expect(part(el, 'author')!.localName).to.equal('span');
      expect(part(el, 'image')).to.equal(null);
    });
  });

  describe('JSON-LD', () => {
    it('describes the article as a schema.org NewsArticle in the light DOM', async () => {
      const el = await fixture<NewsArticleElement>(html`<news-article .article=${article()}></news-article>`);
      await settled(el);
      expect(jsonLdScripts(el)).to.have.length(1);
      expect(jsonLd(el)).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        '@id': 'https://news.example/2026/03/04/lighthouse-keepers-return/',
        headline: 'Lighthouse keepers return to Gull Point',
        description: 'The trust that owns the light will staff it again from May.',
        url: 'https://news.example/2026/03/04/lighthouse-keepers-return/',
        mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://news.example/2026/03/04/lighthouse-keepers-return/' },
        datePublished: '2026-03-04T09:30:00.000Z',
        dateModified: '2026-03-04T10:00:00.000Z',
        author: [{ '@type': 'Person', name: 'Ada Pell', url: 'https://news.example/author/apell/' }],
        image: ['https://news.example/img/light.jpg'],
        articleSection: 'Coast',
        keywords: 'lighthouses, heritage',
        commentCount: 3,
      });
    });

    it('replaces it when the article changes and removes it when the element leaves the page', async () => {
      const el = await fixture<NewsArticleElement>(html`<news-article .article=${article()}></news-article>`);
      await settled(el);
      el.article = article({ id: 'a2', title: 'Second story' });
      await el.updateComplete;
      expect(jsonLdScripts(el)).to.have.length(1);
      expect(jsonLd(el).headline).to.equal('Second story');

      const parent = el.parentElement!;
      el.remove();
      expect(jsonLdScripts(el)).to.have.length(0);
      expect(document.querySelectorAll('script[type="application/ld+json"]')).to.have.length(0);

      parent.append(el);
      await el.updateComplete;
      expect(jsonLdScripts(el)).to.have.length(1);
      expect(text(part(el, 'title')), 'its own JSON-LD is not read back as data').to.equal('Second story');
    });

    it('adds none with no-json-ld', async () => {
      const el = await fixture<NewsArticleElement>(html`<news-article no-json-ld .article=${article()}></news-article>`);
      await settled(el);
      expect(jsonLdScripts(el)).to.have.length(0);
      el.noJsonLd = false;
      await el.updateComplete;
      expect(jsonLdScripts(el)).to.have.length(1);
      el.noJsonLd = true;
      await el.updateComplete;
      expect(jsonLdScripts(el)).to.have.length(0);
    });

    it('works on a page that enforces Trusted Types, with no violation', async () => {
      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html>
        <meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types lit-html news-widgets#json-ld">
        <script type="module">import '/src/components/news-article/define.ts';</script>`;
      const loadedFrame = oneEvent(frame, 'load');
      document.body.append(frame);
      try {
        await loadedFrame;
        const frameWindow = frame.contentWindow as Window & typeof globalThis;
        const frameDocument = frame.contentDocument!;
        await frameWindow.customElements.whenDefined('news-article');
        const violations: string[] = [];
        frameDocument.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.sample}`));
        const probe = frameDocument.createElement('script');
        expect(() => (probe.textContent = '1'), 'the page enforces Trusted Types').to.throw(/TrustedScript/);
        // Violation events arrive as tasks: wait for the probe's before watching.
        await waitFor(() => violations.length > 0, 'the probe’s violation was never reported');
        violations.length = 0;

        const el = frameDocument.createElement('news-article') as NewsArticleElement;
        el.article = article({ title: 'Safe </script> title' });
        frameDocument.body.append(el);
        await waitFor(() => el.shadowRoot?.querySelector('.root')?.getAttribute('aria-busy') === 'false', 'the article did not render');
        await el.updateComplete;
        expect(text(el.shadowRoot!.querySelector('[part~="title"]'))).to.equal('Safe </script> title');
        expect(text(el.shadowRoot!.querySelector('[part~="body"]'))).to.contain('Three.');
        const script = el.querySelector('script[type="application/ld+json"]')!;
        expect((JSON.parse(script.textContent!) as { headline: string }).headline).to.equal('Safe </script> title');
        // The probe again, as a sentinel: violations arrive in the order they happen, so once its is in, any the article caused is too.
        expect(() => (probe.textContent = 'sentinel')).to.throw(/TrustedScript/);
        const sentinel = (): number => violations.findIndex((violation) => violation.includes('sentinel'));
        await waitFor(() => sentinel() >= 0, 'the sentinel’s violation was never reported');
        expect(violations.slice(0, sentinel()), 'no violation from the article').to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  });

  describe('languages', () => {
    it('formats dates and words in French under lang="fr"', async () => {
      const el = await fixture<NewsArticleElement>(html`<news-article lang="fr" .article=${article({ modified: '2026-03-09T08:00:00.000Z' })}></news-article>`);
      await settled(el);
      const published = part(el, 'date')!;
      expect(text(published)).to.equal(new Intl.DateTimeFormat('fr', { dateStyle: 'long' }).format(new Date('2026-03-04T09:30:00Z')));
      expect(text(published)).to.match(/mars 2026/);
      expect(part(el, 'breadcrumb')!.getAttribute('aria-label')).to.equal('Fil d’Ariane');
      expect(text(part(el, 'breadcrumb')!.querySelector('li'))).to.equal('Accueil');
      const byline = text(part(el, 'byline'));
      expect(byline).to.contain('Par Ada Pell');
      expect(byline).to.contain('Mis à jour le');
      expect(byline).to.contain('4 min de lecture');
      expect(byline).to.contain('3 commentaires');
      expect(text(part(el, 'terms'))).to.contain('Rubriques');
      expect(root(el).getAttribute('lang')).to.equal('fr');
    });

    it('reads right to left under an Arabic page', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="ar"><news-article .article=${article({ bodyHtml: '<p>أ</p><blockquote>ب</blockquote>' })}></news-article></div>`,
      );
      const el = wrapper.querySelector('news-article')!;
      await settled(el);
      expect(root(el).getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(part(el, 'article')!).direction).to.equal('rtl');
      expect(part(el, 'breadcrumb')!.getAttribute('aria-label')).to.equal('مسار التنقل');
      expect(text(part(el, 'byline'))).to.contain('بقلم Ada Pell');
      const quote = getComputedStyle(part(el, 'body')!.querySelector('blockquote')!);
      expect(quote.borderRightWidth, 'the quote rule is on the start (right) side').to.not.equal('0px');
      expect(quote.borderLeftWidth).to.equal('0px');
      const separator = getComputedStyle(part(el, 'breadcrumb')!.querySelectorAll('li')[1]!, '::before').content;
      expect(separator).to.contain('‹');
      await expect(el).to.be.accessible();
    });
  });

  describe('links within the article', () => {
    it('keeps a footnote link a link to the footnote, and scrolls to it without leaving or changing the page URL', async () => {
      const paragraphs = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i + 1} of a long story.</p>`).join('');
      const body = `<p>The harbour reopened<sup><a href="#fn-1" id="ref-1">1</a></sup>.</p>${paragraphs}<ol class="footnotes"><li id="fn-1">Counted by the harbour office.</li></ol>`;
      const before = location.href;
      const el = await fixture<NewsArticleElement>(html`<news-article .article=${article({ bodyHtml: body, url: 'https://news.example/2026/03/04/harbour/' })}></news-article>`);
      await settled(el);
      // Ids from content are prefixed on the way in, and links to them with them.
      const link = shadow(el).querySelector<HTMLAnchorElement>('a[href="#content-fn-1"]');
      expect(link, 'the link still points within the article').to.not.equal(null);
      const note = shadow(el).querySelector('[id="content-fn-1"]')!;
      expect(note.getBoundingClientRect().top).to.be.greaterThan(window.innerHeight);
      link!.click();
      await waitFor(() => note.getBoundingClientRect().top < window.innerHeight, 'the footnote scrolls into view');
      expect(location.href).to.equal(before);
    });
  });
});

