import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { getDefaults, type AvatarMode } from '../../config.js';
import { finishCommentInput, loadComments, readComments, threadComments, type CommentMapping, type CommentNode } from '../../data/comments.js';
import { NewsError } from '../../data/errors.js';
import type { FetchOptions } from '../../data/fetch-json.js';
import { commentsJsonLd } from '../../data/json-ld-writer.js';
import type { CommentPage, NewsComment } from '../../data/model.js';
import { eachInSlices } from '../../data/slices-each.js';
import { getSanitizer, type Sanitize, type SanitizeOptions } from '../../data/sanitize.js';
import { enComments } from '../../i18n/en-comments.js';
import { enSanitized } from '../../i18n/en-sanitized.js';
import { dateTimeFormat } from '../../i18n/intl.js';
import { addEnglish } from '../../i18n/localize.js';
import { DataElement } from '../base/data-element.js';
import { emit } from '../base/events.js';
import { heading } from '../base/heading.js';
import { HashLandingController } from '../base/hash-landing.js';
import { JsonLdController } from '../base/json-ld-script.js';
import { PostStatusController } from '../base/post-status.js';
import { sanitized } from '../base/sanitized.js';
import { NearViewportController } from '../base/viewport.js';
import { commentListStyles } from './comment-list.styles.js';

/** Detail of the `news-load` event. */
export interface CommentListLoadDetail {
  page: CommentPage;
  comments: NewsComment[];
}

/** Detail of the `news-reply` event. */
export interface NewsReplyDetail {
  /** The comment the reader chose to answer. */
  comment: NewsComment;
  /** The `<comment-form>` that will carry the reply, if one was found. */
  form: HTMLElement | null;
}

/** What a `<comment-form>` offers to be pointed at a comment. */
interface ReplyTarget extends HTMLElement {
  replyTo?(comment: { id: string; name: string }): void;
  postId?: number;
}

/** Comments a reader posted from this page, with the status the server gave them. */
interface Posted {
  comment: NewsComment;
  status: string;
}

const DEFAULT_LIMIT = 20;
const SKELETON_COMMENTS = 3;
const SCROLL_MARGIN = '0px 0px 400px 0px';
const ANCHOR = /^#comment-([\w-]+)$/;
/** What a comment's content is cleaned from: the same HTML with the same options is the same fragment. */
const contentKey = (html: string, options: SanitizeOptions): string => `${options.referrerPolicy}\n${options.base}\n${html}`;

/** How a comment's content is cleaned: its links and images against its own address. */
const contentOptions = (comment: NewsComment, referrerPolicy: ReferrerPolicy): SanitizeOptions => ({ ...(comment.url ? { base: comment.url } : {}), referrerPolicy });

/** Per list, the content of the comments shown first, cleaned before the render, by `contentKey`. */
const cleanedAhead = new WeakMap<HTMLElement, Map<string, DocumentFragment>>();

/** `sanitize` as a list's render calls it: a content cleaned ahead is taken (once: drawing a fragment empties it), any other cleaned then. */
const takingCleaned =
  (list: HTMLElement, sanitize: Sanitize): Sanitize =>
  (html, options = {}) => {
    const cleaned = cleanedAhead.get(list);
    const key = contentKey(html, options);
    const ready = cleaned?.get(key);
    cleaned?.delete(key);
    return ready ?? sanitize(html, options);
  };

/** Up to two letters for a name: its first word's first letter and, for several words, its last word's. */
function initials(name: string, lang: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = (word: string | undefined): string => (word ? (Array.from(word)[0] ?? '') : '');
  const letters = words.length > 1 ? first(words[0]) + first(words[words.length - 1]) : first(words[0]);
  try {
    return letters.toLocaleUpperCase(lang);
  } catch {
    return letters.toUpperCase();
  }
}

/**
 * The comments under an article, threaded: each reply inside the comment it answers, with the author,
 * an avatar, the date in the reader's language and the content through the same sanitizer as article
 * bodies. "Reply" points the page's `<comment-form>` at a comment; a comment posted from that form
 * appears in place. Each comment is anchored as `#comment-<id>` (WordPress's own convention), and a page
 * opened at such an address brings that comment into view. Reads WordPress's comments endpoint (every
 * page of it) or any JSON through `items` + `mapping`.
 *
 * The post's comments are closed when `closed` is set, or when a `<news-article>` on the page shows that
 * post with its comments closed.
 *
 * @tagname comment-list
 * @summary The threaded comments of an article, with Reply wired to `<comment-form>`.
 *
 * @attr src - URL of a comments endpoint (WordPress: `.../wp-json/wp/v2/comments?post=ID`); relative URLs resolve against the page-wide `baseUrl`.
 * @attr post-id - The article's numeric id: without `src`, reads `comments?post=ID` against the page-wide `baseUrl`; also picks the `<comment-form>` for Reply and the comments posted from it.
 * @attr items - Dot path to the array of comments in JSON of any other shape.
 * @attr mapping - JSON describing where each comment field is (`id`, `parent`, `authorName`, `authorUrl`, `avatar`, `date`, `content`, `url`).
 * @attr order - `asc` (oldest first, default, as WordPress themes show them) or `desc`.
 * @attr max-depth - How many levels replies nest (default 4); deeper replies stay at the last level and say whom they answer.
 * @attr limit - How many conversations (top-level comments with their replies) to show at first and per "Show more comments" (default 20).
 * @attr load-more - `manual` (default: a "Show more comments" button) or `auto` (as the reader scrolls).
 * @attr heading - Text of the heading (default: the count, "23 comments"; empty: none).
 * @attr heading-level - Level of that heading, 2 to 6 (default 2).
 * @attr for - Id of the `<comment-form>` that Reply points at (default: the form on the page with the same `post-id`).
 * @attr closed - The post takes no more comments: say so, and offer no Reply.
 * @attr no-json-ld - Adds no schema.org `Comment` structured data.
 * @attr loading - `lazy` waits until the list is near the viewport before requesting anything.
 * @attr avatars - `show` (default: the page-wide `avatars`, else `show`) the commenters' avatar images (initials for a comment without one), `initials` letters drawn by the list with no request (WordPress's avatars come from Gravatar, a third party that would learn who reads which page), or `none`.
 * @attr referrer-policy - The referrer policy of avatars and images in comments (default: the page-wide `referrerPolicy`, else `no-referrer`; empty: the page's own).
 * @attr credentials - `omit` (default), `same-origin` or `include`.
 * @attr timeout - Milliseconds before a request is given up.
 * @attr theme - `light`, `dark` or `auto`; unset, the list inherits the page's colours.
 *
 * @fires {CustomEvent<CommentListLoadDetail>} news-load - The comments arrived: `{ page, comments }`.
 * @fires {CustomEvent<NewsErrorDetail>} news-error - The comments could not be loaded: `{ error }` (a `NewsError` with a `code`).
 * @fires {CustomEvent<NewsReplyDetail>} news-reply - Reply was chosen: `{ comment, form }`. Cancelable: `preventDefault()` leaves the form alone (to reply in your own way).
 *
 * @csspart root - The wrapper of every state.
 * @csspart heading - The heading with the count.
 * @csspart closed - The "Comments are closed" notice.
 * @csspart list - The list of conversations.
 * @csspart replies - The list of replies inside a comment.
 * @csspart item - One comment with its replies.
 * @csspart comment - One comment (its `id` is `comment-<id>`).
 * @csspart meta - The line with avatar, author and date.
 * @csspart avatar - The author's avatar, or their initials with `avatars="initials"` or where the comment has no avatar.
 * @csspart author - The author's name, a link when the comment gives a site.
 * @csspart date - The date, a link to the comment's own address.
 * @csspart in-reply-to - "In reply to NAME", on replies drawn at the last level.
 * @csspart content - The comment's text.
 * @csspart moderation - "Awaiting moderation", on a comment the reader just posted that is held.
 * @csspart reply - The Reply button.
 * @csspart load-more - The "Show more comments" button.
 * @csspart error - The error message.
 * @csspart retry - The "Try again" button.
 * @csspart empty - The "No comments yet" message.
 * @csspart skeleton - The placeholder shown while the comments load.
 *
 * @cssprop --news-accent - Links, focus rings and the thread lines' hover (default `#1a5fb4`).
 * @cssprop --news-text - Text colour (default: inherited from the page).
 * @cssprop --news-surface - Background (default: transparent).
 * @cssprop --news-muted - Dates and "in reply to".
 * @cssprop --news-border - Thread lines and separators.
 * @cssprop --news-tint - Background of buttons, messages and the held comment.
 * @cssprop --news-radius - Corner radius (default `0.5rem`).
 * @cssprop --news-gap - Space between comments (default `1rem`).
 * @cssprop --news-block-gap - Space below the widget, before what follows it on the page; `0` for none (default `1.5rem`).
 * @cssprop --news-font - Font (default: inherited from the page).
 * @cssprop --news-heading-font - Font of the heading (default: inherited).
 * @cssprop --news-skeleton - Colour of the loading placeholder.
 * @cssprop --news-avatar-size - Size of the avatars (default `2.5rem`).
 * @cssprop --news-reply-indent - How far each level of replies is indented (default `1.25rem`).
 */
export class CommentListElement extends DataElement<CommentPage, CommentMapping> {
  /** @internal The tag this element is registered as. */
  static readonly tagName: string = 'comment-list';

  static {
    // Its texts come with its code, so pages without a comment list do not download them.
    addEnglish({ ...enComments, ...enSanitized });
  }

  static override styles = [...DataElement.styles, commentListStyles];

  static override properties: PropertyDeclarations = {
    comments: { attribute: false },
    postId: { type: Number, attribute: 'post-id' },
    order: {},
    maxDepth: { type: Number, attribute: 'max-depth' },
    limit: { type: Number },
    loadMore: { attribute: 'load-more' },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    htmlFor: { attribute: 'for' },
    closed: { type: Boolean },
    noJsonLd: { type: Boolean, attribute: 'no-json-ld' },
    avatars: {},
    _shown: { state: true },
    _posted: { state: true },
  };

  /** Comments to show with no request, in the normalized shape (takes precedence over `src` and `data`); each is checked like fetched data. */
  comments?: Partial<NewsComment>[];

  /** The article's numeric id (WordPress `post`). */
  postId?: number;

  /** `asc` (oldest first, default) or `desc`. */
  order: 'asc' | 'desc' = 'asc';

  /** How many levels replies nest (default 4). */
  maxDepth = 4;

  /** How many conversations to show at first and per "Show more comments" (default 20). */
  limit = DEFAULT_LIMIT;

  /** `manual` (default: a button) or `auto` (as the reader scrolls). */
  loadMore: 'manual' | 'auto' = 'manual';

  /** Text of the heading (default: the count; empty: none). */
  heading?: string;

  /** Level of that heading, 2 to 6 (default 2). */
  headingLevel = 2;

  /** Id of the `<comment-form>` that Reply points at. */
  htmlFor?: string;

  /** The post takes no more comments. */
  closed = false;

  /** Adds no schema.org structured data. */
  noJsonLd = false;

  /** `show`, `initials` or `none` (default: the page-wide `avatars`, else `show`). */
  avatars?: AvatarMode;

  /** @internal The avatar mode in force. */
  private get _avatars(): AvatarMode {
    const mode = this.avatars ?? getDefaults().avatars;
    return mode === 'initials' || mode === 'none' ? mode : 'show';
  }

  /** @internal How many conversations are on screen. */
  private _shown = DEFAULT_LIMIT;
  /** @internal Comments posted from this page. */
  private _posted: Posted[] = [];
  /** @internal The post's comment status, as a `<news-article>` on the page said. */
  private readonly _postStatus = new PostStatusController(this, () => this._post);
  /** @internal The comment to bring into view after the next render. */
  private _landOn?: string;
  /** @internal */
  private _sanitize?: Sanitize;
  /** @internal How many conversations were shown when the sentinel was last watched. */
  private _watchedAt = -1;

  /** @internal */
  private readonly _scroll = new NearViewportController(this, SCROLL_MARGIN, () => this._showMore(false));

  /** @internal `#comment-<id>` in the page's address brings that comment into view. */
  private readonly _hash = new HashLandingController(this, ANCHOR, (id) => {
    this._landOn = id;
    this.requestUpdate();
  });

  /** @internal One JSON-LD script of the comments in the light DOM, beside the article's, for search engines. */
  private readonly _jsonLd = new JsonLdController(this, () => this._jsonLdText());

  /** @internal */
  private readonly _onComment = (event: Event): void => this._commentPosted(event as CustomEvent<{ comment: NewsComment; status: string }>);

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('news-comment', this._onComment);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('news-comment', this._onComment);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another post: what was posted and said about the previous one is not this one's.
    if (changed.has('postId') && changed.get('postId') !== undefined) {
      this._posted = [];
      this._postStatus.reset();
    }
  }

  /** @internal Without `src`, the post's comments against the page-wide `baseUrl`. */
  protected override sourceUrl(): string | undefined {
    if (this.src) return this.src;
    return this.postId !== undefined && Number.isInteger(this.postId) && this.postId > 0 ? `comments?post=${this.postId}` : undefined;
  }

  protected override readKey(): unknown[] {
    return [this.items, this.mapping, this.order];
  }

  protected override localInput(): readonly unknown[] | undefined {
    return this.comments;
  }

  protected override readJson(json: unknown): CommentPage {
    return readComments(json, this._sourceOptions());
  }

  protected override loadUrl(url: string, request: FetchOptions): Promise<CommentPage> {
    return loadComments(url, { ...this._sourceOptions(), order: this.order, ...request });
  }

  protected override finishLocal(input: readonly unknown[]): CommentPage {
    return { comments: finishCommentInput(input) };
  }

  /**
   * Comments count as loaded once the sanitizer their content needs is here (a separate file in some
   * browsers) and the content of those shown first is cleaned: in tasks of their own, not in the one that
   * draws them, which a long conversation would make long.
   */
  protected override async prepare(page: CommentPage, signal: AbortSignal): Promise<CommentPage> {
    let sanitize: Sanitize;
    try {
      sanitize = await getSanitizer();
    } catch (error) {
      throw new NewsError('sanitizer-unavailable', 'The HTML sanitizer could not be loaded, so the comments cannot be shown safely', { cause: error });
    }
    const shown: NewsComment[] = [];
    const add = (node: CommentNode): void => {
      shown.push(node.comment);
      node.replies.forEach(add);
    };
    threadComments(this._all(page), this.maxDepth).slice(0, this._step).forEach(add);
    const cleaned = new Map<string, DocumentFragment>();
    const referrerPolicy = this._imageReferrerPolicy;
    // In slices, drawn in the task after the last.
    await eachInSlices(
      shown,
      (comment) => {
        const options = contentOptions(comment, referrerPolicy);
        cleaned.set(contentKey(comment.contentHtml, options), sanitize(comment.contentHtml, options));
      },
      signal,
    );
    if (signal.aborted) return page;
    cleanedAhead.set(this, cleaned);
    this._sanitize = takingCleaned(this, sanitize);
    return page;
  }

  protected override pageChanged(): void {
    this._shown = this._step;
    this._landOn = this._hash.current();
  }

  protected override loadDetail(page: CommentPage): CommentListLoadDetail {
    return { page, comments: page.comments };
  }

  protected override isEmpty(page: CommentPage): boolean {
    return page.comments.length === 0 && this._posted.length === 0;
  }

  private _sourceOptions(): { items?: string; mapping?: CommentMapping } {
    return { ...(this.items ? { items: this.items } : {}), ...(this.mapping ? { mapping: this.mapping } : {}) };
  }

  private get _step(): number {
    return Number.isFinite(this.limit) && this.limit >= 1 ? Math.floor(this.limit) : DEFAULT_LIMIT;
  }

  private get _isClosed(): boolean {
    return this.closed || this._postStatus.status === 'closed';
  }

  /** The comments to draw: those loaded, then those posted from this page that are not among them. */
  private _all(page: CommentPage | undefined): NewsComment[] {
    const loaded = page?.comments ?? [];
    const ids = new Set(loaded.map((comment) => comment.id));
    const posted = this._posted.filter((entry) => !ids.has(entry.comment.id)).map((entry) => entry.comment);
    return this.order === 'desc' ? [...posted.reverse(), ...loaded] : [...loaded, ...posted];
  }

  /** Makes sure the conversation holding a comment is shown; false when the comment is not here. */
  private _reveal(id: string, threads: CommentNode[]): boolean {
    const index = threads.findIndex((thread) => {
      const stack = [thread];
      while (stack.length) {
        const node = stack.pop()!;
        if (node.comment.id === id) return true;
        stack.push(...node.replies);
      }
      return false;
    });
    if (index < 0) return false;
    if (index >= this._shown) this._shown = index + 1;
    return true;
  }

  private _commentPosted(event: CustomEvent<{ comment: NewsComment; status: string }>): void {
    const { comment, status } = event.detail ?? {};
    const post = this._post;
    if (!comment || post === undefined || comment.postId !== post) return;
    // A comment the server took without telling its id (WordPress's classic endpoint) still shows, under an id of its own.
    const id = comment.id || `posted-${this._posted.length + 1}`;
    const [posted] = finishCommentInput([{ ...comment, id, status: status === 'approved' ? 'approved' : 'hold' }]);
    if (!posted) return;
    this._posted = [...this._posted, { comment: posted, status: posted.status }];
    // No scroll and no focus: the reader is at the form, whose status line says what became of the comment.
  }

  private _showMore(focus: boolean): void {
    const before = this._shown;
    this._shown += this._step;
    if (!focus) return;
    void this.updateComplete.then(() => {
      const next = this.renderRoot.querySelectorAll<HTMLElement>('.list > .item > .comment')[before];
      next?.focus();
    });
  }

  /** Points the page's `<comment-form>` for this post at a comment, and moves focus to it. */
  private _reply(comment: NewsComment): void {
    const form = this._findForm();
    if (!emit<NewsReplyDetail>(this, 'news-reply', { comment, form }, { cancelable: true }) || !form) return;
    // Ids are opaque strings (UUIDs, Firebase keys as well as WordPress numbers): passed on as they are.
    if (typeof form.replyTo === 'function') {
      form.replyTo({ id: comment.id, name: comment.authorName || this.t('anonymous') });
    } else {
      // A form from another copy of the library without reply support: the parent id still applies.
      form.setAttribute('parent-id', comment.id);
      form.focus();
    }
  }

  /** The post these comments are on: `post-id`, else the one the comments themselves say. */
  private get _post(): number | undefined {
    return this.postId ?? this.page?.comments.find((comment) => comment.postId !== undefined)?.postId;
  }

  /** The form Reply points at: `for`, else the page's form for this post, else the page's only form. */
  private _findForm(): ReplyTarget | null {
    const root = this.getRootNode() as Document | ShadowRoot;
    if (this.htmlFor) return (root.getElementById?.(this.htmlFor) ?? document.getElementById(this.htmlFor)) as ReplyTarget | null;
    const forms = [...new Set([...root.querySelectorAll<ReplyTarget>('comment-form'), ...document.querySelectorAll<ReplyTarget>('comment-form')])];
    const post = this._post;
    return forms.find((form) => form.postId !== undefined && form.postId === post) ?? (forms.length === 1 ? forms[0]! : null);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this._watchSentinel();
    const id = this._landOn;
    if (!id) return;
    const target = this.renderRoot.querySelector<HTMLElement>(`[id="comment-${CSS.escape(id)}"]`);
    if (target) {
      this._landOn = undefined;
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
    }
  }

  /** Watches the sentinel after the last conversation, afresh after each step (one still in view must report again). */
  private _watchSentinel(): void {
    const sentinel = this.loadMore === 'auto' ? (this.renderRoot.querySelector('.sentinel') ?? undefined) : undefined;
    if (this._shown !== this._watchedAt) {
      this._watchedAt = this._shown;
      this._scroll.stop();
    }
    this._scroll.watch(sentinel);
  }

  /** The comments as schema.org JSON-LD, when they say which article they are on. */
  private _jsonLdText(): string | undefined {
    const page = this.page;
    const comments = page ? this._all(page) : [];
    const articleUrl = comments.find((comment) => comment.url)?.url?.replace(/#.*$/, '');
    return !this.noJsonLd && articleUrl ? commentsJsonLd(articleUrl, comments, page?.total) : undefined;
  }

  private _renderHeading(count: number | undefined): unknown {
    const text = this.heading ?? (count === undefined ? '' : this.t('comments', { n: count }));
    if (!text) return nothing;
    return heading(this.headingLevel, text, 'heading', { id: 'heading' });
  }

  private _renderClosed(): unknown {
    return this._isClosed ? html`<p class="closed" part="closed">${this.t('commentsClosed')}</p>` : nothing;
  }

  private _renderComment(node: CommentNode, dates: Intl.DateTimeFormat): TemplateResult {
    const { comment } = node;
    const name = comment.authorName || this.t('anonymous');
    const date = comment.date ? new Date(comment.date) : undefined;
    const held = comment.status !== 'approved';
    const author = comment.authorUrl
      ? html`<a class="author" part="author" href=${comment.authorUrl} rel="nofollow ugc noopener noreferrer">${name}</a>`
      : html`<span class="author" part="author">${name}</span>`;
    return html`<li class="item" part="item">
      <article class="comment ${held ? 'held' : ''}" part="comment" id="comment-${comment.id}" tabindex="-1" aria-labelledby="author-${comment.id}">
        <header class="meta" part="meta">
          ${this._renderAvatar(comment.authorAvatar, comment.authorName)}
          <span id="author-${comment.id}">${author}</span>
          ${date
            ? html`<a class="date" part="date" href="#comment-${comment.id}"
                ><time datetime=${comment.date!}>${dates.format(date)}</time></a
              >`
            : nothing}
          ${node.replyTo !== undefined ? html`<span class="in-reply-to" part="in-reply-to">${this.t('inReplyTo', { name: node.replyTo || this.t('anonymous') })}</span>` : nothing}
        </header>
        <div class="content" part="content">${this._sanitize ? sanitized(this._sanitize, comment.contentHtml, contentOptions(comment, this._imageReferrerPolicy)) : nothing}</div>
        ${held ? html`<p class="moderation" part="moderation" role="status">${this.t('awaitingModeration')}</p>` : nothing}
        ${this._isClosed || held
          ? nothing
          : html`<button type="button" class="reply" part="reply" aria-label=${this.t('replyTo', { name })} @click=${() => this._reply(comment)}>${this.t('reply')}</button>`}
      </article>
      ${node.replies.length
        ? html`<ol class="replies" part="replies" role="list">
            ${repeat(node.replies, (reply) => reply.comment.id, (reply) => this._renderComment(reply, dates))}
          </ol>`
        : nothing}
    </li>`;
  }

  /**
   * The avatar image, or the author's initials (no request) with `avatars="initials"` or for a comment
   * without a picture, or nothing, as `avatars` says.
   */
  private _renderAvatar(url: string | undefined, name: string): unknown {
    const mode = this._avatars;
    if (mode === 'none') return nothing;
    if (mode === 'show' && url) {
      return html`<img class="avatar" part="avatar" src=${url} alt="" width="40" height="40" referrerpolicy=${this._imageReferrerPolicy} loading="lazy" decoding="async" />`;
    }
    const letters = initials(name, this.language);
    return html`<span class="avatar placeholder" part=${letters ? 'avatar' : nothing} aria-hidden="true">${letters}</span>`;
  }

  protected override renderPage(page: CommentPage): TemplateResult {
    const comments = this._all(page);
    const threads = threadComments(comments, this.maxDepth);
    if (this._landOn) this._reveal(this._landOn, threads);
    const shown = threads.slice(0, this._shown);
    const approved = comments.filter((comment) => comment.status === 'approved').length;
    const postedApproved = this._posted.filter((entry) => entry.status === 'approved' && !page.comments.some((c) => c.id === entry.comment.id)).length;
    const count = page.total !== undefined ? page.total + postedApproved : approved;
    const more = threads.length > this._shown;
    // One formatter for every comment's date, looked up once per render.
    const dates = dateTimeFormat(this.language, { dateStyle: 'medium', timeStyle: 'short' });
    return html`${this._renderHeading(count)}${this._renderClosed()}
      <ol class="list ${this._avatars === 'none' ? 'no-avatars' : ''}" part="list" role="list" aria-labelledby=${this.heading === '' ? nothing : 'heading'}>
        ${repeat(shown, (node) => node.comment.id, (node) => this._renderComment(node, dates))}
      </ol>
      ${more
        ? this.loadMore === 'auto'
          ? html`<div class="sentinel"></div>`
          : html`<button type="button" class="load-more" part="load-more" @click=${() => this._showMore(true)}>${this.t('showMoreComments')}</button>`
        : nothing}`;
  }

  protected override renderEmpty(): TemplateResult {
    return html`${this._renderHeading(this.page ? 0 : undefined)}${this._renderClosed()}
      <div class="state empty" part="empty" role="status"><p>${this.t('noComments')}</p></div>`;
  }

  protected override renderError(error: unknown): TemplateResult {
    return html`${this._renderHeading(undefined)}${super.renderError(error)}`;
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div part="skeleton" aria-hidden="true">
        <span class="skeleton line heading-line"></span>
        ${Array.from(
          { length: SKELETON_COMMENTS },
          () => html`<div class="skeleton-comment">
            <span class="skeleton avatar"></span>
            <div>
              <span class="skeleton line short"></span>
              <span class="skeleton line"></span>
              <span class="skeleton line"></span>
            </div>
          </div>`,
        )}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'comment-list': CommentListElement;
  }
}
