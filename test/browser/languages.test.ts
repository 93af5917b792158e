import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { registerMessages } from '../../src/i18n/localize.js';
import { en } from '../../src/i18n/messages.js';
import type { NewsArticle } from '../../src/data/model.js';
import type { NewsListElement } from '../../src/components/news-list/news-list.js';
import { waitFor } from '../support/wait.js';

const story = (id: string, commentCount: number): NewsArticle => ({
  id,
  url: `https://news.example/${id}`,
  title: `Story ${id}`,
  excerpt: '',
  bodyHtml: '',
  published: '2026-03-04T09:30:00Z',
  commentCount,
  authors: [],
  categories: [],
  tags: [],
  metrics: {},
});

const root = (el: Element): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>('[part="root"]')!;
const counts = (el: Element): string[] => [...el.shadowRoot!.querySelectorAll('[part~="comments"]')].map((node) => node.textContent!.trim());

/** A list of stories drawn inside `wrapper` (a template with one `<news-list>` somewhere in it). */
async function listIn(wrapper: ReturnType<typeof html>): Promise<NewsListElement> {
  const host = await fixture<HTMLElement>(wrapper);
  const list = (host.localName === 'news-list' ? host : host.querySelector('news-list')) as NewsListElement;
  await list.updateComplete;
  return list;
}

describe('languages', () => {
  it('a Russian page with no Russian catalog counts comments in English words and English plurals', async () => {
    const list = await listIn(html`<div lang="ru"><news-list .articles=${[story('a', 21), story('b', 1), story('c', 12345)]}></news-list></div>`);
    // Russian rules call 21 "one": English words must not take them ("21 comment").
    expect(counts(list)).to.deep.equal(['21 comments', '1 comment', '12\u00a0345 comments']);
    expect(root(list).getAttribute('lang')).to.equal('ru');
  });

  it('a page whose catalog is still loading counts in English until it arrives, then in its language', async () => {
    // As a French page on the script tag before news-widgets.fr.js: Portuguese, like French, calls 0 "one".
    const list = await listIn(html`<news-list lang="pt-BR" .articles=${[story('a', 0), story('b', 2)]}></news-list>`);
    expect(counts(list)).to.deep.equal(['0 comments', '2 comments']);
    registerMessages('pt', { ...en, comments: { one: '{n} comentário', other: '{n} comentários' } });
    await waitFor(() => counts(list)[0] === '0 comentário', `the list redraws in Portuguese (shows ${counts(list).join(', ')})`);
    expect(counts(list)[1]).to.equal('2 comentários');
  });

  it('an Egyptian Arabic page writes the numbers in its texts with Arabic-Indic digits, as its dates', async () => {
    const list = await listIn(html`<news-list lang="ar-EG" .articles=${[story('a', 12), story('b', 2)]}></news-list>`);
    expect(counts(list)).to.deep.equal(['١٢ تعليقًا', 'تعليقان']);
    const date = list.shadowRoot!.querySelector('time')!.textContent!;
    expect(date, 'the date beside it').to.match(/٢٠٢٦/);
    expect(root(list).getAttribute('dir')).to.equal('rtl');
  });

  it('draws right to left inside an ancestor with dir="rtl" and no lang, and follows a change of it', async () => {
    const list = await listIn(html`<div dir="rtl"><news-list .articles=${[story('a', 3)]}></news-list></div>`);
    expect(root(list).getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(root(list)).direction).to.equal('rtl');
    expect(counts(list), 'the text stays the page’s').to.deep.equal(['3 comments']);
    list.parentElement!.setAttribute('dir', 'ltr');
    await waitFor(() => root(list).getAttribute('dir') === 'ltr', 'the list follows its ancestor’s new dir');
  });

  it('takes dir from an ancestor across a shadow root, and its own dir wins over its language', async () => {
    const host = await fixture<HTMLElement>(html`<section dir="rtl"></section>`);
    const inner = host.attachShadow({ mode: 'open' });
    inner.innerHTML = '<news-list></news-list><news-list lang="ar" dir="ltr"></news-list>';
    const [nested, own] = [...inner.querySelectorAll('news-list')] as NewsListElement[];
    nested!.articles = [story('a', 1)];
    own!.articles = [story('a', 1)];
    await nested!.updateComplete;
    await own!.updateComplete;
    expect(root(nested!).getAttribute('dir')).to.equal('rtl');
    expect(root(own!).getAttribute('dir')).to.equal('ltr');
  });

  it('an Arabic widget on a page that says dir="ltr" is still right to left: its nearer lang comes first', async () => {
    const list = await listIn(html`<div dir="ltr"><news-list lang="ar" .articles=${[story('a', 1)]}></news-list></div>`);
    expect(root(list).getAttribute('dir')).to.equal('rtl');
  });

  it('lays out Kurmanji (ku) left to right and Sorani (ckb) right to left', async () => {
    const ku = await listIn(html`<news-list lang="ku" .articles=${[story('a', 1)]}></news-list>`);
    const ckb = await listIn(html`<news-list lang="ckb" .articles=${[story('a', 1)]}></news-list>`);
    expect(root(ku).getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(root(ku)).direction).to.equal('ltr');
    expect(root(ckb).getAttribute('dir')).to.equal('rtl');
  });
});
