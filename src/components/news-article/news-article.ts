import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { resolveUrl } from '../../config.js';
import { NewsError } from '../../data/errors.js';
import { articleJsonLd } from '../../data/json-ld-writer.js';
import type { ArticleInput } from '../../data/finish.js';
import type { NewsArticle, NewsPage, NewsTerm } from '../../data/model.js';
import { getSanitizer } from '../../data/sanitize.js';
import { safeUrl } from '../../data/values.js';
import { enArticle } from '../../i18n/en-article.js';
import { enSanitized } from '../../i18n/en-sanitized.js';
import { dateTimeFormat, listFormat } from '../../i18n/intl.js';
import { addEnglish } from '../../i18n/localize.js';
import type { MessageKey } from '../../i18n/messages.js';
import { emit } from '../base/events.js';
import { NewsElement } from '../base/news-element.js';
import { isGenerated } from '../base/generated.js';
import { JsonLdController } from '../base/json-ld-script.js';
import { heading } from '../base/heading.js';
import { sharedStyles } from '../base/shared.styles.js';
import { textFieldStyles } from '../base/text-field.styles.js';
import { BodyController, fragmentCopy } from './article-body.js';
import { newsArticleStyles } from './news-article.styles.js';
import { isLocked, PasswordController } from './password.js';

/** Detail of the `news-load` event. */
export interface NewsArticleLoadDetail {
  /** The article shown; undefined when the source has none, or none with the `article-id`/`slug` asked for. */
  article: NewsArticle | undefined;
}

const DEFAULT_AD_AFTER = 3;
const DAY_MS = 86_400_000;

/**
 * Keeps what an article says of its post's comments page-wide, on the global object, as it tells the page:
 * the comment widgets' code may run only after the article has loaded, and they read it there when they are
 * connected (src/components/base/post-status.ts).
 */
function tellCommentStatus(article: NewsArticle | undefined): NewsArticleLoadDetail {
  if (article?.postId !== undefined && article.commentStatus)
    ((globalThis as { [key: symbol]: Record<number, string> })[Symbol.for('news-widgets.post-status')] ??= {})[article.postId] = article.commentStatus;
  return { article };
}


/**
 * Whether a link leads to another site than the article's: the rule the sanitizer applies to the body's
 * links, so `link-target` means the same for every link in the article.
 */
function leavesSite(href: string, site: string | undefined): boolean {
  try {
    return /^https?:/i.test(href) && new URL(href).origin !== new URL(site ?? document.baseURI, document.baseURI).origin;
  } catch {
    return false;
  }
}

/** The origin of an absolute http(s) article URL: the news site's home page. */
function siteHome(url: string | undefined): string | undefined {
  if (!url || !/^https?:/i.test(url)) return undefined;
  try {
    return `${new URL(url).origin}/`;
  } catch {
    return undefined;
  }
}

/**
 * A full news article from any JSON endpoint: breadcrumb, headline, byline, hero image, the sanitized body
 * with an advertisement placed inside it, categories and tags, and schema.org JSON-LD for search engines.
 * When the endpoint returns a list, `article-id` or `slug` picks the article (else the first is shown).
 *
 * @tagname news-article
 * @summary A news article, from a `src` endpoint, `.data`, inline JSON or an `.article` object.
 *
 * @slot cta - Before the body: a call to action such as a subscription box.
 * @slot ad - An advertisement, placed after paragraph `ad-after` of the body under an "Advertisement" label. Nothing is drawn while it is empty.
 * @slot footer - After the body and its categories and tags.
 *
 * @csspart root - The wrapper of every state; it carries `aria-busy`, `dir` and `lang`.
 * @csspart article - The `<article>` element.
 * @csspart breadcrumb - The breadcrumb navigation (home, section, headline).
 * @csspart title - The headline.
 * @csspart byline - Authors, dates, reading time and comment count.
 * @csspart author - Each author's name, a link when the source gives one.
 * @csspart date - The publication date, and the update date.
 * @csspart updated - The update date, shown when the article changed more than a day after it was published.
 * @csspart image - The hero image.
 * @csspart body - The article's text. A link replaces each embedded video or post (`a.embed-link` inside it).
 * @csspart excerpt - The summary, shown in the body's place when the source sends no body.
 * @csspart protected - In the body's place for a password-protected story: what it is, and the password form.
 * @csspart password - The password form of a protected story (offered when the article comes from `src`).
 * @csspart password-input - The password field.
 * @csspart password-submit - The button that sends the password.
 * @csspart password-error - Under the field: the password was wrong, or could not be checked.
 * @csspart ad - The labelled advertisement area inside the body.
 * @csspart terms - The categories and tags.
 * @csspart term - Each category or tag.
 * @csspart skeleton - The placeholder shown until the first article arrives.
 * @csspart error - The error message.
 * @csspart retry - The error message's retry button.
 * @csspart empty - The message shown when there is no article, or none with the `article-id`/`slug` asked for.
 *
 * @cssprop --news-accent - Links, the quote border, and the focus rings of links and buttons (default `#1a5fb4`).
 * @cssprop --news-text - Text colour (default: the page's).
 * @cssprop --news-surface - Background (default: transparent).
 * @cssprop --news-muted - Byline, breadcrumb and captions (default: the text colour at 68%).
 * @cssprop --news-border - Rules around the ad and the terms (default: the text colour at 18%).
 * @cssprop --news-tint - Background of the terms and the state messages.
 * @cssprop --news-radius - Corner radius of the image and the boxes (default `0.5rem`).
 * @cssprop --news-block-gap - Space below the widget, before what follows it on the page; `0` for none (default `1.5rem`).
 * @cssprop --news-font - Font family (default: the page's).
 * @cssprop --news-heading-font - Font family of the headline and the body's headings (default: the page's).
 * @cssprop --news-skeleton - Colour of the loading placeholder.
 * @cssprop --news-danger - The wrong-password message and field of a protected story.
 * @cssprop --news-field-border - Border of the password field.
 * @cssprop --news-field-focus - Focus ring of the password field, kept apart from `--news-danger` (default: the text colour).
 * @cssprop --news-article-skeleton-height - Height held while the article loads (default `100vh`), so content below does not jump.
 * @cssprop --news-article-max-width - Widest line length (default `70ch`).
 * @cssprop --news-article-title-size - Headline size (default: from `1.5em` at 320px to `2.4em` on wide screens).
 * @cssprop --news-article-font-size - Body text size (default `1em`, the page's).
 *
 * @fires news-load - An article was loaded; `detail.article` is the one shown (undefined when none matched). Also when a reader's password opened a protected story: then `detail.article` is the story with its body.
 * @fires news-error - Loading failed; `detail.error` is a `NewsError` whose `code` says why.
 */
export class NewsArticleElement extends NewsElement {
  /** @internal The tag this element is registered as. */
  static readonly tagName: string = 'news-article';

  static {
    // Its texts come with its code, so pages without an article do not download them.
    addEnglish({ ...enArticle, ...enSanitized });
  }

  static override styles = [sharedStyles, textFieldStyles, newsArticleStyles];

  static override properties: PropertyDeclarations = {
    article: { attribute: false },
    articleId: { attribute: 'article-id' },
    slug: {},
    homeUrl: { attribute: 'home-url' },
    breadcrumb: {},
    noBreadcrumb: { type: Boolean, attribute: 'no-breadcrumb' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    imageSizes: { attribute: 'image-sizes' },
    noImage: { type: Boolean, attribute: 'no-image' },
    linkTarget: { attribute: 'link-target' },
    adAfter: { type: Number, attribute: 'ad-after' },
    noJsonLd: { type: Boolean, attribute: 'no-json-ld' },
    _hasAd: { state: true },
    _published: { state: true },
  };

  /** A normalized article to show with no request; it takes precedence over `src`, `data` and inline JSON. */
  article?: ArticleInput;

  /** When the source returns a list: the id of the article to show, or its link (how a feed's readers name an item). */
  articleId?: string;

  /** When the source returns a list: the slug of the article to show (if no `article-id` is set). */
  slug?: string;

  /** Link of the breadcrumb's first item (default: the home page of the article's site; none when unknown). */
  homeUrl?: string;

  /** `hidden` leaves the breadcrumb out. */
  breadcrumb: 'visible' | 'hidden' = 'visible';

  /** Leaves the breadcrumb out (same as `breadcrumb="hidden"`). */
  noBreadcrumb = false;

  /** Level of the headline, 1 to 6: an embedded article may sit below the page's own headings. */
  headingLevel = 1;

  /** The hero image's `sizes`, for choosing from its `srcset`. */
  imageSizes = '(min-width: 768px) 768px, 100vw';

  /** Leaves the hero image out. */
  noImage = false;

  /** `target` for links to other sites than the article's, e.g. `_blank` (the site's own links open in place). */
  linkTarget?: string;

  /** Number of body paragraphs before the `ad` slot (0 puts it first; default 3, or the end of a shorter body). */
  adAfter = DEFAULT_AD_AFTER;

  /** Adds no schema.org JSON-LD script for search engines. */
  noJsonLd = false;

  /** @internal The sanitized body of the article shown. */
  private readonly _bodies = new BodyController(this);

  /** @internal Whether the `ad` slot has content (an empty one draws nothing). */
  private _hasAd = false;

  /** @internal The JSON-LD script of the article shown, in the light DOM where search engines read it. */
  private readonly _jsonLd = new JsonLdController(this, () => this._jsonLdText());

  /** @internal A protected story opened with the reader's password, from the endpoint it came from. */
  private readonly _password = new PasswordController(this, {
    // The password code is loaded when a reader first gives a password: most pages never show a protected story.
    read: async (source, password, signal) =>
      this._pick(await (await import('../../data/load-password.js')).loadWithPassword(source, password, { ...this.sourceOptions(), ...this.requestOptions(signal) })),
    current: () => this._pickedArticle(),
    opened: (article) => {
      emit<NewsArticleLoadDetail>(this, 'news-load', tellCommentStatus(article));
      this._focusAfterUpdate('.body[tabindex]');
    },
    refused: () => this._focusAfterUpdate('#password-input'),
  });

  /** @internal Comments published from this page on the story shown (as the source sent it), which its count does not include. */
  private _published?: { on: NewsArticle; n: number };

  /** The byline says how many comments there are: the real number, not the first page WordPress embeds. */
  protected override get wantsCommentCounts(): boolean {
    return true;
  }

  protected override localInput(): readonly unknown[] | undefined {
    return this.article ? [this.article] : undefined;
  }

  /** An article with a body counts as loaded only once the sanitizer it needs is here (a separate file in some browsers). */
  protected override async prepare(page: NewsPage): Promise<NewsPage> {
    const article = this._pick(page);
    if (article && article.bodyHtml.trim() !== '') {
      try {
        await getSanitizer();
      } catch (error) {
        throw new NewsError('sanitizer-unavailable', 'The HTML sanitizer could not be loaded, so the article body cannot be shown safely', { cause: error });
      }
    }
    return page;
  }

  protected override loadDetail(page: NewsPage): NewsArticleLoadDetail {
    const article = this._pick(page);
    return tellCommentStatus(article && this._opened(article));
  }

  /** @internal A comment published on the story shown: the byline counts it too, until the story is loaded again. */
  protected override commentPublished(postId: number, site: string): void {
    const picked = this._pickedArticle();
    if (picked && this.isCommentOn(picked, postId, site)) this._published = { on: picked, n: (this._published?.on === picked ? this._published.n : 0) + 1 };
  }

  /** The article as shown: with its body, when a reader's password opened it. */
  private _opened(article: NewsArticle): NewsArticle {
    return this._password.opened(article);
  }

  /** The article of a page this element shows: the one asked for by id or slug, else the first. */
  private _pick(page: NewsPage): NewsArticle | undefined {
    if (this.isLocalPage(page)) return page.articles[0];
    const wanted = this.articleId;
    if (wanted) return page.articles.find((article) => article.id === wanted) ?? page.articles.find((article) => article.url === wanted);
    if (this.slug) return page.articles.find((article) => article.slug === this.slug);
    return page.articles[0];
  }

  /** The article on screen now, as the source sent it, if any (a refetch keeps showing the previous one). */
  private _pickedArticle(): NewsArticle | undefined {
    const page = this.page;
    return page && this._pick(page);
  }

  /** The article on screen now, if any, opened when a password opened it. */
  private _shownArticle(): NewsArticle | undefined {
    const article = this._pickedArticle();
    return article && this._opened(article);
  }

  /**
   * Where a protected story can be asked for again with a password: the endpoint it came from. Not for an
   * article handed in as `.article`, `.data` or inline JSON, which no request brought.
   */
  private _passwordSource(): string | undefined {
    const url = this.sourceUrl();
    if (!url || this.article || this.data !== undefined || this._inline?.json !== undefined) return undefined;
    return resolveUrl(url);
  }

  /**
   * Asks the source for a protected story again with the reader's password. The request is this element's
   * alone: it bypasses the responses shared between widgets (and the browser's HTTP cache), so no other
   * caller can be given what the password opened, and nothing of it is kept once the body is shown.
   */
  private _onPasswordSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#password-input');
    const article = this._pickedArticle();
    const source = this._passwordSource();
    if (!input || !article || !source || this._password.busy) return;
    const password = input.value;
    // Out of the field as soon as it is sent: the only copy left is the request's.
    input.value = '';
    this._password.unlock(article, source, password);
  }

  /** Moves focus to what the next update draws. */
  private _focusAfterUpdate(selector: string): void {
    this.requestUpdate();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  /** @internal A password check for the previous source is dropped (the controller drops its own on removal). */
  protected override dropPending(): void {
    this._password.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const article = this._shownArticle();
    if (article && article.bodyHtml.trim() !== '') this._prepareBody(article);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Another article picked from the list already loaded: tell the page as a new load would.
    if (changed.has('articleId') || changed.has('slug')) this.reportLoad();
  }

  /** Also waits for the body, which is sanitized after the article arrives. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const updated = await super.getUpdateComplete();
    await this._bodies.ready;
    return (await super.getUpdateComplete()) && updated;
  }

  /** Asks for an article's sanitized body, made once per article and options. */
  private _prepareBody(article: NewsArticle): void {
    const adAfter = Number.isFinite(this.adAfter) ? Math.max(0, Math.floor(this.adAfter)) : DEFAULT_AD_AFTER;
    this._bodies.prepare({
      article,
      base: this._site(article),
      linkTarget: this.linkTarget || undefined,
      referrerPolicy: this._imageReferrerPolicy,
      adAfter,
      embedLabels: [this.t('embedYouTube'), this.t('embedVimeo'), this.t('embedOther')],
    });
  }

  /** The article shown as schema.org JSON-LD, unless it came with its own (inline data), which already describes it. */
  private _jsonLdText(): string | undefined {
    const article = this.noJsonLd ? undefined : this._shownArticle();
    const own = [...this.children].some((child) => child.matches('script[type="application/ld+json"]') && !isGenerated(child));
    return article && !own ? articleJsonLd(article) : undefined;
  }

  private _onAdSlotChange(event: Event): void {
    this._hasAd = (event.target as HTMLSlotElement).assignedElements({ flatten: true }).length > 0;
  }

  /**
   * A message with a template where its `{name}` placeholder is, so the translation decides the word order
   * ("By {name}", "بقلم {name}").
   */
  private _fill(key: MessageKey, name: string, content: unknown): unknown[] {
    const marker = '\u0000';
    const [before = '', ...rest] = this.t(key, { [name]: marker }).split(marker);
    return [before, content, rest.join('')];
  }

  private get _breadcrumbShown(): boolean {
    return !this.noBreadcrumb && this.breadcrumb !== 'hidden';
  }

  /** Where the article lives: relative links in it belong to that site, not to the page showing it. */
  private _site(article: NewsArticle): string | undefined {
    return article.url ?? (this.src ? resolveUrl(this.src) : undefined);
  }

  /** A link when the URL is safe (`.article` comes from the app, unchecked), else the plain content. */
  private _link(article: NewsArticle, url: string | undefined, content: unknown, part?: string): unknown {
    const href = safeUrl(url, { mailto: true });
    if (!href) return part ? html`<span part=${part}>${content}</span>` : content;
    const target = this.linkTarget && leavesSite(href, this._site(article)) ? this.linkTarget : undefined;
    return html`<a href=${href} part=${ifDefined(part)} target=${ifDefined(target)} rel=${ifDefined(target && 'noopener')}>${content}</a>`;
  }

  private _time(iso: string, part: string): unknown {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return nothing;
    const text = dateTimeFormat(this.language, { dateStyle: 'long' }).format(date);
    return html`<time part=${part} datetime=${date.toISOString()}>${text}</time>`;
  }

  protected override renderSkeleton(): TemplateResult {
    const crumb = this._breadcrumbShown ? html`<span class="skeleton line crumb"></span>` : nothing;
    return html`<div class="loading" part="skeleton">
      ${crumb}
      <span class="skeleton line heading"></span>
      <span class="skeleton line heading short"></span>
      <span class="skeleton line byline"></span>
      ${this.noImage ? nothing : html`<span class="skeleton media"></span>`}
      ${[1, 2, 3, 4, 5, 6].map(() => html`<span class="skeleton line"></span>`)}
      <span class="skeleton line end"></span>
    </div>`;
  }

  protected override renderPage(page: NewsPage): unknown {
    const picked = this._pick(page);
    if (!picked) return this.renderEmpty(this.t('notFound'));
    const article = this._opened(picked);
    return html`<article part="article">
      <header>${this._renderBreadcrumb(article)} ${this._renderTitle(article)} ${this._renderByline(article, this._published?.on === picked ? this._published.n : 0)}</header>
      ${this._renderImage(article)}
      <slot name="cta"></slot>
      ${this._renderBody(article)} ${this._renderTerms(article)}
      <slot name="footer"></slot>
    </article>`;
  }

  private _renderBreadcrumb(article: NewsArticle): unknown {
    if (!this._breadcrumbShown) return nothing;
    const home = this.homeUrl ? safeUrl(this.homeUrl) : siteHome(article.url);
    const section = article.categories[0];
    // A trail holding only the headline leads nowhere.
    if (!home && !section) return nothing;
    return html`<nav class="breadcrumb" part="breadcrumb" aria-label=${this.t('breadcrumb')}>
      <ol>
        ${home ? html`<li>${this._link(article, home, this.t('home'))}</li>` : nothing}
        ${section ? html`<li>${this._link(article, section.url, section.name)}</li>` : nothing}
        <li><span aria-current="page">${article.title}</span></li>
      </ol>
    </nav>`;
  }

  private _renderTitle(article: NewsArticle): TemplateResult {
    return heading(this.headingLevel, article.title, 'title', { lowest: 1 });
  }

  /** The byline; `added` comments published from the page since the article was loaded count too. */
  private _renderByline(article: NewsArticle, added: number): unknown {
    const { published, modified, readingTimeMinutes } = article;
    // An update date only when it says something: a fix made the same day is not news.
    const updated = modified !== undefined && (published === undefined || Date.parse(modified) - Date.parse(published) > DAY_MS) ? modified : undefined;
    const items = [
      article.authors.length ? this._fill('by', 'name', this._renderAuthors(article)) : undefined,
      published ? this._time(published, 'date') : undefined,
      updated ? this._fill('updated', 'date', this._time(updated, 'date updated')) : undefined,
      readingTimeMinutes ? this.t('readingTime', { n: readingTimeMinutes }) : undefined,
      this.commentCountText(article, added),
    ].filter((item) => item !== undefined);
    if (items.length === 0) return nothing;
    return html`<p class="byline" part="byline">${items.map((item) => html`<span>${item}</span>`)}</p>`;
  }

  /** Every author, joined the way the language lists names ("A, B and C", "A, B et C"). */
  private _renderAuthors(article: NewsArticle): unknown[] {
    const { authors } = article;
    // One name needs no list: skip building an Intl.ListFormat (costly the first time) for the usual byline.
    if (authors.length === 1) return [this._link(article, authors[0]!.url, authors[0]!.name, 'author')];
    let index = 0;
    return listFormat(this.language, { type: 'conjunction' })
      .formatToParts(authors.map((person) => person.name))
      .map((part) => {
        if (part.type !== 'element') return part.value;
        const person = authors[index++];
        return person ? this._link(article, person.url, person.name, 'author') : part.value;
      });
  }

  private _renderImage(article: NewsArticle): unknown {
    const image = article.image;
    const src = safeUrl(image?.url);
    if (this.noImage || !image || !src) return nothing;
    // The hero is the largest thing on the page when it loads: fetched early, never lazily.
    return html`<img
      class="hero"
      part="image"
      src=${src}
      alt=${image.alt}
      width=${ifDefined(image.width)}
      height=${ifDefined(image.height)}
      srcset=${ifDefined(image.srcset)}
      sizes=${ifDefined(image.srcset ? this.imageSizes : undefined)}
      referrerpolicy=${this._imageReferrerPolicy}
      fetchpriority="high"
    />`;
  }

  private _renderBody(article: NewsArticle): TemplateResult {
    if (isLocked(article)) return html`<div class="body" part="body">${this._renderProtected(article)}${this._renderAd()}</div>`;
    if (article.bodyHtml.trim() === '') {
      const excerpt = article.excerpt ? html`<p class="excerpt" part="excerpt">${article.excerpt}</p>` : nothing;
      return html`<div class="body" part="body">${excerpt}${this._renderAd()}</div>`;
    }
    const body = this._bodies.of(article);
    // Until the body is drawn it holds a screen's height, so what follows the article does not jump.
    // An opened protected story can take the focus from the password form it replaces.
    return html`<div class="body ${body ? '' : 'pending'}" part="body" tabindex=${ifDefined(article.protected ? '-1' : undefined)} @click=${this._onBodyClick}>${body ? fragmentCopy(body.before) : nothing}${this._renderAd()}${body ? fragmentCopy(body.after) : nothing}</div>`;
  }

  /**
   * A protected story's place: what it is and, where the story came from an endpoint, a password form. The
   * field has no `name` and the form no `action`, so nothing could ever submit the password as a page would.
   */
  private _renderProtected(article: NewsArticle): TemplateResult {
    const problem = this._password.problem(article);
    const message = problem ? (problem.error ? this.errorText(problem.error) : this.t('passwordWrong')) : undefined;
    const busy = this._password.busy;
    const form = this._passwordSource()
      ? html`<form class="password" part="password" aria-busy=${busy ? 'true' : 'false'} @submit=${this._onPasswordSubmit}>
          <label for="password-input">${this.t('passwordLabel')}</label>
          <span class="password-row">
            <input
              id="password-input"
              class="text-field"
              part="password-input"
              type="password"
              required
              autocomplete="off"
              spellcheck="false"
              aria-invalid=${problem && !problem.error ? 'true' : 'false'}
              aria-describedby=${ifDefined(message ? 'password-error' : undefined)}
            />
            <button type="submit" part="password-submit" aria-disabled=${busy ? 'true' : 'false'}>${this.t('passwordSubmit')}</button>
          </span>
          ${message ? html`<p class="password-error" id="password-error" part="password-error" role="alert">${message}</p>` : nothing}
        </form>`
      : nothing;
    return html`<div class="protected" part="protected">
      <p class="protected-message">${this.t('protectedStory')}</p>
      ${form}
    </div>`;
  }

  /**
   * A link to a place in the article (a footnote, `#fn-1`) scrolls to it here: the page's own fragment
   * navigation does not look inside a shadow root, and would change the page's URL for nothing.
   */
  private _onBodyClick(event: MouseEvent): void {
    const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
    const id = link?.getAttribute('href')?.slice(1);
    const target = id ? this.renderRoot.querySelector(`[id="${CSS.escape(id)}"]`) : null;
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'start' });
  }

  private _renderAd(): TemplateResult {
    const label = this.t('advertisement');
    return html`<div class="ad" part="ad" role="complementary" aria-label=${label} ?hidden=${!this._hasAd}>
      <span class="ad-label" aria-hidden="true">${label}</span>
      <slot name="ad" @slotchange=${this._onAdSlotChange}></slot>
    </div>`;
  }

  private _renderTerms(article: NewsArticle): unknown {
    const groups = (
      [
        ['categories', article.categories],
        ['tags', article.tags],
      ] as const
    ).filter(([, terms]) => terms.length > 0);
    if (groups.length === 0) return nothing;
    return html`<div class="terms" part="terms">
      ${groups.map(
        ([key, terms]: readonly [MessageKey, NewsTerm[]]) => html`<div class="term-group">
          <span class="terms-label" id="terms-${key}">${this.t(key)}</span>
          <ul aria-labelledby="terms-${key}">
            ${terms.map((term) => html`<li>${this._link(article, term.url, term.name, 'term')}</li>`)}
          </ul>
        </div>`,
      )}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticleElement;
  }
}
