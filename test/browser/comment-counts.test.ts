import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { CommentFormElement, NewsCommentDetail } from '../../src/components/comment-form/comment-form.js';
import '../../src/components/comment-form/define.js';
import '../../src/components/comment-list/define.js';
import '../../src/components/news-article/define.js';
import '../../src/components/news-list/define.js';
import '../../src/components/popular-news/define.js';
import { fill, part } from '../support/comment-form.js';
import { shadow, text } from '../support/harness.js';
import { waitFor } from '../support/wait.js';

/**
 * Every widget on a page that shows a post's comment count agrees with the comment list after a reader
 * publishes a comment from the page: the article's byline, each `<news-list>` and `<popular-news>`
 * item of that post, the comment list's heading, in the document or in shadow roots. A comment held for
 * moderation changes none of them, and the same post id on another site is another post. Post 10 of
 * the demo API is this file's alone.
 */
const COMMENTS = '/wp-json/wp/v2/comments';
const POSTS = '/wp-json/wp/v2/posts?_embed&per_page=20';
const POST = 10;
const SLUG = 'crumb-and-co-fifth-bakery-training-kitchen';

/** A component of the page's own whose shadow root holds widgets, as an app's would. */
class CountShell extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = `
      <news-list src="${POSTS}" limit="20"></news-list>
      <comment-form post-id="${POST}" action="${COMMENTS}" min-submit-ms="0"></comment-form>`;
  }
}
customElements.define('count-shell', CountShell);

let counter = 0;
const email = (): string => `counts-${Date.now()}-${(counter += 1)}@example.org`;

before(async () => {
  await fetch(`${COMMENTS}/reset?post=${POST}`, { method: 'POST', headers: { 'X-Demo-Reset': '1' } });
});


/** What each widget says of the post's comments, by widget. */
function counts(wrapper: HTMLElement) {
  const shell = shadow(wrapper.querySelector('count-shell')!);
  const item = (list: Element, href = SLUG): string =>
    text([...shadow(list).querySelectorAll('[part~="item"]')].find((li) => li.querySelector(`a[href*="${href}"]`))?.querySelector('[part~="comments"]'));
  const byline = text(shadow(wrapper.querySelector('news-article')!).querySelector('[part~="byline"]'));
  return {
    article: /(\d+) comments?/.exec(byline)?.[0] ?? `none in "${byline}"`,
    popular: item(wrapper.querySelector('popular-news')!),
    listInShadowRoot: item(shell.querySelector('news-list')!),
    commentList: text(shadow(wrapper.querySelector('comment-list')!).querySelector('[part~="heading"]')),
    sameIdOtherSite: item(wrapper.querySelector('news-list#elsewhere')!, 'other.example'),
  };
}

async function page(): Promise<{ wrapper: HTMLElement; form: CommentFormElement }> {
  const elsewhere = [{ title: 'A story on another site', url: 'https://other.example/news/a-story/', postId: POST, commentCount: 7 }];
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <news-article src=${`/wp-json/wp/v2/posts/${POST}?_embed`}></news-article>
    <comment-list post-id=${POST} src=${`${COMMENTS}?post=${POST}`}></comment-list>
    <popular-news src=${POSTS} limit="20"></popular-news>
    <news-list id="elsewhere" .articles=${elsewhere}></news-list>
    <count-shell></count-shell>
  </div>`);
  const form = shadow(wrapper.querySelector('count-shell')!).querySelector('comment-form')!;
  await waitFor(() => {
    const now = counts(wrapper);
    return Object.values(now).every((said) => /^\d+ comments?$/.test(said));
  }, 'every widget shows the count');
  return { wrapper, form };
}

async function post(form: CommentFormElement, comment: string): Promise<NewsCommentDetail> {
  await fill(form, { comment, name: 'Tess Morrow', email: email() });
  const sent = oneEvent(document, 'news-comment');
  part(form, 'submit').click();
  return ((await sent) as CustomEvent<NewsCommentDetail>).detail;
}

describe('comment counts on the page', () => {
  it('go up by one in every widget showing the post when a comment is published, and not for a held one', async () => {
    const { wrapper, form } = await page();
    const before = counts(wrapper);
    expect(before).to.deep.equal({ article: '0 comments', popular: '0 comments', listInShadowRoot: '0 comments', commentList: '0 comments', sameIdOtherSite: '7 comments' });

    const published = await post(form, 'Their sourdough class is the best thing to happen to Mill Lane.');
    expect(published.status).to.equal('approved');
    expect(published.endpoint).to.equal(new URL(COMMENTS, location.href).href);
    await waitFor(() => counts(wrapper).article === '1 comment' && counts(wrapper).listInShadowRoot === '1 comment', 'the counts follow');
    expect(counts(wrapper)).to.deep.equal({ article: '1 comment', popular: '1 comment', listInShadowRoot: '1 comment', commentList: '1 comment', sameIdOtherSite: '7 comments' });

    // "moderate" makes the demo API hold the comment: shown to its writer, counted nowhere.
    const held = await post(form, 'Please moderate this one: do they still run the evening classes?');
    expect(held.status).to.equal('hold');
    const list = wrapper.querySelector('comment-list')!;
    await waitFor(() => shadow(list).querySelector('[part~="moderation"]'), 'the held comment shows as awaiting moderation');
    for (const el of wrapper.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('news-article, popular-news, news-list')) await el.updateComplete;
    expect(counts(wrapper)).to.deep.equal({ article: '1 comment', popular: '1 comment', listInShadowRoot: '1 comment', commentList: '1 comment', sameIdOtherSite: '7 comments' });
  });

  it('agree with the server when a widget loads again after the comment', async () => {
    const { wrapper, form } = await page();
    const start = Number.parseInt(counts(wrapper).article, 10);
    await post(form, 'Booked the bread course for my dad. He is thrilled.');
    await waitFor(() => counts(wrapper).article === `${start + 1} comments`, 'the byline counts the comment');
    // The same endpoint read again (answers kept for reuse are older than the comment) says the same.
    const again = await fixture<HTMLElement>(html`<news-article src=${`/wp-json/wp/v2/posts/${POST}?_embed`}></news-article>`);
    await waitFor(() => /\d+ comments?/.test(text(shadow(again).querySelector('[part~="byline"]'))), 'the article loaded again');
    expect(/(\d+) comments?/.exec(text(shadow(again).querySelector('[part~="byline"]')))![0]).to.equal(`${start + 1} comments`);
  });
});
