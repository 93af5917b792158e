import { Task, TaskStatus, initialState } from '@lit/task';
import { html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { getDefaults, imageReferrerPolicy, resolveUrl } from '../../config.js';
import { NewsError, isAbort } from '../../data/errors.js';
import type { FetchOptions } from '../../data/fetch-json.js';
import { parseJsonText } from '../../data/http.js';
import type * as ErrorStateCode from './error-state.js';
import { emit } from './events.js';
import { isGenerated } from './generated.js';
import { NearViewportController } from './viewport.js';
import { WidgetElement } from './widget-element.js';

/** Detail of the `news-error` event. */
export interface NewsErrorDetail {
  error: NewsError;
}

/** Reads a `mapping` attribute written as JSON; a malformed one is reported and ignored. */
const mappingConverter = {
  fromAttribute(value: string | null): object | undefined {
    if (!value) return undefined;
    try {
      const parsed = JSON.parse(value) as unknown;
      return parsed && typeof parsed === 'object' ? parsed : undefined;
    } catch {
      console.warn(`news-widgets: the mapping attribute is not valid JSON: ${value.slice(0, 80)}`);
      return undefined;
    }
  },
};

/**
 * Where a widget's records come from and how they are read, worked out once per change of what says it:
 * records an app handed in, JSON in hand (`.data`, inline JSON), a malformed inline script, or an endpoint.
 */
interface Source {
  /** Records an app set as a property, still to be checked. */
  local?: readonly unknown[];
  /** JSON in hand (none: `undefined`). */
  json?: unknown;
  /** Why the inline JSON could not be read. */
  inlineError?: NewsError;
  /** The endpoint, resolved. */
  url?: string;
  /** The page a server drew, read back from the page script it wrote: shown as it is, with no request. */
  served?: unknown;
  /**
   * All that says it, in one list: the above (the records one by one) and everything else that changes how
   * the source is read (format, items, mapping...). The same values again (`Object.is`), the same objects
   * again, count as unchanged.
   */
  said: readonly unknown[];
}

/** Whether two sources load the same thing: what says them is the same, item by item. */
function sameSource(a: Source | undefined, b: Source): boolean {
  return !!a && a.said.length === b.said.length && a.said.every((item, i) => Object.is(item, b.said[i]));
}

/**
 * The error state's code and its texts (src/components/base/error-state.ts), loaded the first time a widget
 * on the page fails: a page whose widgets load never downloads them. `failed`: that file could not be loaded
 * either (the reader is offline, most likely).
 */
const errorCode: { module?: typeof ErrorStateCode; loading?: Promise<unknown>; failed?: boolean } = {};

/** The attribute of the page script a server wrote (`renderPage`): the page it drew, to wake up with. */
export const SERVED = 'data-news-page';

/** How far below the viewport a `loading="lazy"` widget starts loading. */
const LAZY_MARGIN = '300px';

/**
 * What every data widget does alike, whatever it reads (articles, comments): where its records come from
 * (`src`, `data`, inline JSON, or a property of normalized records), loading them with a task that aborts
 * stale requests, the loading / error / empty states, lazy loading, language and events. A subclass says
 * how to read its kind of record and draws the loaded page.
 */
export abstract class DataElement<Page extends object, Mapping extends object> extends WidgetElement {
  static override properties: PropertyDeclarations = {
    src: {},
    items: {},
    mapping: { converter: mappingConverter },
    data: { attribute: false },
    loading: {},
    credentials: {},
    timeout: { type: Number },
    referrerPolicy: { attribute: 'referrer-policy' },
    _nearViewport: { state: true },
    _inline: { state: true },
    _liveReady: { state: true },
  };

  /** URL of a JSON endpoint (relative URLs resolve against the page-wide `baseUrl`). */
  src = '';

  /** Dot path to the array of records in JSON of any other shape (`.` for a root array). */
  items?: string;

  /** Where each field is in each record: JSON in the attribute, or an object (functions allowed) as a property. */
  mapping?: Mapping;

  /** Raw JSON of any supported shape, to read with no request. */
  data?: unknown;

  /** `lazy` waits until the widget is near the viewport before requesting anything. */
  loading: 'eager' | 'lazy' = 'eager';

  /** Whether cookies go with the request: `omit` (default), `same-origin` or `include`. */
  credentials: RequestCredentials = 'omit';

  /** Milliseconds before a request is given up (default 10000). */
  timeout?: number;

  /**
   * The referrer policy of the images the widget shows (default: the page-wide `referrerPolicy`, else
   * `no-referrer`, so image hosts do not learn which page a reader is on). Empty: the page's own policy.
   */
  referrerPolicy?: string;

  /** @internal The `referrerpolicy` for this widget's images. */
  protected get _imageReferrerPolicy(): ReferrerPolicy {
    return imageReferrerPolicy(this.referrerPolicy);
  }

  /** @internal */
  protected _nearViewport = false;

  /** @internal */
  private readonly _lazy = new NearViewportController(this, LAZY_MARGIN, () => {
    this._nearViewport = true;
    this._lazy.stop();
  });

  /** @internal JSON from a child `<script type="application/json">` (not one a widget generated), or the page a server drew. */
  protected _inline?: { json?: unknown; error?: NewsError; served?: Page };

  /** @internal Settles when the page a server drew is ready to take over (the first update waits for it). */
  private _waking?: Promise<void>;

  /** @internal The source in force: a new object only when what it loads changed. */
  private _source?: Source;

  /** @internal Counts source changes and removals: work begun in an earlier generation lands nowhere. */
  private _generation = 0;

  /** @internal The next run bypasses the short-lived response reuse (a retry). */
  private _fresh = false;

  /** @internal A run was cancelled by the widget leaving the page, or landed while it was away: run again when put back. */
  private _rerunOnConnect = false;

  /** @internal Pages made from app input rather than read from a source. */
  private readonly _localPages = new WeakSet<Page>();

  /** @internal Whether the live region was on screen, empty, for a frame (see `renderState`). */
  private _liveReady = false;

  /** @internal */
  private _task = new Task(this, {
    args: () => [this._source, this.loading !== 'lazy' || this._nearViewport] as const,
    task: async ([source, near], { signal }) => {
      const fresh = this._fresh;
      this._fresh = false;
      if (!source) return initialState;
      if (source.served) return source.served as Page;
      // Every way in ends in finished records: app input is checked here, the rest as it is read.
      if (source.local) {
        const page = this.finishLocal(source.local);
        this._localPages.add(page);
        return this.prepare(page, signal);
      }
      if (source.inlineError) throw source.inlineError;
      if (source.json !== undefined) return this.prepare(await this.readJson(source.json), signal);
      if (!source.url || !near) return initialState;
      return this.prepare(await this.loadUrl(source.url, this.requestOptions(signal, fresh)), signal);
    },
    onComplete: (page) => this._landed(page),
    onError: (error) => this.reportError(error),
  });

  /** @internal Works out the source from the properties, once per update. */
  private _readSource(): Source {
    const local = this.localInput();
    const json = this.data !== undefined ? this.data : this._inline?.json;
    const inlineError = this._inline?.error;
    const src = this.sourceUrl();
    const url = src && resolveUrl(src);
    const served = this._inline?.served;
    return { local, json, inlineError, url, served, said: [served, json, inlineError, url, ...this.readKey(), local?.length, ...(local ?? [])] };
  }

  /** @internal A generation number to hand to work that may outlive the source it was begun for. */
  protected get generation(): number {
    return this._generation;
  }

  /** @internal The endpoint to read: `src` by default. */
  protected sourceUrl(): string | undefined {
    return this.src || undefined;
  }

  /** @internal Everything that changes how the source is read (format, items, mapping...): a change loads again. */
  protected readKey(): unknown[] {
    return [this.items, this.mapping];
  }

  /** Reads JSON in hand (`.data`, inline JSON) into a page; throws a `NewsError` for a shape it cannot read. */
  protected abstract readJson(json: unknown): Page | Promise<Page>;

  /** Fetches and reads an endpoint. */
  protected abstract loadUrl(url: string, request: FetchOptions): Promise<Page>;

  /** A page of records an app handed in, each checked like fetched data. */
  protected abstract finishLocal(input: readonly unknown[]): Page;

  /** @internal How this widget's requests are made; `fresh` bypasses (and replaces) the responses kept for reuse. */
  protected requestOptions(signal?: AbortSignal, fresh = false): FetchOptions {
    return { credentials: this.credentials, timeout: this.timeout ?? getDefaults().timeout, ...(signal ? { signal } : {}), ...(fresh ? { fresh: true } : {}) };
  }

  /**
   * Records an app set directly as a property (`.articles`, `.article`, `.comments`), if the subclass has
   * one. They are checked like fetched data before anything draws them; the same objects again count as unchanged.
   */
  protected localInput(): readonly unknown[] | undefined {
    return undefined;
  }

  /** Whether a page was made from `localInput()`. */
  protected isLocalPage(page: Page): boolean {
    return this._localPages.has(page);
  }

  /**
   * A last step a page takes before it counts as loaded, inside the task: a failure here is the widget's
   * error state, like a failed request. The default passes the page through.
   */
  protected prepare(page: Page, _signal: AbortSignal): Page | Promise<Page> {
    return page;
  }

  /** @internal Each page the source brought: the subclass takes it, and the page hears of it, if the widget is still on it. */
  private _landed(page: Page): void {
    this.pageChanged(page);
    if (this.isConnected) emit(this, 'news-load', this.loadDetail(page));
    else this._rerunOnConnect = true;
  }

  /** Called with each page the source brought, before `news-load` tells the page: a subclass takes what it needs from it. */
  protected pageChanged(_page: Page): void {}

  /**
   * Work of a subclass's own beside the first page (further pages, a password check) that must not land
   * any more: the source changed, or the widget left the page. `generation` has moved on already.
   */
  protected dropPending(): void {}

  /** The page on screen (kept during a refetch), unless the last load failed. */
  protected get page(): Page | undefined {
    return this._task.status === TaskStatus.ERROR ? undefined : (this._task.value ?? this._inline?.served);
  }

  /** Fires `news-load` again for the page shown, when the widget shows another part of it (another article of a list). */
  protected reportLoad(): void {
    const page = this._task.value;
    if (page && this._task.status === TaskStatus.COMPLETE && this.isConnected) emit(this, 'news-load', this.loadDetail(page));
  }

  /** @internal Fires `news-error` for a failure (not for a cancelled request, nor from a widget no longer on the page). */
  protected reportError(error: unknown): void {
    if (isAbort(error) || !this.isConnected) return;
    emit<NewsErrorDetail>(this, 'news-error', { error: this._asNewsError(error) });
  }

  /** The `news-load` event's detail. */
  protected abstract loadDetail(page: Page): unknown;

  override connectedCallback(): void {
    super.connectedCallback();
    this._readInlineJson();
    if (this.loading === 'lazy') this._observe();
    if (this._rerunOnConnect) {
      this._rerunOnConnect = false;
      void this._task.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A removed widget leaves nothing running and says nothing more; it starts again if it is put back.
    // Moved (taken out and put back in the same task) is not removed: its request goes on, so the check
    // waits until the task's own work is done. Nothing lands meanwhile (`_landed` asks `isConnected`).
    queueMicrotask(() => {
      if (this.isConnected) return;
      this._generation += 1;
      this.dropPending();
      if (this._task.status === TaskStatus.PENDING) {
        this._rerunOnConnect = true;
        this._task.abort();
      }
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // On a server the widget reads no source: `renderPage` gives it the page it draws; drawn by Lit's own
    // server renderer (a framework's), it draws what the browser first draws, loading.
    if (this._place) {
      this._source ??= { url: this._inline ? undefined : this.src, said: [] };
      return;
    }
    if (changed.has('loading') && this.loading === 'lazy' && this.isConnected) this._observe();
    // The one comparison that decides whether to load again (the task runs on a new source object).
    const source = this._readSource();
    if (sameSource(this._source, source)) return;
    if (this._source) {
      this._generation += 1;
      this.dropPending();
    }
    this._source = source;
  }

  /** A widget a server drew waits, drawn as it is, until the page it drew is ready to draw again (no flash, no request). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const waking = this._waking;
    this._waking = undefined;
    return waking ? waking.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // Two frames: the empty live region is painted (and reaches the accessibility tree) before its first text.
    requestAnimationFrame(() => requestAnimationFrame(() => (this._liveReady = true)));
  }

  /** @internal */
  private _observe(): void {
    if (!this._nearViewport) this._lazy.watch(this);
  }

  /** @internal */
  private _readInlineJson(): void {
    // A JSON-LD script a widget wrote (and a copy of its HTML carried along) describes the page; it is no data.
    const script = [...this.querySelectorAll(':scope > script[type="application/json"], :scope > script[type="application/ld+json"]')].find((child) => !isGenerated(child));
    if (!script) return;
    try {
      const json = parseJsonText(script.textContent ?? '', 'inline JSON');
      // The page a server drew (`renderPage`): read back (code loaded only then) before the first update,
      // which then draws the same thing over what is already there.
      if (script.hasAttribute(SERVED)) this._waking = import('./wake.js').then((module) => module.wake(this, json));
      else this._inline = { json };
    } catch (error) {
      this._inline = { error: this._asNewsError(error) };
    }
  }

  /** Loads again, asking the source afresh rather than reusing a recent answer (the retry button). */
  retry(): Promise<void> {
    this._fresh = true;
    return this._task.run();
  }

  /** @internal */
  protected _asNewsError(error: unknown): NewsError {
    if (error instanceof NewsError) return error;
    return new NewsError('unsupported-shape', error instanceof Error ? error.message : 'Unexpected data', { cause: error });
  }

  /**
   * The error state: what happened, and a way to try again where that can help. Until its code has come
   * (the first failure on the page asks for it), the widget stays as it was drawn; if it cannot come, it says
   * that the news could not be loaded, with a button to try again.
   */
  protected renderError(error: unknown): TemplateResult {
    const retry = () => void this.retry();
    const code = this._errorCode();
    if (code) return code.errorState(this._asNewsError(error), this.t, retry);
    if (errorCode.failed) return html`<div class="state error" part="error" role="alert"><p>${this.t('errorNetwork')}</p><button type="button" part="retry" @click=${retry}>${this.t('retry')}</button></div>`;
    return this.renderSkeleton();
  }

  /** A failure in a sentence, as the error state says it: none until its code has come (the widget draws again then). */
  protected errorText(error: unknown): string | undefined {
    const code = this._errorCode();
    return code ? code.errorMessage(this._asNewsError(error), this.t) : errorCode.failed ? this.t('errorNetwork') : undefined;
  }

  /** @internal The error state's code if it has come; if not, asks for it (once for the page) and draws again when it comes. */
  private _errorCode(): typeof ErrorStateCode | undefined {
    if (!errorCode.module && !errorCode.failed) {
      errorCode.loading ??= import('./error-state.js').then(
        (module) => (errorCode.module = module),
        () => (errorCode.failed = true),
      );
      void errorCode.loading.then(() => this.requestUpdate());
    }
    return errorCode.module;
  }

  /** Complete once the error state is drawn, when a failure found its code still on the way. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    if (!errorCode.loading || errorCode.module || errorCode.failed) return complete;
    await errorCode.loading;
    return super.getUpdateComplete();
  }

  /** The empty state. */
  protected renderEmpty(message = this.t('empty')): TemplateResult {
    return html`<div class="state empty" part="empty" role="status"><p>${message}</p></div>`;
  }

  /** Placeholder with roughly the final size, shown until the first page arrives. */
  protected abstract renderSkeleton(): TemplateResult;

  /** The loaded page. */
  protected abstract renderPage(page: Page): unknown;

  /** Whether a loaded page has nothing to show. */
  protected abstract isEmpty(page: Page): boolean;

  /** What the live region says once the first page is there (e.g. "3 more stories loaded"); empty by default. */
  protected liveStatus(): string {
    return '';
  }

  /**
   * Picks the state to show; a refetch keeps the previous page on screen, marked busy. Beside it, one live
   * region says what changes ("Loading…" first): drawn empty first and filled later, because many screen
   * readers announce a change of a region's text, not a region inserted with its text already in it.
   */
  protected renderState(): unknown {
    const task = this._task;
    const source = this._source;
    const busy = task.status === TaskStatus.PENDING || (task.status === TaskStatus.INITIAL && (!!source?.url || source?.json !== undefined));
    const page = this.page;
    const failed = task.status === TaskStatus.ERROR && !isAbort(task.error);
    let body: unknown;
    if (failed) body = this.renderError(task.error);
    else if (page) body = this.isEmpty(page) ? this.renderEmpty() : this.renderPage(page);
    else if (busy) body = this.renderSkeleton();
    else body = this.renderEmpty();
    const said = !this._liveReady ? '' : busy && !page && !failed ? this.t('loading') : this.liveStatus();
    return html`<div class="root" part="root" dir=${this.direction} lang=${this.language} aria-busy=${busy ? 'true' : 'false'}>${body}</div>
      <div class="visually-hidden" role="status" lang=${this.language}>${said}</div>`;
  }

  protected override render(): unknown {
    return this.renderState();
  }
}
