import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/news-article/define.js';
import type { NewsArticleLoadDetail } from '../../src/components/news-article/news-article.js';
import { part, settled, text } from '../support/harness.js';

/**
 * A story whose comments are closed, with the comment widgets' code run only after the article has
 * loaded and told the page: an app that imports the comments' code when the reader gets near them, or the
 * script tag when the article's files and data come before the comment widgets' files. This file imports
 * no comment widget up front (each test file has a page of its own), so that order is certain here. Demo
 * post 14 has its comments closed.
 */
const POST = 14;

describe('comment widgets whose code runs after the article said the post is closed', () => {
  it('the list says comments are closed and offers no Reply; the form shows its closed part instead of the form', async () => {
    const loaded = new Promise<NewsArticleLoadDetail>((resolve) => document.addEventListener('news-load', (event) => resolve((event as CustomEvent<NewsArticleLoadDetail>).detail), { once: true }));
    const article = await fixture(html`<news-article src="/wp-json/wp/v2/posts/${POST}?_embed"></news-article>`);
    const said = await loaded;
    await settled(article);
    expect(said.article).to.include({ postId: POST, commentStatus: 'closed' });
    expect(customElements.get('comment-list')).to.equal(undefined);
    expect(customElements.get('comment-form')).to.equal(undefined);

    const holder = document.createElement('div');
    holder.innerHTML = `<comment-list post-id="${POST}" src="/wp-json/wp/v2/comments?post=${POST}"></comment-list><comment-form post-id="${POST}" action="/wp-json/wp/v2/comments"></comment-form>`;
    article.after(holder);
    await import('../../src/components/comment-list/define.js');
    await import('../../src/components/comment-form/define.js');
    const list = holder.querySelector('comment-list')!;
    const form = holder.querySelector('comment-form') as HTMLElement & { updateComplete: Promise<unknown> };
    await settled(list);
    await form.updateComplete;

    // Nothing more is said on the page: what they show, they knew when they were connected.
    expect(text(part(list, 'closed'))).to.equal('Comments are closed for this story.');
    expect(part(list, 'reply')).to.equal(null);
    expect(text(part(form, 'closed'))).to.equal('Comments are closed for this story.');
    expect(form.shadowRoot!.querySelectorAll('form, textarea').length).to.equal(0);
  });
});
