import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { CommentFormElement, NewsCommentDetail } from '../../src/components/comment-form/comment-form.js';
import '../../src/components/comment-form/define.js';
import type { CommentListElement } from '../../src/components/comment-list/comment-list.js';
import '../../src/components/comment-list/define.js';
import { configure } from '../../src/config.js';
import { fill, part } from '../support/comment-form.js';
import { waitFor } from '../support/wait.js';

/**
 * A comment the reader has just posted looks like the others in the list at once: the avatar the
 * server's answer gives (WordPress's `author_avatar_urls`, which the demo API sends as WordPress does),
 * or, where the answer has no picture, the author's initials; and always as `avatars` and the referrer
 * policy say. Posts 9 and 11 of the demo API are this file's alone.
 */
const COMMENTS = '/wp-json/wp/v2/comments';
const CLASSIC = '/wp-comments-post.php';
const POST = 9;

let counter = 0;
/** An email of its own per comment: the demo API refuses a second one from the same address within seconds. */
const email = (): string => `avatar-${Date.now()}-${(counter += 1)}@example.org`;

before(async () => {
  await fetch(`${COMMENTS}/reset?post=9,11`, { method: 'POST', headers: { 'X-Demo-Reset': '1' } });
});

afterEach(() => configure({ avatars: undefined, referrerPolicy: undefined }));

/** A list and a form for one post, with the list's attributes as given. */
async function page(listAttrs: { avatars?: string; referrerPolicy?: string } = {}, action = COMMENTS, post = POST) {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <comment-list
      post-id=${post}
      src=${`${COMMENTS}?post=${post}`}
      avatars=${listAttrs.avatars ?? 'show'}
      referrer-policy=${listAttrs.referrerPolicy ?? 'no-referrer'}
    ></comment-list>
    <comment-form post-id=${post} action=${action} min-submit-ms="0"></comment-form>
  </div>`);
  const list = wrapper.querySelector('comment-list')!;
  const form = wrapper.querySelector('comment-form')!;
  await waitFor(() => list.shadowRoot?.querySelector('.root')?.getAttribute('aria-busy') === 'false', 'the comments loaded');
  return { list, form };
}

/** Posts a comment by `name` and waits until the list shows it; returns the comment's avatar element. */
async function post(form: CommentFormElement, list: CommentListElement, name: string): Promise<{ avatar: Element | null; detail: NewsCommentDetail }> {
  await fill(form, { comment: `A word from ${name}, number ${counter + 1}.`, name, email: email() });
  const sent = oneEvent(form, 'news-comment');
  part(form, 'submit').click();
  const { detail } = (await sent) as CustomEvent<NewsCommentDetail>;
  const id = detail.comment.id || 'posted-1';
  await waitFor(() => list.shadowRoot!.querySelector(`[id="comment-${id}"]`), 'the posted comment shows in the list');
  await list.updateComplete;
  return { avatar: list.shadowRoot!.querySelector(`[id="comment-${id}"] .avatar`), detail };
}

describe('a comment the reader just posted', () => {
  it("shows the avatar from the server's answer, the one the list shows for the same comment fetched", async () => {
    const { list, form } = await page();
    const { avatar, detail } = await post(form, list, 'Wendy Marsh');
    expect(avatar?.localName, 'an image, not an empty circle').to.equal('img');
    expect(avatar!.getAttribute('src')).to.equal(`${location.origin}/demo-media/avatar-wendy-marsh.svg?w=96&h=96`);
    expect(avatar!.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(avatar!.getAttribute('part')).to.equal('avatar');
    expect(detail.comment.url, "the comment's own link, as for fetched ones").to.match(/\/news\/allotment-astronomers-variable-star\/#comment-\d+$/);

    // The same comment, read from the endpoint by a list opened afterwards, is drawn the same way.
    const later = await fixture<CommentListElement>(html`<comment-list post-id=${POST} src=${`${COMMENTS}?post=${POST}`}></comment-list>`);
    await waitFor(() => later.shadowRoot!.querySelector(`[id="comment-${detail.comment.id}"] .avatar`), 'the comment is fetched');
    const fetched = later.shadowRoot!.querySelector(`[id="comment-${detail.comment.id}"] .avatar`)!;
    expect(fetched.outerHTML).to.equal(avatar!.outerHTML);
  });

  it("asks for the avatar with the list's referrer policy", async () => {
    const { list, form } = await page({ referrerPolicy: 'strict-origin' });
    const { avatar } = await post(form, list, 'Pavel Rusk');
    expect(avatar!.getAttribute('referrerpolicy')).to.equal('strict-origin');
  });

  it('draws the initials the list draws for others with avatars="initials", and requests no picture', async () => {
    const { list, form } = await page({ avatars: 'initials' });
    const { avatar } = await post(form, list, 'Ines de la Fuente');
    expect(avatar?.localName).to.equal('span');
    expect(avatar!.textContent).to.equal('IF');
    expect(list.shadowRoot!.querySelector('img.avatar'), 'no avatar image at all').to.equal(null);
    const others = [...list.shadowRoot!.querySelectorAll('.comment .avatar')];
    expect(others.every((other) => other.localName === 'span' && other.getAttribute('part') === 'avatar')).to.equal(true);
  });

  it('shows no avatar with a page-wide avatars="none"', async () => {
    configure({ avatars: 'none' });
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <comment-list post-id=${POST} .comments=${[]}></comment-list>
      <comment-form post-id=${POST} action=${COMMENTS} min-submit-ms="0"></comment-form>
    </div>`);
    const list = wrapper.querySelector('comment-list')!;
    const form = wrapper.querySelector('comment-form')!;
    await list.updateComplete;
    const { avatar } = await post(form, list, 'Noor Haddad');
    expect(avatar).to.equal(null);
  });

  it("draws the author's initials where the answer has no picture (WordPress's classic endpoint)", async () => {
    const { list, form } = await page({}, CLASSIC, 11);
    const { avatar } = await post(form, list, 'Gwen Tallis');
    expect(avatar?.localName, 'letters, not an empty circle').to.equal('span');
    expect(avatar!.textContent).to.equal('GT');
    expect(avatar!.getAttribute('part')).to.equal('avatar');
  });
});
