import { expect, fixture, html } from '@open-wc/testing';
import { configure } from '../../src/config.js';
import '../../src/define.js';
import type { NewsListElement } from '../../src/components/news-list/news-list.js';
import { waitFor } from '../support/wait.js';

describe('page-wide defaults', () => {
  after(() => configure({ baseUrl: undefined, lang: undefined, theme: undefined }));

  it('resolves relative sources against the base URL and applies language and theme to every widget', async () => {
    configure({ baseUrl: '/mock/', lang: 'fr', theme: 'dark' });
    const list = await fixture<NewsListElement>(html`<news-list src=${"feed?fixture=json-feed-1.1&key=config-base"}></news-list>`);
    await waitFor(() => list.shadowRoot!.querySelectorAll('[part~="item"]').length > 0, 'the list loads from /mock/feed');
    const hits = (await (await fetch('/mock/hits?key=config-base')).json()) as { hits: number };
    expect(hits.hits).to.equal(1);
    expect(list.matches(':state(theme-dark)')).to.equal(true);
    expect(getComputedStyle(list).colorScheme).to.equal('dark');
    expect(list.shadowRoot!.querySelector('[part="root"]')!.getAttribute('lang')).to.equal('fr');
  });

  it('lets an element keep its own language and theme', async () => {
    configure({ lang: 'fr', theme: 'dark' });
    const list = await fixture<NewsListElement>(html`<news-list lang="en" theme="light" .articles=${[]}></news-list>`);
    expect(list.getAttribute('theme')).to.equal('light');
    expect(list.matches(':state(theme-light)') && !list.matches(':state(theme-dark)')).to.equal(true);
    expect(list.shadowRoot!.querySelector('[part~="empty"]')!.textContent).to.contain('No stories');
  });

  it('updates widgets already on the page when defaults change', async () => {
    configure({ lang: 'en' });
    const list = await fixture<NewsListElement>(html`<news-list .articles=${[]}></news-list>`);
    expect(list.shadowRoot!.querySelector('[part~="empty"]')!.textContent).to.contain('No stories');
    configure({ lang: 'fr' });
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector('[part~="empty"]')!.textContent).to.contain('Aucun article');
  });

  describe('at run time', () => {
    const story = { id: 's1', title: 'Harbour opens', url: 'https://news.example/s1', published: '2026-03-04T09:30:00Z' };
    let htmlLang = '';
    beforeEach(() => {
      htmlLang = document.documentElement.lang;
      configure({ lang: undefined, theme: undefined });
    });
    afterEach(() => {
      document.documentElement.lang = htmlLang;
      configure({ lang: undefined, theme: undefined });
    });

    const date = (list: NewsListElement): string => list.shadowRoot!.querySelector('time')!.textContent!.trim();

    it('a theme set by configure() reaches widgets already on the page, but not one with its own theme', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><news-list .articles=${[story]}></news-list><news-list theme="light" .articles=${[story]}></news-list></div>`);
      const [plain, own] = [...wrapper.children] as NewsListElement[];
      await plain!.updateComplete;
      expect(plain!.matches(':state(theme-dark)')).to.equal(false);
      configure({ theme: 'dark' });
      await waitFor(() => plain!.matches(':state(theme-dark)'), 'the widget takes the new page-wide theme');
      expect(getComputedStyle(plain!).colorScheme).to.equal('dark');
      expect(own!.matches(':state(theme-light)') && !own!.matches(':state(theme-dark)'), 'its own theme wins').to.equal(true);
      configure({ theme: undefined });
      await waitFor(() => !plain!.matches(':state(theme-dark)'), 'and drops it again');
    });

    it('texts and dates follow a change of <html lang> after load', async () => {
      document.documentElement.lang = 'en';
      const wrapper = await fixture<HTMLDivElement>(html`<div><news-list .articles=${[story]}></news-list><news-list .articles=${[]}></news-list></div>`);
      const [list, empty] = [...wrapper.children] as NewsListElement[];
      await list!.updateComplete;
      expect(date(list!)).to.equal('Mar 4, 2026');
      document.documentElement.lang = 'fr';
      await waitFor(() => date(list!) === '4 mars 2026', `the date follows the page's language (was ${date(list!)})`);
      await waitFor(() => empty!.shadowRoot!.querySelector('[part~="empty"]')!.textContent!.includes('Aucun article'), 'so do the texts');
      expect(list!.shadowRoot!.querySelector('[part="root"]')!.getAttribute('lang')).to.equal('fr');
    });

    it('a widget follows a change of lang on an ancestor, and keeps its own lang when it has one', async () => {
      document.documentElement.lang = 'en';
      const section = await fixture<HTMLElement>(html`<section lang="en"><news-list .articles=${[story]}></news-list><news-list lang="en" .articles=${[story]}></news-list></section>`);
      const [follows, own] = [...section.children] as NewsListElement[];
      await own!.updateComplete;
      section.setAttribute('lang', 'ar');
      await waitFor(() => follows!.shadowRoot!.querySelector('[part="root"]')!.getAttribute('dir') === 'rtl', 'Arabic lays out right to left');
      expect(date(own!)).to.equal('Mar 4, 2026');
    });
  });
});
