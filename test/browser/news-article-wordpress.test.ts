import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { hits, jsonLd, newKey, part, settled, shadow, text } from '../support/harness.js';
import { held, release, waitFor } from '../support/wait.js';
import '../../src/components/news-article/define.js';
import '../../src/components/news-list/define.js';
import type { NewsArticleElement, NewsArticleLoadDetail } from '../../src/components/news-article/news-article.js';
import type { NewsListElement } from '../../src/components/news-list/news-list.js';

/**
 * What a stock WordPress sends that the other article tests do not: password-protected posts (opened with
 * the `password` parameter of the REST API, against the mock in test/server/mock-api.js), embedded videos,
 * and titles with inline HTML.
 */

const protectedSrc = (key = newKey(), params: Record<string, string> = {}): string =>
  `/mock/protected?${new URLSearchParams({ _embed: '1', key, ...params }).toString()}`;

/** Types a password and sends the form, as a reader pressing Enter would. */
function submitPassword(el: NewsArticleElement, password: string): void {
  const input = part<HTMLInputElement>(el, 'password-input')!;
  input.focus();
  input.value = password;
  part<HTMLFormElement>(el, 'password')!.requestSubmit();
}

/** Every request the page makes through `fetch`, with its options, while a test runs. */
function recordFetches(): { calls: Array<{ url: string; init: RequestInit | undefined }>; restore(): void } {
  const original = window.fetch;
  const calls: Array<{ url: string; init: RequestInit | undefined }> = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input instanceof Request ? input.url : input), init });
    return original(input, init);
  };
  return { calls, restore: () => (window.fetch = original) };
}

/** Whatever a page could keep between visits, as one string to search. */
function storedAnywhere(): string {
  const stores = [localStorage, sessionStorage].map((store) =>
    Array.from({ length: store.length }, (_, i) => `${store.key(i) ?? ''}=${store.getItem(store.key(i) ?? '') ?? ''}`).join('\n'),
  );
  return [...stores, document.cookie, location.href, history.state === null ? '' : JSON.stringify(history.state)].join('\n');
}

describe('<news-article> and a stock WordPress', () => {
  let fetches: ReturnType<typeof recordFetches> | undefined;
  afterEach(() => {
    fetches?.restore();
    fetches = undefined;
  });

  describe('a password-protected post', () => {
    it('says the story is protected and offers a password field, with no empty article and no excerpt', async () => {
      const el = await fixture<NewsArticleElement>(html`<news-article src=${protectedSrc()}></news-article>`);
      await settled(el);
      expect(text(part(el, 'title'))).to.equal('The Quiet Comeback');
      const box = part(el, 'protected')!;
      expect(box, 'the protected state').to.not.equal(null);
      expect(part(el, 'body')!.contains(box), 'in the body’s place').to.equal(true);
      expect(text(box)).to.include('This story is protected by a password.');
      expect(part(el, 'excerpt')).to.equal(null);
      const input = part<HTMLInputElement>(el, 'password-input')!;
      expect(input.type).to.equal('password');
      expect(input.name, 'a field with no name is never submitted with a page form').to.equal('');
      expect(part<HTMLFormElement>(el, 'password')!.getAttribute('action')).to.equal(null);
      expect(text(shadow(el).querySelector(`label[for="${input.id}"]`))).to.equal('Password');
      expect(part(el, 'password-submit')?.getAttribute('type')).to.equal('submit');
      expect(part(el, 'password-error')).to.equal(null);
      await expect(el).shadowDom.to.be.accessible();
    });

    it('says a wrong password is wrong beside the field, gives the field the focus again and stays protected', async () => {
      const key = newKey();
      const el = await fixture<NewsArticleElement>(html`<news-article src=${protectedSrc(key)}></news-article>`);
      await settled(el);
      const errors: Event[] = [];
      el.addEventListener('news-error', (event) => errors.push(event));
      submitPassword(el, 'herring');
      await waitFor(() => part(el, 'password-error'), 'no message for the wrong password');
      await el.updateComplete;
      const input = part<HTMLInputElement>(el, 'password-input')!;
      expect(text(part(el, 'password-error'))).to.equal('That password is not right. Please try again.');
      expect(part(el, 'password-error')!.getAttribute('role')).to.equal('alert');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal(part(el, 'password-error')!.id);
      expect(shadow(el).activeElement, 'the focus is back in the field').to.equal(input);
      expect(input.value, 'the field is empty for another try').to.equal('');
      expect(part(el, 'protected'), 'still protected').to.not.equal(null);
      expect(text(part(el, 'body'))).to.not.include('closed doors');
      expect(errors, 'a wrong password is no failure of the widget').to.deep.equal([]);
      expect(await hits(key)).to.equal(2);
      await expect(el).shadowDom.to.be.accessible();
    });

    it('shows the body once the right password is given, sent as the REST API takes it and kept nowhere', async () => {
      const key = newKey();
      const src = protectedSrc(key);
      const pageUrl = location.href;
      const el = await fixture<NewsArticleElement>(html`<news-article src=${src}></news-article>`);
      await settled(el);
      fetches = recordFetches();
      const loaded = oneEvent(el, 'news-load') as Promise<CustomEvent<NewsArticleLoadDetail>>;
      submitPassword(el, 'swordfish');
      expect(part<HTMLInputElement>(el, 'password-input')!.value, 'out of the field once sent').to.equal('');
      const { detail } = await loaded;
      await el.updateComplete;
      expect(detail.article?.bodyHtml).to.include('closed doors');
      expect(detail.article?.protected).to.equal(true);
      expect(part(el, 'protected')).to.equal(null);
      expect(text(part(el, 'body'))).to.include('The harbour board met behind closed doors on Tuesday.').and.include('Its report is due in May.');
      expect(shadow(el).activeElement, 'the focus moves to the story it opened').to.equal(part(el, 'body'));

      // One request, with the password as the `password` query parameter, not kept by the browser's cache.
      expect(fetches.calls.length).to.equal(1);
      const sent = new URL(fetches.calls[0]!.url);
      expect(sent.pathname).to.equal('/mock/protected');
      expect(sent.searchParams.get('password')).to.equal('swordfish');
      expect(sent.searchParams.get('_embed')).to.equal('1');
      expect(sent.searchParams.get('key')).to.equal(key);
      expect(fetches.calls[0]!.init?.cache).to.equal('no-store');
      expect(fetches.calls[0]!.init?.credentials).to.equal('omit');

      expect(location.href, 'the page URL is unchanged').to.equal(pageUrl);
      expect(storedAnywhere()).to.not.include('swordfish');
      expect(el.outerHTML + shadow(el).innerHTML).to.not.include('swordfish');
      expect(JSON.stringify(jsonLd(el))).to.not.include('swordfish');
    });

    it('gives nobody else what the password opened: another widget, a retry and a reload see the story locked', async () => {
      const key = newKey();
      const src = protectedSrc(key);
      const el = await fixture<NewsArticleElement>(html`<news-article src=${src}></news-article>`);
      await settled(el);
      submitPassword(el, 'swordfish');
      await waitFor(() => text(part(el, 'body')).includes('closed doors'), 'the body never came');

      // The same source in another widget, within the time responses are shared: the locked answer.
      const other = await fixture<NewsArticleElement>(html`<news-article src=${src}></news-article>`);
      await settled(other);
      expect(part(other, 'protected'), 'another widget').to.not.equal(null);
      expect(text(part(other, 'body'))).to.not.include('closed doors');

      // A retry reads the source again, and the password is not given again by itself.
      await el.retry();
      await settled(el);
      expect(part(el, 'protected'), 'after a retry').to.not.equal(null);
      expect(text(part(el, 'body'))).to.not.include('closed doors');
      expect(await hits(key)).to.equal(3);
    });

    it('opens the story in the page’s language, embedded video included', async () => {
      const el = await fixture<NewsArticleElement>(html`<news-article lang="fr" src=${protectedSrc()}></news-article>`);
      await settled(el);
      expect(text(part(el, 'protected'))).to.include('Cet article est protégé par un mot de passe.');
      expect(text(shadow(el).querySelector('label[for="password-input"]'))).to.equal('Mot de passe');
      expect(text(part(el, 'password-submit'))).to.equal('Lire l’article');
      submitPassword(el, 'faux');
      await waitFor(() => part(el, 'password-error'), 'no message for the wrong password');
      expect(text(part(el, 'password-error'))).to.equal('Ce mot de passe n’est pas le bon. Veuillez réessayer.');
      submitPassword(el, 'swordfish');
      await waitFor(() => shadow(el).querySelector('a.embed-link'), 'the body never came');
      await el.updateComplete;
      const link = shadow(el).querySelector('a.embed-link')!;
      expect(text(link)).to.equal('Regarder sur YouTube');
      expect(link.getAttribute('href')).to.equal('https://www.youtube.com/watch?v=Qu1etC0meB4');
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(shadow(el).querySelector('iframe')).to.equal(null);
      expect(text(link.closest('figure')!.querySelector('figcaption'))).to.equal('The meeting, filmed by the board');
    });

    it('opens other sites’ links, the embed link among them, in the link-target', async () => {
      const el = await fixture<NewsArticleElement>(html`<news-article link-target="_blank" src=${protectedSrc()}></news-article>`);
      await settled(el);
      submitPassword(el, 'swordfish');
      await waitFor(() => shadow(el).querySelector('a.embed-link'), 'the body never came');
      const link = shadow(el).querySelector('a.embed-link')!;
      expect(text(link)).to.equal('Watch on YouTube');
      expect(link.getAttribute('target')).to.equal('_blank');
    });

    it('says what happened when the password cannot be checked, and stays protected', async () => {
      // Every request to this source is held by the test server until released: the first is let go, the
      // password's is not, so only the element's own time-out can end it.
      const key = newKey();
      const el = await fixture<NewsArticleElement>(html`<news-article src=${protectedSrc(key, { hold: key })} timeout="600000"></news-article>`);
      await held(key);
      await release(key);
      await settled(el);
      el.timeout = 300;
      submitPassword(el, 'swordfish');
      await waitFor(() => part(el, 'password-error'), 'no message for a request that timed out');
      expect(text(part(el, 'password-error'))).to.equal('The news source took too long to answer.');
      expect(part(el, 'password-input')!.getAttribute('aria-invalid'), 'the password may be right').to.equal('false');
      expect(part(el, 'protected')).to.not.equal(null);
      expect(shadow(el).activeElement).to.equal(part(el, 'password-input'));
    });

    it('shows a protected article handed in by the app as protected, with no form (there is no source to ask)', async () => {
      const el = await fixture<NewsArticleElement>(html`<news-article></news-article>`);
      el.article = { id: '5', title: 'Sealed', excerpt: 'Should not show', bodyHtml: '', protected: true };
      await settled(el);
      expect(text(part(el, 'protected'))).to.equal('This story is protected by a password.');
      expect(part(el, 'password')).to.equal(null);
      expect(part(el, 'excerpt')).to.equal(null);
    });
  });

  describe('a title with inline HTML', () => {
    const post = {
      id: 12,
      link: 'https://news.example/2026/03/04/the-quiet-comeback/',
      title: { rendered: 'The <em>Quiet</em> Comeback' },
      content: { rendered: '<p>Body.</p>', protected: false },
      excerpt: { rendered: '<p>Short.</p>', protected: false },
      _embedded: { 'wp:term': [[{ name: 'Harbour', taxonomy: 'category', link: 'https://news.example/category/harbour/' }]] },
    };

    it('reads as the same plain text in the headline, the breadcrumb and the JSON-LD headline', async () => {
      const el = await fixture<NewsArticleElement>(html`<news-article .data=${post}></news-article>`);
      await settled(el);
      const title = part(el, 'title')!;
      expect(title.textContent).to.equal('The Quiet Comeback');
      expect(title.children.length, 'no markup in the headline').to.equal(0);
      const crumb = part(el, 'breadcrumb')!.querySelector('[aria-current="page"]')!;
      expect(crumb.textContent).to.equal('The Quiet Comeback');
      expect(jsonLd(el).headline).to.equal('The Quiet Comeback');
    });

    it('reads the same in a list and in the news-select detail', async () => {
      const list = await fixture<NewsListElement>(html`<news-list .data=${[post]}></news-list>`);
      await settled(list);
      const link = part(list, 'title')!;
      expect(link.textContent).to.equal('The Quiet Comeback');
      let selected: string | undefined;
      list.addEventListener('news-select', (event) => {
        selected = (event as CustomEvent<{ article: { title: string } }>).detail.article.title;
        event.preventDefault();
      });
      link.click();
      expect(selected).to.equal('The Quiet Comeback');
    });
  });

  describe('a protected post in a list', () => {
    it('shows its title with a "Protected" marker and no excerpt', async () => {
      const posts = [
        { id: 1, link: 'https://news.example/a/', title: { rendered: 'Open story' }, content: { rendered: '<p>x</p>', protected: false }, excerpt: { rendered: '<p>Open teaser.</p>', protected: false } },
        { id: 2, link: 'https://news.example/b/', title: { rendered: 'Sealed story' }, content: { rendered: '', protected: true }, excerpt: { rendered: '', protected: true } },
      ];
      const list = await fixture<NewsListElement>(html`<news-list lang="fr" .data=${posts}></news-list>`);
      await settled(list);
      const [open, sealed] = [...shadow(list).querySelectorAll('[part~="item"]')];
      expect(text(open!.querySelector('[part~="title"]'))).to.equal('Open story');
      expect(open!.querySelector('[part~="protected"]')).to.equal(null);
      expect(text(open!.querySelector('[part~="excerpt"]'))).to.equal('Open teaser.');
      expect(text(sealed!.querySelector('[part~="title"]'))).to.equal('Sealed story');
      expect(text(sealed!.querySelector('[part~="protected"]'))).to.equal('Protégé');
      expect(sealed!.querySelector('[part~="excerpt"]')).to.equal(null);
      await expect(list).shadowDom.to.be.accessible();
    });
  });
});
