import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { part, parts, settled, shadow } from '../support/harness.js';
import { waitFor } from '../support/wait.js';
import '../../src/components/comment-form/define.js';
import '../../src/components/comment-list/define.js';
import type { CommentListElement, NewsReplyDetail } from '../../src/components/comment-list/comment-list.js';
import { configure } from '../../src/config.js';
import type { NewsComment } from '../../src/data/model.js';

/** Each comment as `id@depth`, depth counted in nested reply lists, in document order. */
const outline = (el: HTMLElement): string[] =>
  parts(el, 'comment').map((comment) => {
    let depth = 0;
    for (let node = comment.parentElement; node && node !== shadow(el).host; node = node.parentElement) if (node.matches('.replies')) depth += 1;
    return `${comment.id.replace('comment-', '')}@${depth}`;
  });

const comment = (id: number, parent = 0, extra: Partial<NewsComment> = {}): Partial<NewsComment> => ({
  id: String(id),
  parent,
  postId: 5,
  authorName: `Reader ${id}`,
  contentHtml: `<p>Comment number ${id}.</p>`,
  date: `2026-11-0${1 + (id % 8)}T10:00:00Z`,
  url: `https://news.example/story/#comment-${id}`,
  status: 'approved',
  ...extra,
});

describe('<comment-list>', () => {
  afterEach(() => {
    // The lists go first: a list still on the page would follow the reset and ask for its comments again.
    fixtureCleanup();
    configure({ baseUrl: undefined });
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  describe('states', () => {
    it('is accessible while loading, loaded, empty and failed', async () => {
      // Held by the test server: it stays loading while it is checked, and is given up when removed.
      const loading = await fixture<CommentListElement>(html`<comment-list src=${'/mock/feed?hold=cl-loading&body=[]&key=cl-loading'}></comment-list>`);
      expect(part(loading, 'skeleton')).to.not.equal(null);
      await expect(loading).to.be.accessible();
      const loaded = await fixture<CommentListElement>(html`<comment-list .comments=${[comment(1), comment(2, 1)]}></comment-list>`);
      await settled(loaded);
      await expect(loaded).to.be.accessible();
      const empty = await fixture<CommentListElement>(html`<comment-list .comments=${[]}></comment-list>`);
      await settled(empty);
      expect(part(empty, 'empty')!.textContent).to.contain('No comments yet');
      await expect(empty).to.be.accessible();
      const failed = await fixture<CommentListElement>(html`<comment-list src=${'/mock/feed?status=503&body={}&key=cl-fail'}></comment-list>`);
      await waitFor(() => part(failed, 'error'), 'the error shows');
      expect(part(failed, 'retry'), 'a server error may pass: retry').to.not.equal(null);
      await expect(failed).to.be.accessible();
    });
  });

  describe('from a WordPress comments endpoint', () => {
    it('reads the approved comments, threaded, with the count, dates, and avatars that cannot shift the layout', async () => {
      const el = await fixture<CommentListElement>(html`<comment-list src=${'/mock/feed?fixture=wordpress-comments&pages=1'}></comment-list>`);
      await settled(el);
      expect(part(el, 'heading')!.textContent).to.equal('5 comments');
      expect(outline(el)).to.deep.equal(['101@0', '102@1', '103@2', '104@0', '105@1']);
      expect(parts(el, 'author').map((node) => [node.textContent, node.getAttribute('href')])).to.deep.equal([
        ['Maren Holt', null],
        ['Tobias Lane', 'https://tobias.example/'],
        ['Maren Holt', null],
        ['Ines Ferro', 'https://ines.example/'],
        ['Harbour Trust', null],
      ]);
      const time = shadow(el).querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2026-11-01T10:10:00.000Z');
      const avatar = part(el, 'avatar') as HTMLImageElement;
      expect(avatar.getAttribute('src')).to.equal('https://news.example/avatars/101-96.png');
      expect([avatar.getAttribute('width'), avatar.getAttribute('height'), avatar.loading, avatar.alt]).to.deep.equal(['40', '40', 'lazy', '']);
      expect(parts(el, 'content')[0]!.textContent).to.contain('cliff path');
      await expect(el).to.be.accessible();
    });

    it('reads post-id against the page-wide base URL', async () => {
      configure({ baseUrl: '/wp-json/wp/v2/' });
      const expected = (await (await fetch('/wp-json/wp/v2/comments?post=6&per_page=100')).json()) as unknown[];
      const el = await fixture<CommentListElement>(html`<comment-list post-id="6"></comment-list>`);
      await settled(el);
      expect(parts(el, 'comment')).to.have.length(expected.length);
      expect(expected.length).to.be.greaterThan(0);
    });
  });

  describe('lazy loading', () => {
    it('with loading="lazy", asks for nothing until the list comes near the viewport', async () => {
      const key = `cl-lazy-${Date.now()}`;
      const hits = async (): Promise<number> => ((await (await fetch(`/mock/hits?key=${key}`)).json()) as { hits: number }).hits;
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <div style="height: 4000px"></div>
        <comment-list loading="lazy" src=${`/mock/feed?fixture=wordpress-comments&key=${key}`}></comment-list>
      </div>`);
      const el = wrapper.querySelector('comment-list')!;
      await el.updateComplete;
      expect(await hits(), 'nothing requested while far below the viewport').to.equal(0);
      el.scrollIntoView();
      await settled(el);
      expect(parts(el, 'comment')).to.have.length(5);
      expect(await hits()).to.equal(1);
    });
  });

  describe('threads', () => {
    it('nests replies up to max-depth; deeper ones stay at the last level and say whom they answer', async () => {
      const chain = [comment(1), comment(2, 1), comment(3, 2), comment(4, 3, { authorName: 'Dee' }), comment(5, 4)];
      const el = await fixture<CommentListElement>(html`<comment-list max-depth="3" .comments=${chain}></comment-list>`);
      await settled(el);
      expect(outline(el)).to.deep.equal(['1@0', '2@1', '3@2', '4@2', '5@2']);
      expect(parts(el, 'in-reply-to').map((node) => node.textContent)).to.deep.equal(['In reply to Reader 3', 'In reply to Dee']);
    });

    it('shows the first conversations and more on request, moving focus to the first new one', async () => {
      const many = Array.from({ length: 5 }, (_, i) => comment(i + 1));
      const el = await fixture<CommentListElement>(html`<comment-list limit="2" .comments=${many}></comment-list>`);
      await settled(el);
      expect(parts(el, 'comment')).to.have.length(2);
      part(el, 'load-more')!.click();
      await waitFor(() => parts(el, 'comment').length === 4, 'two more conversations show');
      await waitFor(() => shadow(el).activeElement?.id === 'comment-3', 'focus moves to the first new one');
    });
  });

  describe('Reply', () => {
    it('points the comment form for the same post at the comment, and fires a cancelable news-reply', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <comment-list post-id="5" .comments=${[comment(1)]}></comment-list>
        <comment-form post-id="5" action="/wp-json/wp/v2/comments"></comment-form>
      </div>`);
      const el = wrapper.querySelector('comment-list')!;
      const form = wrapper.querySelector('comment-form')!;
      await settled(el);
      const replies: NewsReplyDetail[] = [];
      wrapper.addEventListener('news-reply', (event) => replies.push((event as CustomEvent<NewsReplyDetail>).detail));
      const button = part(el, 'reply')!;
      expect(button.getAttribute('aria-label')).to.equal('Reply to Reader 1');
      button.click();
      expect(replies).to.have.length(1);
      expect(replies[0]!.form).to.equal(form);
      expect(replies[0]!.comment.id).to.equal('1');
      // Ids are opaque strings, passed on as they are.
      await waitFor(() => form.parentId === '1', 'the form now answers comment 1');
      await waitFor(() => form.shadowRoot!.activeElement?.localName === 'textarea', 'focus moves to the comment box');
      const replyTo = form.shadowRoot!.querySelector('[part~="reply-to"]')!;
      expect(replyTo.textContent).to.contain('Replying to Reader 1');
      (form.shadowRoot!.querySelector('[part~="cancel-reply"]') as HTMLElement).click();
      await waitFor(() => form.parentId === 0 && !form.shadowRoot!.querySelector('[part~="reply-to"]'), 'cancel makes it a comment of its own');
    });

    it('lets the page handle Reply itself by cancelling news-reply', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div @news-reply=${(event: Event) => event.preventDefault()}>
        <comment-list post-id="5" .comments=${[comment(1)]}></comment-list>
        <comment-form post-id="5" action="/wp-json/wp/v2/comments"></comment-form>
      </div>`);
      const el = wrapper.querySelector('comment-list')!;
      await settled(el);
      part(el, 'reply')!.click();
      await wrapper.querySelector('comment-form')!.updateComplete;
      expect(wrapper.querySelector('comment-form')!.parentId).to.equal(0);
    });
  });

  describe('anchors', () => {
    it('opens at #comment-<id>: shows that conversation even past the limit, scrolls to it and focuses it', async () => {
      history.replaceState(null, '', '#comment-4');
      const many = Array.from({ length: 5 }, (_, i) => comment(i + 1));
      const el = await fixture<CommentListElement>(html`<comment-list limit="2" .comments=${many}></comment-list>`);
      await settled(el);
      await waitFor(() => shadow(el).activeElement?.id === 'comment-4', 'the comment asked for has focus');
      expect(parts(el, 'comment').length).to.equal(4);
    });

    it('follows a later change of the address to another comment', async () => {
      const el = await fixture<CommentListElement>(html`<comment-list .comments=${[comment(1), comment(2)]}></comment-list>`);
      await settled(el);
      location.hash = '#comment-2';
      await waitFor(() => shadow(el).activeElement?.id === 'comment-2', 'the comment gets focus');
    });
  });

  describe('comments posted from the page', () => {
    const post = (detail: { comment: Partial<NewsComment>; status: string }): void => {
      document.body.dispatchEvent(new CustomEvent('news-comment', { detail, bubbles: true, composed: true }));
    };

    it('adds an approved comment at once, and a held one marked as awaiting moderation', async () => {
      const el = await fixture<CommentListElement>(html`<comment-list post-id="5" .comments=${[comment(1)]}></comment-list>`);
      await settled(el);
      post({ comment: comment(50, 1, { authorName: 'Newcomer' }), status: 'approved' });
      await waitFor(() => outline(el).includes('50@1'), 'the reply shows under what it answers');
      expect(part(el, 'heading')!.textContent).to.equal('2 comments');
      post({ comment: comment(51, 0, { status: 'hold' }), status: 'hold' });
      await waitFor(() => part(el, 'moderation'), 'the held comment is marked');
      expect(part(el, 'moderation')!.textContent).to.contain('awaiting moderation');
      expect(part(el, 'heading')!.textContent, 'a held comment is not counted').to.equal('2 comments');
      post({ comment: comment(52, 0, { postId: 9 }), status: 'approved' });
      await el.updateComplete;
      expect(outline(el).some((entry) => entry.startsWith('52@')), 'another post’s comment is not added').to.equal(false);
    });

    it('turns "No comments yet" into the first comment', async () => {
      const el = await fixture<CommentListElement>(html`<comment-list post-id="5" .comments=${[]}></comment-list>`);
      await settled(el);
      post({ comment: comment(60), status: 'approved' });
      await waitFor(() => parts(el, 'comment').length === 1, 'the comment shows');
      expect(part(el, 'empty')).to.equal(null);
    });
  });

  describe('closed', () => {
    it('says comments are closed and offers no Reply, by attribute or when the article on the page says so', async () => {
      const el = await fixture<CommentListElement>(html`<comment-list closed .comments=${[comment(1)]}></comment-list>`);
      await settled(el);
      expect(part(el, 'closed')!.textContent).to.contain('closed');
      expect(part(el, 'reply')).to.equal(null);
      const other = await fixture<CommentListElement>(html`<comment-list post-id="5" .comments=${[comment(1)]}></comment-list>`);
      await settled(other);
      document.body.dispatchEvent(new CustomEvent('news-load', { detail: { article: { postId: 5, commentStatus: 'closed' } }, bubbles: true, composed: true }));
      await waitFor(() => part(other, 'closed'), 'the list follows the article');
      expect(part(other, 'reply')).to.equal(null);
    });
  });

  describe('structured data', () => {
    it('adds schema.org Comment items on the article’s @id, approved comments only', async () => {
      const el = await fixture<CommentListElement>(html`<comment-list .comments=${[comment(1), comment(2, 1), comment(3, 0, { status: 'hold' })]}></comment-list>`);
      await settled(el);
      const script = el.querySelector('script[type="application/ld+json"]')!;
      const data = JSON.parse(script.textContent!) as { '@id': string; comment: Array<{ '@type': string; text: string; parentItem?: { '@id': string } }> };
      expect(data['@id']).to.equal('https://news.example/story/');
      expect(data.comment.map((c) => c.text)).to.deep.equal(['Comment number 1.', 'Comment number 2.']);
      expect(data.comment[1]!.parentItem).to.deep.equal({ '@id': 'https://news.example/story/#comment-1' });
    });
  });

  describe('bad input', () => {
    it('takes nulls, wrong types, HTML names, loops and hostile HTML without a throw, junk or anything unsafe', async () => {
      const hostile = [
        null,
        'text',
        { id: 1, parent: 2, authorName: '<img src=x onerror="window.__pwned=1">Ana', authorUrl: 'javascript:alert(1)', contentHtml: '<p onclick="window.__pwned=2">Hi<script>window.__pwned=3</script></p>' },
        { id: 2, parent: 1, authorName: 42, contentHtml: { not: 'html' }, date: 'yesterday', authorAvatar: 'javascript:alert(1)' },
        { id: 3, parent: 3, authorName: null },
        { id: null },
      ];
      const el = await fixture<CommentListElement>(html`<comment-list .comments=${hostile}></comment-list>`);
      await settled(el);
      expect(parts(el, 'comment')).to.have.length(3);
      expect(parts(el, 'author').map((node) => node.textContent)).to.deep.equal(['Ana', '42', 'Anonymous']);
      expect(shadow(el).querySelectorAll('script, [onclick], [onerror], time').length).to.equal(0);
      for (const node of shadow(el).querySelectorAll('[href], [src]')) expect(node.getAttribute('href') ?? node.getAttribute('src')).to.not.match(/^javascript:/i);
      expect(shadow(el).innerHTML).to.not.contain('[object Object]');
      expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    });

    it('draws a chain of a thousand replies, each past max-depth at the last level', async () => {
      // A thousand levels is past any depth a page nests (the HTML parser stops at 512); threading ten
      // thousand without recursion is checked in test/unit/comments.test.ts, where it costs no layout.
      const chain = Array.from({ length: 1000 }, (_, i) => comment(i + 1, i));
      const el = await fixture<CommentListElement>(html`<comment-list .comments=${chain}></comment-list>`);
      await settled(el);
      expect(outline(el)).to.deep.equal(chain.map((_, i) => `${i + 1}@${Math.min(i, 3)}`));
      const answers = parts(el, 'in-reply-to');
      expect(answers).to.have.length(996);
      expect(answers.at(-1)!.textContent).to.equal('In reply to Reader 999');
      expect(part(el, 'heading')!.textContent).to.equal('1,000 comments');
    });
  });
});
