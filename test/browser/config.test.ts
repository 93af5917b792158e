import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { configure } from '../../src/config.js';
import '../../src/define.js';
import type { NewsListElement } from '../../src/components/news-list/news-list.js';

describe('page-wide defaults', () => {
  after(() => configure({ baseUrl: undefined, lang: undefined, theme: undefined }));

  it('resolves relative sources against the base URL and applies language and theme to every widget', async () => {
    configure({ baseUrl: '/mock/', lang: 'fr', theme: 'dark' });
    const list = await fixture<NewsListElement>(html`<news-list src=${"feed?fixture=json-feed-1.1&key=config-base"}></news-list>`);
    await waitUntil(() => list.shadowRoot!.querySelectorAll('[part~="item"]').length > 0, 'the list loads from /mock/feed');
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
});
