import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { isAbort, type NewsError } from '../../data/errors.js';
import type { NewsArticle, NewsPage } from '../../data/model.js';
import { enPaging } from '../../i18n/en-paging.js';
import { addEnglish, type Translate } from '../../i18n/localize.js';
import { errorState } from '../base/error-state.js';
import { emit } from '../base/events.js';
import { NearViewportController } from '../base/viewport.js';
import { unique } from './unique.js';

export type LoadMoreMode = 'none' | 'manual' | 'auto';

/** How a reader asked for more: a button press moves focus to the new stories, scrolling does not. */
export type MoreTrigger = 'button' | 'scroll';

/** The list element, which draws the stories. */
type ListHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };

/** What the paging asks of its list, which keeps the stories. */
export interface PagedList {
  /** The list's `load-more`. */
  mode(): LoadMoreMode;
  /** The list's texts, in its language now. */
  t(): Translate;
  /** Counts source changes: a page loaded for an earlier one lands nowhere. */
  generation(): number;
  /** The next page's URL, if the source has one. */
  next(): string | undefined;
  setNext(url: string | undefined): void;
  /** Says `text` in the list's live region. */
  announce(text: string): void;
  /** How many stories are loaded. */
  loaded(): number;
  /** How many of them are on screen. */
  shown(): number;
  show(count: number): void;
  /** How many of `available` waiting stories one step shows (the list's `limit`). */
  step(available: number): number;
  /** The keys of the stories loaded (ids and URLs), to skip a story a page repeats. */
  seen(): ReadonlySet<string>;
  /** Reads a further page as the first was read (its source options, request options and finishing step). */
  load(url: string, signal: AbortSignal, fresh: boolean): Promise<NewsPage>;
  /** Adds the stories of a page not loaded yet after those loaded (ranked as the list ranks); returns them. */
  add(articles: readonly NewsArticle[]): NewsArticle[];
  reportError(error: unknown): void;
  asNewsError(error: unknown): NewsError;
}

/** The `news-load` detail of a page: the page, and the stories it added. */
interface PageAdded {
  page: NewsPage;
  articles: NewsArticle[];
}

/** What one "load more" brought: each page read, with its stories not seen before, where to go on, and for which source. */
interface MoreResult {
  pages: PageAdded[];
  next: string | undefined;
  requested: Set<string>;
  generation: number;
}

// Its texts come with it: a list of one page does not download them.
addEnglish(enPaging);

/** Pages in a row that may bring nothing new (an endpoint repeating itself) before the list stops asking. */
const MAX_EMPTY_PAGES = 3;
/** How far before the end of the list infinite scroll asks for the next page. */
const SCROLL_MARGIN = '0px 0px 400px 0px';

/**
 * A list's further pages: the "Load more stories" button, infinite scroll and `showMore()`. A file of its
 * own, which a list loads when its `load-more` asks for more (or on its first `showMore()`): a list of one
 * page does not download it. It reads pages from the list's next link, in a task beside the first page's,
 * until one brings stories not seen yet (an endpoint may repeat itself). A new source or the list's removal
 * aborts it (`abort()`), and what a run brings for an earlier generation (one that ignored the abort) lands
 * nowhere: not in the new list, and no `news-load`.
 */
export class PagingController implements ReactiveController {
  /** Every page URL asked for since the first page, so a next link back to one of them does not loop. */
  private readonly _requested = new Set<string>();
  private _trigger: MoreTrigger = 'button';
  /** How many stories were shown when the sentinel was last watched. */
  private _watchedAt = -1;

  private readonly _task: Task<readonly [string, boolean], MoreResult>;

  /** Infinite scroll: the sentinel after the last story coming near the viewport asks for more. */
  private readonly _scroll: NearViewportController;

  constructor(
    private readonly host: ListHost,
    private readonly list: PagedList,
  ) {
    host.addController(this);
    this._scroll = new NearViewportController(host, SCROLL_MARGIN, () => void this.more('scroll'));
    this._task = new Task(host, {
      autoRun: false,
      task: async ([url, fresh], { signal }) => {
        const generation = list.generation();
        const seen = new Set(list.seen());
        const requested = new Set(this._requested);
        const pages: PageAdded[] = [];
        let next: string | undefined = url;
        for (let empty = 0; next && empty < MAX_EMPTY_PAGES; empty += 1) {
          requested.add(next);
          const page = await list.load(next, signal, fresh);
          const added = unique(page.articles, seen);
          pages.push({ page, articles: added });
          // A next link back to a page already read would loop.
          next = page.next && !requested.has(page.next) ? page.next : undefined;
          if (added.length > 0) break;
        }
        return { pages, next, requested, generation };
      },
      onComplete: ({ pages, next, requested, generation }) => {
        if (generation !== list.generation()) return;
        for (const key of requested) this._requested.add(key);
        const before = list.shown();
        for (const { page, articles } of pages) {
          // Each page is ranked as it comes, after the stories already shown (which do not move under the reader).
          emit<PageAdded>(host, 'news-load', { page, articles: list.add(articles) });
        }
        list.setNext(next);
        this._reveal(before, this._trigger);
      },
      onError: (error) => {
        list.announce('');
        list.reportError(error);
      },
    });
  }

  /** Stops a "load more" under way; with `forget`, for a new first page (its links are new). */
  abort(forget = false): void {
    this._task.abort();
    if (forget) this._requested.clear();
  }

  /** Shows the next stories: those loaded and waiting, else the source's next page. */
  async more(trigger: MoreTrigger, fresh = false): Promise<void> {
    const list = this.list;
    if (this._loading) return;
    const before = list.shown();
    if (before < list.loaded()) {
      this._reveal(before, trigger);
      return;
    }
    const next = list.next();
    if (!next) return;
    this._trigger = trigger;
    list.announce(list.t()('loadingMore'));
    await this._task.run([next, fresh]);
  }

  hostUpdated(): void {
    // Watches the sentinel after the last story, afresh after each step (a sentinel still in view must report again).
    const sentinel = this.host.renderRoot.querySelector('.sentinel') ?? undefined;
    const shown = this.list.shown();
    if (shown !== this._watchedAt) {
      this._watchedAt = shown;
      this._scroll.stop();
    }
    this._scroll.watch(sentinel);
  }

  private get _loading(): boolean {
    return this._task.status === TaskStatus.PENDING;
  }

  private get _hasMore(): boolean {
    return this.list.shown() < this.list.loaded() || this.list.next() !== undefined;
  }

  /** Puts the next step of waiting stories on screen, says so, and moves focus to them after a button press. */
  private _reveal(before: number, trigger: MoreTrigger): void {
    const list = this.list;
    list.show(before + list.step(list.loaded() - before));
    const added = list.shown() - before;
    const t = list.t();
    const parts = added > 0 ? [t('added', { n: added })] : [];
    if (!this._hasMore) parts.push(t('end'));
    list.announce(parts.join(' '));
    if (trigger !== 'button') return;
    void this.host.updateComplete.then(() => {
      const root = this.host.renderRoot;
      const items = root.querySelectorAll('.stories > .item');
      const first = added > 0 ? items[before]?.querySelector<HTMLElement>('.title-link') : undefined;
      // With nothing new, focus stays near where the reader was: the button, else the last story.
      const target = first ?? root.querySelector<HTMLElement>('.load-more') ?? items[items.length - 1]?.querySelector<HTMLElement>('.title-link');
      target?.focus();
    });
  }

  /** The button, the status line or the scroll sentinel under the stories, or the failure of the last "load more". */
  renderFooter(): unknown {
    const t = this.list.t();
    const mode = this.list.mode();
    if (mode !== 'manual' && mode !== 'auto') return nothing;
    const task = this._task;
    const loading = this._loading;
    if (task.status === TaskStatus.ERROR && !isAbort(task.error)) {
      return errorState(this.list.asNewsError(task.error), t, () => void this.more('button', true), 'more-error');
    }
    if (!this._hasMore) return html`<p class="status" part="status">${t('end')}</p>`;
    if (mode === 'manual') {
      // The button stays (inert) while loading, so keyboard focus is not dropped to the page.
      return html`<button
        type="button"
        class="load-more"
        part="load-more"
        aria-disabled=${loading ? 'true' : 'false'}
        @click=${() => void this.more('button')}
      >
        ${loading ? t('loadingMore') : t('loadMore')}
      </button>`;
    }
    return loading ? html`<p class="status" part="status">${t('loadingMore')}</p>` : html`<div class="sentinel"></div>`;
  }
}
