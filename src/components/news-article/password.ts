import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { NewsError, isAbort } from '../../data/errors.js';
import type { NewsArticle } from '../../data/model.js';
import { getSanitizer } from '../../data/sanitize.js';

/** A story the source keeps behind a password, not sent yet: no body to show. */
export function isLocked(article: NewsArticle): boolean {
  return article.protected === true && article.bodyHtml.trim() === '';
}

/** What one unlocking acts on: the story as shown, where it came from, and the reader's password. */
type Unlock = readonly [article: NewsArticle, source: string, password: string];

/** How an unlocking ended: the story opened, or why not (`error` undefined: the password was refused). */
interface Outcome {
  article: NewsArticle;
  opened?: NewsArticle;
  error?: NewsError;
  signal: AbortSignal;
}

/** What the controller asks of its host. */
export interface PasswordHostSide {
  /** Asks the source for the story again with the password; the story the answer holds, if any. */
  read(source: string, password: string, signal: AbortSignal): Promise<NewsArticle | undefined>;
  /** The story on screen now, as the source sent it. */
  current(): NewsArticle | undefined;
  /** The password opened `article` (the story with its body), now drawn. */
  opened(article: NewsArticle): void;
  /** The password was refused or could not be checked, now said. */
  refused(): void;
}

/**
 * The password pipeline of `<news-article>`: unlocking a protected story is a Task run on demand, whose
 * arguments capture the story it acts on, so an answer for a story no longer shown (another article,
 * another source, a widget taken off the page) lands nowhere. The password itself is kept nowhere: it lives
 * in the field, then in the one request that carries it.
 */
export class PasswordController implements ReactiveController {
  /** The story opened with the reader's password: as the source first sent it, and as it came with the password. */
  private _unlocked?: { from: NewsArticle; article: NewsArticle };
  /** The last password given for a story was refused (`error` undefined) or could not be checked. */
  private _problem?: { article: NewsArticle; error?: NewsError };

  private readonly _task: Task<Unlock, Outcome>;

  constructor(
    host: ReactiveControllerHost,
    private readonly side: PasswordHostSide,
  ) {
    host.addController(this);
    this._task = new Task(host, {
      autoRun: false,
      task: async ([article, source, password], { signal }) => {
        try {
          const opened = await side.read(source, password, signal);
          if (opened && !isLocked(opened) && opened.bodyHtml.trim() !== '') {
            await getSanitizer().catch((cause: unknown) => {
              throw new NewsError('sanitizer-unavailable', 'The HTML sanitizer could not be loaded', { cause });
            });
          }
          return { article, ...(opened ? { opened } : {}), signal };
        } catch (caught) {
          if (isAbort(caught) && signal.aborted) throw caught;
          // A refused password is the reader's to try again; anything else is said as what went wrong.
          // The password code: loaded by `read` already, unless loading it is what failed.
          const refused = await import('../../data/load-password.js').then(({ isPasswordRefusal }) => isPasswordRefusal(caught), () => false);
          const error = refused ? undefined : caught instanceof NewsError ? caught : new NewsError('unsupported-shape', 'The password could not be checked');
          return { article, ...(error ? { error } : {}), signal };
        }
      },
      onComplete: (outcome) => this._settle(outcome),
    });
  }

  /** The story as shown: with its body, when a reader's password opened it. */
  opened(article: NewsArticle): NewsArticle {
    return this._unlocked?.from === article ? this._unlocked.article : article;
  }

  /** What went wrong with the last password given for `article`, if anything did. */
  problem(article: NewsArticle): { error?: NewsError } | undefined {
    return this._problem?.article === article ? this._problem : undefined;
  }

  /** Whether a password is being checked. */
  get busy(): boolean {
    return this._task.status === TaskStatus.PENDING;
  }

  /** Sends the password for `article`, to the endpoint it came from (one at a time). */
  unlock(article: NewsArticle, source: string, password: string): void {
    if (this.busy || password === '' || !isLocked(article)) return;
    this._problem = undefined;
    void this._task.run([article, source, password]);
  }

  /** Drops a check in flight: its answer lands nowhere. */
  abort(): void {
    this._task.abort();
  }

  hostDisconnected(): void {
    this.abort();
  }

  private _settle({ article, opened, error, signal }: Outcome): void {
    // Dropped, or the reader moved on (another article, another source) while the password was checked.
    if (signal.aborted || this.side.current() !== article) return;
    if (opened && !isLocked(opened) && opened.id === article.id) {
      // The count already made for the locked story is the real one; the opened one only counts what WordPress embeds.
      const count = article.commentCount;
      const counted = count === undefined ? opened : { ...opened, commentCount: count, metrics: { ...opened.metrics, commentCount: count } };
      this._unlocked = { from: article, article: counted };
      this.side.opened(counted);
      return;
    }
    // Refused, or still without a body (the password did not open it): the story stays locked, the field empty for another try.
    this._problem = error ? { article, error } : { article };
    this.side.refused();
  }
}
