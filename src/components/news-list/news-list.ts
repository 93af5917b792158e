import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { dateTimeFormat } from '../../i18n/intl.js';
import { truncateText } from '../../data/excerpt.js';
import type { FetchOptions } from '../../data/fetch-json.js';
import type { ArticleInput } from '../../data/finish.js';
import { loadArticles } from '../../data/load.js';
import type { NewsArticle, NewsPage } from '../../data/model.js';
import { emit } from '../base/events.js';
import { heading } from '../base/heading.js';
import { NewsElement } from '../base/news-element.js';
import { newsListStyles } from './news-list.styles.js';
import type { LoadMoreMode, PagedList, PagingController } from './paging.js';
import { unique } from './unique.js';

/** Detail of the `news-select` event. */
export interface NewsSelectDetail {
  article: NewsArticle;
}

/** Detail of the `news-load` event: the page that arrived and the stories it added to the list. */
export interface NewsListLoadDetail {
  page: NewsPage;
  articles: NewsArticle[];
}

/** One source of a list that reads several (`.sources`): its endpoint, and the name its stories show (default: the endpoint's host). */
export interface NewsListSource {
  url: string;
  name?: string;
}

export type NewsListLayout = 'list' | 'grid' | 'compact';
export type { LoadMoreMode };

const SKELETON_ROWS = 6;
const MAX_SKELETON_ROWS = 12;
/** The source a list of several sources loads: `loadUrl` reads them all (the `Source`'s key lists them). */
const SEVERAL = 'sources:';
/** `sizes` for thumbnails: a small column beside the text, or a card's full width in a grid. */
const THUMB_SIZES = { list: '(min-width: 30rem) 8rem, 30vw', grid: '(min-width: 48rem) 22rem, 100vw' } as const;

/**
 * A list of stories from any JSON endpoint: title, a teaser cut at a word, and optionally a thumbnail,
 * date, category and author. Lays out as a list, a grid of cards or compact titles; loads further pages
 * with a button or as the reader scrolls; can open each story in a `<news-article>` on the same page.
 *
 * It reads one source or several. Several are links inside the list, which without script (or before it
 * loads) are a readable list of links, and whose text names each source:
 * `<news-list><a href="https://harbour.example/feed/">Harbour Times</a><a href="…">Valley Post</a></news-list>`;
 * `src` beside them is one more (named by its host), and so is each entry of `.sources`. Their stories are
 * merged newest first (undated ones last), the same story (the same URL) once, each saying its source on
 * its meta line. A source that fails fires `news-error` and the others are shown; only when all fail does
 * the list show its error, and Try again asks every source again. One link alone, or `src` alone, is read
 * as ever, with nothing more to download; two or more sources, or any `.sources` (whose entries are
 * checked: one without an http(s) `url` is ignored with a console warning), load the merging code first.
 * The links are read once, when the list first renders, just after it is first put on the page: links
 * changed later are not followed (no observer is kept on every list for it); an app sets `.sources`.
 * `format`, `items` and `mapping` apply to every source; each source's format is detected on its own.
 * With several sources, `load-more` shows the merged stories `limit` at a time; it does not ask the
 * sources for further pages (a merged list is the first page of each).
 *
 * @tagname news-list
 * @summary A list or grid of news stories with teasers, paging and selection.
 *
 * @attr src - URL of a JSON endpoint (WordPress, Ghost, JSON Feed, NewsAPI, JSON-LD or any JSON with `items` + `mapping`); beside links or `.sources`, one more source.
 * @attr format - `auto` (default) or the endpoint's format name.
 * @attr items - Dot path to the array of records in JSON of any other shape.
 * @attr mapping - JSON describing where each article field is in each record.
 * @attr loading - `lazy` waits until the list is near the viewport before requesting anything.
 * @attr credentials - `omit` (default), `same-origin` or `include`.
 * @attr timeout - Milliseconds before a request is given up.
 * @attr theme - `light`, `dark` or `auto`; unset, the list inherits the page's colours.
 * @attr no-comment-count - Shows no comment counts, and asks nothing more for them. Without it, a story whose source counts its comments shows "12 comments" on its meta line (on WordPress, exact beyond the 10 comments a post embeds, for one more request per page of stories; the `compact` layout shows none and asks none).
 *
 * @fires {CustomEvent<NewsListLoadDetail>} news-load - A page of stories arrived: `{ page, articles }` (the stories it added).
 * @fires {CustomEvent<NewsErrorDetail>} news-error - A page could not be loaded: `{ error }` (a `NewsError` with a `code`).
 * @fires {CustomEvent<NewsSelectDetail>} news-select - A story's link was clicked: `{ article }`. Cancelable: `preventDefault()` stops the navigation (to route in a single-page app).
 *
 * @csspart root - The wrapper of every state.
 * @csspart heading - The list's heading.
 * @csspart list - The `<ul>` (or `<ol>`) of stories.
 * @csspart item - One story.
 * @csspart image - A story's thumbnail.
 * @csspart title - A story's title, a link to it.
 * @csspart excerpt - A story's teaser.
 * @csspart meta - The line with date, category and author.
 * @csspart source - The name of a story's source, first on its meta line, in a list that reads several sources.
 * @csspart protected - "Protected", first on the meta line of a story the source keeps behind a password (such a story shows no teaser).
 * @csspart date - A story's date.
 * @csspart category - A story's first category.
 * @csspart author - A story's author.
 * @csspart comments - A story's comment count ("12 comments"), when its source has comments.
 * @csspart load-more - The "Load more stories" button.
 * @csspart status - The "Loading more stories…" and "You have reached the end." line.
 * @csspart error - The error message (of the whole list, or of a further page).
 * @csspart retry - The "Try again" button.
 * @csspart empty - The message shown when there are no stories.
 * @csspart skeleton - The placeholder shown while the first page loads.
 *
 * @cssprop --news-accent - Links, focus rings and the current story (default `#1a5fb4`).
 * @cssprop --news-text - Text colour (default: inherited from the page).
 * @cssprop --news-surface - Background (default: transparent).
 * @cssprop --news-muted - Secondary text: dates, categories, authors.
 * @cssprop --news-border - Separators and borders.
 * @cssprop --news-tint - Background of buttons and messages.
 * @cssprop --news-radius - Corner radius (default `0.5rem`).
 * @cssprop --news-gap - Space between stories (default `1rem`).
 * @cssprop --news-block-gap - Space below the widget, before what follows it on the page; `0` for none (default `1.5rem`).
 * @cssprop --news-font - Font (default: inherited from the page).
 * @cssprop --news-heading-font - Font of the heading and titles (default: inherited).
 * @cssprop --news-skeleton - Colour of the loading placeholder.
 * @cssprop --news-thumb-size - Width of a thumbnail beside the text in the list layout (default `8rem`).
 */
export class NewsListElement extends NewsElement {
  /** @internal The tag this element is registered as. */
  static readonly tagName: string = 'news-list';

  static override styles = [...NewsElement.styles, newsListStyles];

  static override properties: PropertyDeclarations = {
    articles: { attribute: false },
    layout: {},
    excerptLength: { type: Number, attribute: 'excerpt-length' },
    thumbnails: { type: Boolean },
    limit: { type: Number },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    loadMore: { attribute: 'load-more' },
    articleTarget: { attribute: 'article-target' },
    noCommentCount: { type: Boolean, attribute: 'no-comment-count' },
    sources: { attribute: false },
    _articles: { state: true },
    _shown: { state: true },
    _next: { state: true },
    _announcement: { state: true },
    _currentId: { state: true },
  };

  /** Articles to show with no request, in the normalized shape (takes precedence over `src` and `data`); each is checked like fetched data. */
  articles?: ArticleInput[];

  /** `list` (default), `grid` (cards with thumbnails) or `compact` (titles and dates only). */
  layout: NewsListLayout = 'list';

  /** Teaser length in characters, cut at a word with an ellipsis; `0` hides teasers. */
  excerptLength = 160;

  /** Show thumbnails (always on in the grid layout). */
  thumbnails = false;

  /** How many stories to show at first, and to add each time more are asked for; all when unset. */
  limit?: number;

  /** Text of a heading above the list (e.g. "Read Now"), which also names the list. */
  heading?: string;

  /** Level of that heading, 2 to 6 (default 2). */
  headingLevel = 2;

  /** Further pages: `none` (default), `manual` (a "Load more stories" button) or `auto` (as the reader scrolls). */
  loadMore: LoadMoreMode = 'none';

  /** Id of a `<news-article>` on the page that shows a clicked story instead of navigating to it; the story it shows is marked current here. */
  articleTarget?: string;

  /** Shows no comment counts (and, on WordPress, asks nothing more for them). */
  noCommentCount = false;

  /**
   * Endpoints to read beside `src` and the links, merged: `[{ url, name? }, …]`; an entry without an http(s)
   * `url` is ignored, with a console warning. The same entries again (the same objects) load nothing again.
   */
  sources?: NewsListSource[];

  /** @internal The links inside the list (its sources), read once, when it first renders; the merging code reads them too. */
  _links?: HTMLAnchorElement[];

  /** Every story loaded so far, without duplicates, in display order. */
  private _articles: NewsArticle[] = [];
  /** How many of `_articles` are on screen; the rest wait for the next "load more". */
  private _shown = 0;
  private _next?: string;
  /** Text of the polite live region. */
  private _announcement = '';
  private _currentId?: string;

  private _seen = new Set<string>();

  /** @internal Further pages (paging.ts), loaded on first need: a list of one page does not download them. */
  private _paging?: PagingController;
  private _pagingLoad?: Promise<PagingController>;

  /** @internal The story the `article-target` shows, whoever put it there (this list, or an app going Back), is the current one. */
  private readonly _onTargetLoad = (event: Event): void => {
    if (event.composedPath()[0] === this._findTarget()) this._currentId = (event as CustomEvent<{ article?: NewsArticle }>).detail?.article?.id;
  };

  /** @internal */
  protected override localInput(): readonly unknown[] | undefined {
    return this.articles;
  }

  /**
   * @internal `src` alone, or one link, is read as ever. `src` and a link, several links, or `.sources` (its
   * entries are to be checked) are `SEVERAL`, which the merging code reads: `src` is a part of it, so a new
   * `src` loads again. The links are read once, when the list first renders.
   */
  protected override sourceUrl(): string | undefined {
    const links = (this._links ??= [...this.querySelectorAll('a[href]')] as HTMLAnchorElement[]);
    // A second source: any link beside `src`, else a second link.
    return this.sources || links[this.src ? 0 : 1] ? SEVERAL + this.src : links[0]?.href ?? this.src;
  }

  /** @internal A new entry of `.sources` loads again (the same objects again count as unchanged). */
  protected override readKey(): unknown[] {
    return [...super.readKey(), ...[this.sources].flat()];
  }

  /** @internal Several sources are read by the merging code (sources.ts), loaded on first need. */
  protected override loadUrl(url: string, request: FetchOptions): Promise<NewsPage> {
    return url.startsWith(SEVERAL) ? import('./sources.js').then((module) => module.loadSources(this, request)) : super.loadUrl(url, request);
  }

  /** @internal Whether the meta lines show comment counts: not with `no-comment-count`, nor in the compact layout. */
  protected get showsCommentCounts(): boolean {
    return !this.noCommentCount && this.layout !== 'compact';
  }

  /** @internal Counts shown must be real: on WordPress one more request per page of stories makes them exact. */
  protected override get wantsCommentCounts(): boolean {
    return this.showsCommentCounts;
  }

  /** @internal The order stories are shown in; a subclass may rank them. */
  protected arrange(articles: NewsArticle[]): NewsArticle[] {
    return articles;
  }

  /** @internal The heading text in force, if any. */
  protected headingText(): string | undefined {
    return this.heading || undefined;
  }

  /** @internal Whether the stories form a ranked, numbered list. */
  protected get ordered(): boolean {
    return false;
  }

  /** @internal Something drawn before a story (a rank number), given its position from 0. */
  protected renderLead(_article: NewsArticle, _index: number): unknown {
    return nothing;
  }

  protected override pageChanged(page: NewsPage): void {
    this._paging?.abort(true);
    this._seen.clear();
    this._articles = this.arrange(unique(page.articles, this._seen));
    this._shown = this._step(this._articles.length);
    this._next = page.next;
    this._announcement = '';
  }

  protected override loadDetail(page: NewsPage): NewsListLoadDetail {
    return { page, articles: this._articles.slice(0, this._shown) };
  }

  protected override isEmpty(): boolean {
    return this._articles.length === 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('news-load', this._onTargetLoad);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('news-load', this._onTargetLoad);
  }

  /** @internal A "load more" of the previous source, or of a list taken off the page, is dropped. */
  protected override dropPending(): void {
    this._paging?.abort();
    this._announcement = '';
  }

  protected override liveStatus(): string {
    return this._announcement;
  }

  /** @internal A comment published on one of these stories: its count goes up by one (the order stays, not to move stories under the reader). */
  protected override commentPublished(postId: number, site: string): void {
    this._articles = this._articles.map((article) => {
      const n = article.commentCount;
      // A story whose count is not known stays without one.
      return n !== undefined && this.isCommentOn(article, postId, site) ? { ...article, commentCount: n + 1, metrics: { ...article.metrics, commentCount: n + 1 } } : article;
    });
  }

  /** @internal Orders the loaded stories again, after a change to how a subclass ranks them. */
  protected rearrange(): void {
    this._articles = this.arrange(this._articles);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('limit') && this._articles.length > 0) this._shown = this._step(this._articles.length);
    if (this._pages) void this._pager().catch(() => undefined);
  }

  /** @internal A list that pages shows its first page with its paging in hand (the button comes with the stories). */
  protected override prepare(page: NewsPage, signal: AbortSignal): NewsPage | Promise<NewsPage> {
    return this._pages ? this._pager().then(() => super.prepare(page, signal)) : super.prepare(page, signal);
  }

  /** Shows the next stories, as the "Load more stories" button does: those already loaded and waiting, else the endpoint's next page. */
  async showMore(): Promise<void> {
    await (await this._pager()).more('button');
  }

  /** Whether `load-more` asks for further pages. */
  private get _pages(): boolean {
    return this.loadMore === 'manual' || this.loadMore === 'auto';
  }

  /** The paging, loaded once (a failed load is tried again when next needed). */
  private _pager(): Promise<PagingController> {
    this._pagingLoad ??= import('./paging.js').then(
      ({ PagingController }) => {
        this._paging = new PagingController(this, this._pagedList());
        this.requestUpdate();
        return this._paging;
      },
      (error: unknown) => {
        this._pagingLoad = undefined;
        throw error;
      },
    );
    return this._pagingLoad;
  }

  /** What the paging may read and change of this list. */
  private _pagedList(): PagedList {
    return {
      mode: () => this.loadMore,
      t: () => this.t,
      generation: () => this.generation,
      next: () => this._next,
      setNext: (url) => (this._next = url),
      announce: (text) => (this._announcement = text),
      loaded: () => this._articles.length,
      shown: () => this._shown,
      show: (count) => (this._shown = count),
      step: (available) => this._step(available),
      seen: () => this._seen,
      load: async (url, signal, fresh) => this.prepare(await loadArticles(url, { ...this.sourceOptions(), ...this.requestOptions(signal, fresh) }), signal),
      add: (articles) => {
        const added = this.arrange(unique(articles, this._seen));
        this._articles = [...this._articles, ...added];
        return added;
      },
      reportError: (error) => this.reportError(error),
      asNewsError: (error) => this._asNewsError(error),
    };
  }

  /** `limit` as a count of stories, `Infinity` when unset or unusable. */
  private get _limit(): number {
    // NaN and undefined compare false: unlimited, as is Infinity itself.
    return this.limit! >= 1 ? Math.floor(this.limit!) : Infinity;
  }

  /** How many of `available` waiting stories one step shows. */
  private _step(available: number): number {
    return Math.min(available, this._limit);
  }

  private _onSelect(event: MouseEvent, article: NewsArticle): void {
    // Opening in a new tab or window is the reader's choice, not a selection on this page.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (!emit<NewsSelectDetail>(this, 'news-select', { article }, { cancelable: true })) {
      event.preventDefault();
      this._currentId = article.id;
      return;
    }
    const target = this._findTarget();
    if (!target) return;
    event.preventDefault();
    this._currentId = article.id;
    (target as HTMLElement & { article?: unknown }).article = article;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    const smooth = !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
    target.focus({ preventScroll: true });
  }

  private _findTarget(): HTMLElement | null {
    if (!this.articleTarget) return null;
    const root = this.getRootNode() as Document | ShadowRoot;
    return root.getElementById(this.articleTarget) ?? document.getElementById(this.articleTarget);
  }

  private _renderHeading(): unknown {
    const text = this.headingText();
    if (!text) return nothing;
    return heading(this.headingLevel, text, 'heading', { id: 'heading' });
  }

  private get _showThumbnails(): boolean {
    return this.thumbnails || this.layout === 'grid';
  }

  private _renderImage(article: NewsArticle): unknown {
    const image = article.image;
    if (!image || !this._showThumbnails || this.layout === 'compact') return nothing;
    // Decorative: the title beside it says what the story is, and one link per story is enough.
    return html`<img
      class="thumb"
      part="image"
      src=${image.url}
      srcset=${image.srcset ?? nothing}
      sizes=${image.srcset ? THUMB_SIZES[this.layout === 'grid' ? 'grid' : 'list'] : nothing}
      width=${image.width ?? nothing}
      height=${image.height ?? nothing}
      alt=""
      referrerpolicy=${this._imageReferrerPolicy}
      loading="lazy"
      decoding="async"
    />`;
  }

  private _renderMeta(article: NewsArticle): unknown {
    const compact = this.layout === 'compact';
    const category = compact ? undefined : article.categories[0]?.name;
    const author = compact ? undefined : article.author?.name;
    const date = article.published ? new Date(article.published) : undefined;
    const comments = this.showsCommentCounts ? this.commentCountText(article) : undefined;
    const source = article.source?.name;
    if (!source && !date && !category && !author && !article.protected && comments === undefined) return nothing;
    return html`<p class="meta" part="meta">
      ${source ? html`<span part="source">${source}</span>` : nothing}
      ${article.protected ? html`<span part="protected">${this.t('protectedMark')}</span>` : nothing}
      ${date ? html`<time part="date" datetime=${article.published!}>${dateTimeFormat(this.language, { dateStyle: 'medium' }).format(date)}</time>` : nothing}
      ${category ? html`<span part="category">${category}</span>` : nothing}
      ${author ? html`<span part="author">${author}</span>` : nothing}
      ${comments !== undefined ? html`<span part="comments">${comments}</span>` : nothing}
    </p>`;
  }

  /** @internal One story. */
  protected renderItem(article: NewsArticle, index: number): TemplateResult {
    const excerpt = this.layout === 'compact' || !(this.excerptLength > 0) || article.protected ? '' : truncateText(article.excerpt, this.excerptLength);
    const current = article.id === this._currentId;
    const image = this._renderImage(article);
    return html`<li class="item ${image === nothing ? '' : 'has-image'}" part="item">
      ${this.renderLead(article, index)} ${image}
      <div class="text">
        ${article.url
          ? html`<a
              class="title-link"
              part="title"
              href=${article.url}
              aria-current=${current ? 'true' : nothing}
              @click=${(event: MouseEvent) => this._onSelect(event, article)}
              >${article.title}</a
            >`
          : html`<span class="title-text" part="title">${article.title}</span>`}
        ${excerpt ? html`<p class="excerpt" part="excerpt">${excerpt}</p>` : nothing} ${this._renderMeta(article)}
      </div>
    </li>`;
  }

  protected override renderPage(): TemplateResult {
    const shown = this._articles.slice(0, this._shown);
    const labelled = this.headingText() ? 'heading' : nothing;
    const items = repeat(
      shown,
      (article) => article.id,
      (article, index) => this.renderItem(article, index),
    );
    const list = this.ordered
      ? html`<ol class="stories layout-${this.layout}" part="list" role="list" aria-labelledby=${labelled}>${items}</ol>`
      : html`<ul class="stories layout-${this.layout}" part="list" role="list" aria-labelledby=${labelled}>${items}</ul>`;
    const footer = this._paging?.renderFooter() ?? nothing;
    return html`${this._renderHeading()}${list} ${footer === nothing ? nothing : html`<div class="footer">${footer}</div>`}`;
  }

  protected override renderSkeleton(): TemplateResult {
    const rows = Math.min(MAX_SKELETON_ROWS, this._limit === Infinity ? SKELETON_ROWS : this._limit);
    const compact = this.layout === 'compact';
    const thumbs = this._showThumbnails && !compact;
    const lines = compact ? 0 : this.excerptLength > 0 ? 2 : 0;
    return html`${this._renderHeading()}
      <ul class="stories layout-${this.layout}" part="skeleton" aria-hidden="true">
        ${Array.from(
          { length: rows },
          () => html`<li class="item ${thumbs ? 'has-image' : ''}">
            ${thumbs ? html`<span class="skeleton thumb"></span>` : nothing}
            <div class="text">
              <span class="skeleton line title-line"></span>
              ${Array.from({ length: lines }, () => html`<span class="skeleton line"></span>`)}
              <span class="skeleton line meta-line"></span>
            </div>
          </li>`,
        )}
      </ul>`;
  }

  protected override renderError(error: unknown): TemplateResult {
    return html`${this._renderHeading()}${super.renderError(error)}`;
  }

  protected override renderEmpty(message?: string): TemplateResult {
    return html`${this._renderHeading()}${super.renderEmpty(message)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'news-list': NewsListElement;
  }
}
