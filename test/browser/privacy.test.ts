import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/comment-list/define.js';
import '../../src/components/news-article/define.js';
import '../../src/components/news-list/define.js';
import type { CommentListElement } from '../../src/components/comment-list/comment-list.js';
import type { NewsArticleElement } from '../../src/components/news-article/news-article.js';
import type { NewsListElement } from '../../src/components/news-list/news-list.js';
import { configure } from '../../src/config.js';
import type { NewsArticle, NewsComment } from '../../src/data/model.js';
import { shadow } from '../support/harness.js';
import { waitFor } from '../support/wait.js';

/**
 * What the widgets reveal to hosts the page did not choose: avatars (Gravatar, for WordPress) only as the
 * page allows, and no referrer on any image unless the page asks for one.
 */
const images = (el: HTMLElement): HTMLImageElement[] => [...shadow(el).querySelectorAll('img')];

/** A picture URL on this test server that no other test asks for, so its requests can be told apart. */
let counter = 0;
const picture = (name: string): string => `${location.origin}/demo-media/privacy-${name}.svg?w=40&h=40&n=${Date.now()}-${(counter += 1)}`;

const comment = (id: number, extra: Partial<NewsComment> = {}): Partial<NewsComment> => ({
  id: String(id),
  parent: 0,
  postId: 5,
  authorName: 'Ines María Okafor',
  contentHtml: `<p>Seen from the pier <img src="${picture('in-comment')}" alt="the pier"></p>`,
  date: '2026-11-02T10:00:00Z',
  status: 'approved',
  ...extra,
});

async function drawn(el: CommentListElement | NewsListElement | NewsArticleElement, what: string): Promise<void> {
  await waitFor(() => shadow(el).querySelector('.root')?.getAttribute('aria-busy') === 'false' && shadow(el).querySelector(what) !== null, `${el.localName} never drew ${what}`);
  await el.updateComplete;
}

/** Whether the browser asked for a URL (the resource timing buffer holds every request of the page). */
const requested = (url: string): boolean => performance.getEntriesByType('resource').some((entry) => entry.name === url);

describe('privacy: avatars and referrers', () => {
  afterEach(() => configure({ avatars: undefined, referrerPolicy: undefined }));

  it('shows avatar images by default, requested with no referrer', async () => {
    const avatar = picture('avatar');
    const el = await fixture<CommentListElement>(html`<comment-list .comments=${[comment(1, { authorAvatar: avatar })]}></comment-list>`);
    await drawn(el, '[part~="content"] img');
    const [shown, inComment] = images(el);
    expect(shown!.getAttribute('src')).to.equal(avatar);
    expect(shown!.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(inComment!.getAttribute('referrerpolicy'), 'an image inside a comment').to.equal('no-referrer');
  });

  it('avatars="initials" draws the author\'s initials and never requests the avatar', async () => {
    const avatar = picture('gravatar-stand-in');
    const el = await fixture<CommentListElement>(html`<comment-list avatars="initials" .comments=${[comment(1, { authorAvatar: avatar })]}></comment-list>`);
    await drawn(el, '[part~="comment"]');
    const initials = shadow(el).querySelector('[part~="avatar"]')!;
    expect(initials.localName).to.equal('span');
    expect(initials.textContent).to.equal('IO');
    expect(initials.getAttribute('aria-hidden')).to.equal('true');
    expect(images(el).map((img) => img.getAttribute('src'))).not.to.include(avatar);
    // Let the comment's own image load, so a request for the avatar would have been made by now too.
    await waitFor(() => requested(images(el)[0]!.src), 'the image in the comment never loaded');
    expect(requested(avatar), 'the avatar URL was requested').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('avatars="none" draws no avatar at all, and the text starts where it would have been', async () => {
    const el = await fixture<CommentListElement>(html`<comment-list avatars="none" .comments=${[comment(1, { authorAvatar: picture('none') })]}></comment-list>`);
    await drawn(el, '[part~="comment"]');
    expect(shadow(el).querySelector('.avatar')).to.equal(null);
    const meta = shadow(el).querySelector('[part~="meta"]')!.getBoundingClientRect();
    const content = shadow(el).querySelector('[part~="content"]')!.getBoundingClientRect();
    expect(Math.abs(content.left - meta.left)).to.be.below(1);
  });

  it('takes the avatar mode page-wide from configure(), and an element\'s own attribute wins', async () => {
    configure({ avatars: 'initials' });
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <comment-list .comments=${[comment(1, { authorAvatar: picture('page-wide') })]}></comment-list>
      <comment-list avatars="show" .comments=${[comment(2, { authorAvatar: picture('own') })]}></comment-list>
    </div>`);
    const [pageWide, own] = [...wrapper.querySelectorAll<CommentListElement>('comment-list')] as [CommentListElement, CommentListElement];
    await drawn(pageWide, '[part~="comment"]');
    await drawn(own, '[part~="comment"]');
    expect(shadow(pageWide).querySelector('[part~="avatar"]')!.localName).to.equal('span');
    expect(shadow(own).querySelector('[part~="avatar"]')!.localName).to.equal('img');
    configure({ avatars: 'none' });
    await waitFor(() => shadow(pageWide).querySelector('.avatar') === null, 'a page-wide change did not reach the list already on the page');
  });

  it('requests list thumbnails, the article image and images in the story with no referrer', async () => {
    const story: Partial<NewsArticle> = {
      id: 'p1',
      url: 'https://news.example/harbour',
      title: 'The harbour wall is finished',
      bodyHtml: `<p>First paragraph.</p><p><img src="${picture('in-story')}" alt="the wall"></p>`,
      image: { url: picture('hero'), alt: 'The new wall at dawn' },
    };
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <news-list thumbnails .articles=${[{ ...story, image: { url: picture('thumb'), alt: '' } }]}></news-list>
      <news-article .article=${story}></news-article>
    </div>`);
    const list = wrapper.querySelector<NewsListElement>('news-list')!;
    const article = wrapper.querySelector<NewsArticleElement>('news-article')!;
    await drawn(list, 'img');
    await drawn(article, '[part~="body"] img');
    const all = [...images(list), ...images(article)];
    expect(all).to.have.length(3);
    for (const img of all) expect(img.getAttribute('referrerpolicy'), img.src).to.equal('no-referrer');
  });

  it('leaves images to the page\'s own referrer policy when the page asks for it, page-wide or per element', async () => {
    configure({ referrerPolicy: '' });
    const el = await fixture<CommentListElement>(html`<comment-list .comments=${[comment(1, { authorAvatar: picture('page-policy') })]}></comment-list>`);
    await drawn(el, '[part~="content"] img');
    for (const img of images(el)) expect(img.referrerPolicy, img.src).to.equal('');
    const own = await fixture<CommentListElement>(
      html`<comment-list referrer-policy="strict-origin" .comments=${[comment(2, { authorAvatar: picture('own-policy') })]}></comment-list>`,
    );
    await drawn(own, '[part~="content"] img');
    for (const img of images(own)) expect(img.getAttribute('referrerpolicy'), img.src).to.equal('strict-origin');
  });
});
