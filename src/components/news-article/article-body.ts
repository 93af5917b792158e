import { noChange, type ChildPart, type ReactiveControllerHost } from 'lit';
import { Directive, directive, PartType, type Part, type PartInfo } from 'lit/directive.js';
import type { NewsArticle } from '../../data/model.js';
import { getSanitizer, type EmbedSource } from '../../data/sanitize.js';
import { nextTask } from '../base/next-task.js';

/** What one article's sanitized body is made from: a change of any of these cleans it again. */
export interface BodyKey {
  article: NewsArticle;
  base: string | undefined;
  linkTarget: string | undefined;
  referrerPolicy: ReferrerPolicy;
  /** Top-level paragraphs before the ad. */
  adAfter: number;
  /** Texts of the links that replace embedded videos and posts: YouTube, Vimeo, any other site (`{host}`). */
  embedLabels: readonly [string, string, string];
}

/** The sanitized body of one article, split where the ad goes, and what it was made from. */
export interface PreparedBody extends BodyKey {
  before: DocumentFragment;
  after: DocumentFragment;
}

function sameBody(a: BodyKey, b: BodyKey): boolean {
  return (
    a.article === b.article &&
    a.base === b.base &&
    a.linkTarget === b.linkTarget &&
    a.referrerPolicy === b.referrerPolicy &&
    a.adAfter === b.adAfter &&
    a.embedLabels.every((label, i) => label === b.embedLabels[i])
  );
}

/**
 * Moves what follows the `count`-th top-level paragraph into a second fragment, so the ad can sit between
 * the two. With fewer paragraphs the second one is empty and the ad ends the body.
 */
function splitAfterParagraph(body: DocumentFragment, count: number): [DocumentFragment, DocumentFragment] {
  // Owned by the sanitizer's inert document, like the body: nothing in it loads before it is shown.
  const after = body.ownerDocument.createDocumentFragment();
  let paragraphs = 0;
  for (const node of [...body.childNodes]) {
    if (paragraphs >= count) after.append(node);
    else if (node.nodeName === 'P') paragraphs += 1;
  }
  return [body, after];
}

/**
 * The body pipeline of `<news-article>`: an article's HTML cleaned by the sanitizer, its embeds replaced by
 * links, split where the ad goes, once per article and options; a slower older cleaning never wins over
 * the one asked for last. The headline and image are drawn first; cleaning and drawing a long body are
 * tasks of their own, so the page stays responsive while a long article arrives.
 */
export class BodyController {
  /** The body ready last. */
  private _body?: PreparedBody;
  /** The body asked for last. */
  private _wanted?: BodyKey;
  /** Settles when the body asked for last is ready. */
  ready: Promise<void> = Promise.resolve();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The body of `article`, once it is ready. */
  of(article: NewsArticle): PreparedBody | undefined {
    return this._body?.article === article ? this._body : undefined;
  }

  /** Asks for a body; the same article with the same options again keeps the one made (or being made). */
  prepare(key: BodyKey): void {
    if (this._wanted && sameBody(this._wanted, key)) return;
    this._wanted = key;
    this.ready = getSanitizer().then(
      async (sanitize) => {
        await nextTask();
        if (this._wanted !== key) return;
        const [youTube, vimeo, other] = key.embedLabels;
        const embedLabel = (embed: EmbedSource): string =>
          embed.provider === 'youtube' ? youTube : embed.provider === 'vimeo' ? vimeo : other.replaceAll('{host}', embed.host);
        const cleaned = sanitize(key.article.bodyHtml, { base: key.base, linkTarget: key.linkTarget, referrerPolicy: key.referrerPolicy, embedLabel });
        const [before, after] = splitAfterParagraph(cleaned, key.adAfter);
        await nextTask();
        if (this._wanted !== key) return;
        this._body = { ...key, before, after };
        this.host.requestUpdate();
      },
      (error: unknown) => console.warn('news-widgets: the article body could not be sanitized, so it is not shown.', error),
    );
  }
}

/**
 * Renders a copy of a sanitized fragment, never the cached fragment itself: inserting a fragment empties
 * it, and the same body must draw again when the template around it is rebuilt (after an error and a retry).
 */
class FragmentCopy extends Directive {
  private _source?: DocumentFragment;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('fragmentCopy() only renders as a child');
  }

  render(source: DocumentFragment): unknown {
    return source.cloneNode(true);
  }

  override update(part: Part, [source]: [DocumentFragment]): unknown {
    if (source === this._source) return noChange;
    // The first body of a part that holds content already: the one a server drew, kept as it is (the same
    // HTML, cleaned by the same rules), not drawn again with its images.
    const drawn = !this._source && (part as ChildPart).startNode?.nextSibling !== (part as ChildPart).endNode;
    this._source = source;
    return drawn ? noChange : this.render(source);
  }
}
export const fragmentCopy = directive(FragmentCopy);
