/**
 * In-page code for the benchmarks: the data generators, a hand-written vanilla DOM list that does the
 * same work as `<news-list>` (cut excerpts, format dates, build the same markup in a shadow root) and one
 * that does the same as `<comment-list>` (thread, format dates, sanitize, build the same markup). Our
 * side comes from the script-tag bundle (`window.NewsWidgets` and the registered elements).
 */
import { threadComments, type CommentNode } from '../../src/data/comments.js';
import { truncateText } from '../../src/data/excerpt.js';
import type { NewsArticle, NewsComment } from '../../src/data/model.js';
import type { Sanitize } from '../../src/data/sanitize.js';

const WORDS = 'harbour council ferry valley river market school budget bridge weather festival library tide storm'.split(' ');

function sentence(seed: number, words: number): string {
  return Array.from({ length: words }, (_, i) => WORDS[(seed * 7 + i * 3) % WORDS.length]).join(' ');
}

export function articles(count: number, version = 0): NewsArticle[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `a${i}`,
    url: `https://news.example/story/${i}`,
    title: `${version ? 'Updated: ' : ''}Story ${i}: ${sentence(i + version, 8)}`,
    excerpt: `${sentence(i + version, 45)}.`,
    bodyHtml: '',
    authors: [{ name: 'Mara Okafor' }],
    author: { name: 'Mara Okafor' },
    published: new Date(Date.UTC(2026, 10, 1 + (i % 27), 9)).toISOString(),
    categories: [{ name: 'Local' }],
    tags: [],
    metrics: {},
  }));
}

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
const STYLE = `ul{list-style:none;margin:0;padding:0;display:grid;gap:1rem}h3{margin:0;font-size:1.1em}p{margin:.25em 0}.meta{opacity:.7;font-size:.875em}`;

/** The baseline: what a careful developer would write by hand, keyed by id for updates. */
export class VanillaList {
  readonly host = document.createElement('div');
  private readonly list = document.createElement('ul');
  private readonly rows = new Map<string, { title: Text; excerpt: Text; link: HTMLAnchorElement; time: HTMLTimeElement }>();

  constructor() {
    const root = this.host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
    root.adoptedStyleSheets = [sheet];
    root.append(this.list);
  }

  render(items: NewsArticle[]): void {
    const fragment = document.createDocumentFragment();
    for (const article of items) {
      const row = this.rows.get(article.id);
      if (row) {
        row.title.data = article.title;
        row.excerpt.data = truncateText(article.excerpt, 160);
        row.link.href = article.url ?? '';
        continue;
      }
      const li = document.createElement('li');
      const h3 = document.createElement('h3');
      const link = document.createElement('a');
      link.href = article.url ?? '';
      const title = document.createTextNode(article.title);
      link.append(title);
      h3.append(link);
      const p = document.createElement('p');
      const excerpt = document.createTextNode(truncateText(article.excerpt, 160));
      p.append(excerpt);
      const meta = document.createElement('p');
      meta.className = 'meta';
      const time = document.createElement('time');
      time.dateTime = article.published ?? '';
      time.textContent = dateFormat.format(new Date(article.published ?? 0));
      meta.append(time, ` · ${article.categories[0]?.name ?? ''} · ${article.author?.name ?? ''}`);
      li.append(h3, p, meta);
      fragment.append(li);
      this.rows.set(article.id, { title, excerpt, link, time });
    }
    this.list.append(fragment);
  }
}

/** Hostile-free but realistic article HTML of about `bytes` bytes. */
export function bigBody(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i += 1) {
    const chunk =
      i % 6 === 0
        ? `<h2>Section ${i}: ${sentence(i, 5)}</h2>`
        : i % 6 === 3
          ? `<figure><img src="/media/${i}.jpg" alt="${sentence(i, 4)}" width="800" height="533"><figcaption>${sentence(i, 9)}</figcaption></figure>`
          : `<p>${sentence(i, 60)} <a href="https://elsewhere.example/${i}">${sentence(i, 3)}</a> <em>${sentence(i + 1, 6)}</em>.</p>`;
    parts.push(chunk);
    size += chunk.length;
  }
  return parts.join('\n');
}

// ---------- feeds ----------

/**
 * An RSS 2.0 feed of `count` items as WordPress writes one: title, link, guid, RFC 822 date, author in
 * `dc:creator`, excerpt in `description`, the body (about 1 KB, with an image) in `content:encoded`.
 */
export function bigFeed(count: number): string {
  const items = Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(2026, 10, 1 + (i % 27), 9, i % 60)).toUTCString().replace('GMT', '+0000');
    const body = `<p><img src="https://news.example/media/${i}.jpg" width="800" height="533" alt=""></p><p>${sentence(i, 60)}</p><p>${sentence(i + 2, 60)} <a href="/story/${i + 1}">${sentence(i, 3)}</a>.</p>`;
    return `<item><title>Story ${i}: ${sentence(i, 8)}</title><link>https://news.example/story/${i}</link><guid isPermaLink="false">https://news.example/?p=${i}</guid><pubDate>${date}</pubDate><dc:creator><![CDATA[Mara Okafor]]></dc:creator><category><![CDATA[Local]]></category><description><![CDATA[${sentence(i, 45)}.]]></description><content:encoded><![CDATA[${body}]]></content:encoded></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>News</title><link>https://news.example/</link><description>Sample</description>${items.join('')}</channel></rss>`;
}

/**
 * The baseline: what a careful developer would write by hand to read the same feed: `DOMParser`, then each
 * item's title, link, date, author, excerpt and body by tag name, no recovery, no namespaces checked, no
 * URL resolution, no image, no sanitizing (the widgets sanitize later, at render, in both cases).
 */
export function vanillaReadFeed(xml: string): Array<Record<string, string>> {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const text = (item: Element, name: string): string => item.getElementsByTagName(name)[0]?.textContent?.trim() ?? '';
  return Array.from(doc.getElementsByTagName('item'), (item) => ({
    title: text(item, 'title'),
    url: text(item, 'link'),
    published: new Date(text(item, 'pubDate')).toISOString(),
    author: text(item, 'dc:creator'),
    excerpt: text(item, 'description'),
    bodyHtml: text(item, 'content:encoded'),
  }));
}

// ---------- comments ----------

const NAMES = ['Harriet Vale', 'Osman Reid', 'Kit Brennan', 'Nadia Kerr', 'Ben Okoro', 'Lou Fenner', 'Sam Achebe', 'Ines Harrow', 'Dev Malik', 'Ruth Ansel'];

/**
 * `count` comments in conversations of five, threaded as real discussions are: a comment, a reply, a reply
 * to that and one more level, and a second reply to the first; every fourth conversation is one chain of
 * five, whose last reply is past the default `max-depth` (4) and drawn flat with "In reply to". Content
 * is WordPress-shaped HTML (paragraphs, a link, emphasis), about 400 bytes a comment.
 */
export function comments(count: number): NewsComment[] {
  return Array.from({ length: count }, (_, i) => {
    const id = i + 1;
    const at = i % 5;
    const start = id - at;
    const chain = Math.floor(i / 5) % 4 === 3;
    const parent = at === 0 ? 0 : chain || at < 4 ? id - 1 : start;
    const name = NAMES[i % NAMES.length]!;
    return {
      id: String(id),
      parent,
      postId: 1,
      authorName: name,
      ...(i % 3 === 0 ? { authorUrl: `https://${name.split(' ')[0]!.toLowerCase()}.example/` } : {}),
      authorAvatar: `/demo-media/avatar-${name.toLowerCase().replace(/\s+/g, '-')}.svg?w=96&h=96`,
      date: new Date(Date.UTC(2026, 10, 1 + (i % 27), 9, i % 60)).toISOString(),
      contentHtml: `<p>${sentence(i, 24)} <a href="https://elsewhere.example/${i}">${sentence(i, 3)}</a>, <em>${sentence(i + 1, 4)}</em>.</p>\n<p>${sentence(i + 2, 30)}.</p>\n`,
      url: `https://news.example/story/#comment-${id}`,
      status: 'approved',
    };
  });
}

const commentDate = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
const COMMENT_STYLE = `ol{display:grid;gap:1rem;margin:0;padding:0;list-style:none}.replies{margin-block-start:1rem;margin-inline-start:1.25rem;padding-inline-start:1.25rem;border-inline-start:2px solid #ccc}.item,.comment{min-width:0}.meta{display:flex;flex-wrap:wrap;align-items:center;gap:.25em .6em;min-height:2.5rem}.avatar{flex:none;width:2.5rem;height:2.5rem;border-radius:50%}.author{font-weight:700}.date,.in-reply-to{font-size:.875em;opacity:.7}.content{margin-block-start:.35em;margin-inline-start:3.1rem;overflow-wrap:anywhere}.content>:first-child{margin-block-start:0}.content>:last-child{margin-block-end:0}.reply{margin-block-start:.35em;margin-inline-start:3.1rem;min-height:2.75rem}`;

/**
 * The baseline for `<comment-list>`: the same comments threaded the same way (`threadComments`), the
 * same markup (list, article with its anchor id, avatar, author, linked date, "In reply to", content,
 * Reply button, nested reply lists) built by hand in a shadow root, each comment's HTML cleaned by the
 * library's sanitizer one comment at a time, as a careful developer using it would.
 */
export class VanillaComments {
  readonly host = document.createElement('div');
  private readonly root: ShadowRoot;

  constructor() {
    this.root = this.host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(COMMENT_STYLE);
    this.root.adoptedStyleSheets = [sheet];
  }

  render(list: NewsComment[], sanitize: Sanitize): void {
    const heading = document.createElement('h2');
    heading.id = 'heading';
    heading.textContent = `${list.length} comments`;
    const top = document.createElement('ol');
    top.className = 'list';
    top.setAttribute('role', 'list');
    top.setAttribute('aria-labelledby', 'heading');
    const onReply = (): void => undefined;
    const item = (node: CommentNode): HTMLLIElement => {
      const { comment } = node;
      const li = document.createElement('li');
      li.className = 'item';
      const article = document.createElement('article');
      article.className = 'comment';
      article.id = `comment-${comment.id}`;
      article.tabIndex = -1;
      article.setAttribute('aria-labelledby', `author-${comment.id}`);
      const meta = document.createElement('header');
      meta.className = 'meta';
      const avatar = document.createElement('img');
      avatar.className = 'avatar';
      avatar.alt = '';
      avatar.width = 40;
      avatar.height = 40;
      avatar.loading = 'lazy';
      avatar.decoding = 'async';
      avatar.referrerPolicy = 'no-referrer';
      avatar.src = comment.authorAvatar ?? '';
      const byline = document.createElement('span');
      byline.id = `author-${comment.id}`;
      const author = document.createElement(comment.authorUrl ? 'a' : 'span');
      author.className = 'author';
      if (comment.authorUrl) {
        (author as HTMLAnchorElement).href = comment.authorUrl;
        (author as HTMLAnchorElement).rel = 'nofollow ugc noopener noreferrer';
      }
      author.textContent = comment.authorName;
      byline.append(author);
      const date = document.createElement('a');
      date.className = 'date';
      date.href = `#comment-${comment.id}`;
      const time = document.createElement('time');
      time.dateTime = comment.date ?? '';
      time.textContent = commentDate.format(new Date(comment.date ?? 0));
      date.append(time);
      meta.append(avatar, byline, date);
      if (node.replyTo !== undefined) {
        const replyTo = document.createElement('span');
        replyTo.className = 'in-reply-to';
        replyTo.textContent = `In reply to ${node.replyTo}`;
        meta.append(replyTo);
      }
      const content = document.createElement('div');
      content.className = 'content';
      content.append(sanitize(comment.contentHtml, comment.url ? { base: comment.url } : {}));
      const reply = document.createElement('button');
      reply.type = 'button';
      reply.className = 'reply';
      reply.setAttribute('aria-label', `Reply to ${comment.authorName}`);
      reply.textContent = 'Reply';
      reply.addEventListener('click', onReply);
      article.append(meta, content, reply);
      li.append(article);
      if (node.replies.length) {
        const replies = document.createElement('ol');
        replies.className = 'replies';
        replies.setAttribute('role', 'list');
        for (const child of node.replies) replies.append(item(child));
        li.append(replies);
      }
      return li;
    };
    for (const node of threadComments(list, 4)) top.append(item(node));
    this.root.replaceChildren(heading, top);
  }
}

// ---------- the demo page as static HTML ----------

/** What the paint measure's floor reads of a WordPress post (the demo API's `/wp/v2/posts?_embed`). */
interface WpPost {
  link: string;
  date: string;
  title: { rendered: string };
  excerpt?: { rendered: string };
  content: { rendered: string };
  _embedded?: {
    author?: { name: string }[];
    replies?: unknown[][];
    'wp:featuredmedia'?: { source_url: string; alt_text?: string; media_details?: { width?: number; height?: number } }[];
    'wp:term'?: { name: string }[][];
  };
}

/** What the floor reads of a WordPress comment (the demo API's `/wp/v2/comments`). */
interface WpComment {
  id: number;
  parent: number;
  author_name: string;
  author_url?: string;
  author_avatar_urls?: Record<string, string>;
  date_gmt: string;
  content: { rendered: string };
}

/** What the floor draws beside the story: everything the page drawn on the server shows with its HTML. */
export interface StaticDemoContent {
  /** The story's comments, every page (`<comment-list>`). */
  comments: readonly WpComment[];
  /** The "Read Now" list's posts (`<news-list>`, its first page). */
  list: readonly WpPost[];
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });
const commentFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const textOf = (html: string): string => html.replace(/<[^>]*>/g, '').trim();
const cut = (text: string, length: number): string => (text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text);

/** A post as a card: its picture (when the list shows pictures), title, excerpt and the line under it. */
function card(post: WpPost, excerptLength: number, picture: boolean): string {
  const image = post._embedded?.['wp:featuredmedia']?.[0];
  const size = image?.media_details?.width && image.media_details.height ? ` width="${image.media_details.width}" height="${image.media_details.height}"` : '';
  const comments = post._embedded?.replies?.[0]?.length ?? 0;
  return [
    '<li>',
    picture && image ? `<img src="${image.source_url}" alt=""${size} loading="lazy" decoding="async">` : '',
    `<a href="${post.link}">${post.title.rendered}</a>`,
    `<p>${cut(textOf(post.excerpt?.rendered ?? ''), excerptLength)}</p>`,
    `<p class="meta"><time datetime="${post.date}">${dayFormat.format(new Date(post.date))}</time> ${post._embedded?.['wp:term']?.[0]?.[0]?.name ?? ''} ${post._embedded?.author?.[0]?.name ?? ''} ${comments} comments</p>`,
    '</li>',
  ].join('');
}

/** The comments threaded by `parent`, each with its avatar, author, date, content and Reply button. */
function thread(comments: readonly WpComment[], parent = 0): string {
  const here = comments.filter((comment) => comment.parent === parent);
  if (here.length === 0) return '';
  return `<ol${parent ? ' class="replies"' : ''}>${here
    .map(
      (comment) =>
        `<li><article id="comment-${comment.id}"><header><img src="${comment.author_avatar_urls?.['96'] ?? ''}" alt="" width="40" height="40" loading="lazy" decoding="async"> <b>${comment.author_name}</b> <a href="#comment-${comment.id}"><time datetime="${comment.date_gmt}Z">${commentFormat.format(new Date(`${comment.date_gmt}Z`))}</time></a></header>${comment.content.rendered}<button type="button">Reply</button></article>${thread(comments, comment.id)}</li>`,
    )
    .join('')}</ol>`;
}

const COMMENT_FORM = `<form><h3>Leave a comment</h3><p><label for="comment">Comment (required)</label><textarea id="comment" name="comment" rows="6" required></textarea></p><p><label for="name">Name (required)</label><input id="name" name="author" autocomplete="name" required></p><p><label for="email">Email (required)</label><input id="email" name="email" type="email" autocomplete="email" required></p><p><label for="url">Website (optional)</label><input id="url" name="url" type="url" autocomplete="url"></p><p><input id="remember" type="checkbox"> <label for="remember">Save my name, email, and website in this browser for the next time I comment.</label></p><button type="submit">Post comment</button></form>`;

/** The floor's own few rules: what the widgets' styles do that changes where things are (pictures in a grid, avatars beside names). */
const FLOOR_STYLE = `<style>.read-now ul{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:1rem}.read-now img{width:100%;height:auto;aspect-ratio:3/2;object-fit:cover}.popular ol,.comments ol{padding:0;list-style:none}.comments .replies{margin-inline-start:1.25rem}.comments header{display:flex;gap:.5em;align-items:center}.comments img{border-radius:50%}.meta{font-size:.875em}textarea,input:not([type=checkbox]){display:block;width:100%}</style>`;

/**
 * The floor of the paint measure: the demo page (`index.html`, given) with what its widgets show when the
 * page is drawn on the server, as plain static HTML, no widget and no script: the story (its image, headline,
 * byline, body, and the page's own call to subscribe and advert) in place of `<news-article>`, the three
 * most-commented stories in place of `<popular-news>`, the comments threaded, the comment form and the
 * "Read Now" list of twelve in place of theirs; a few rules of its own lay them out as the widgets do. The
 * same content as the drawn page carries, so what the two differ by is the widgets' markup, styles, data and
 * script. The demo's own data, so its HTML is written as it came.
 */
export function staticDemoPage(page: string, story: WpPost, posts: readonly WpPost[], { comments, list }: StaticDemoContent): string {
  const image = story._embedded?.['wp:featuredmedia']?.[0];
  const size = image?.media_details?.width && image.media_details.height ? ` width="${image.media_details.width}" height="${image.media_details.height}"` : '';
  const slotted = /<news-article\b[^>]*>([\s\S]*?)<\/news-article>/.exec(page)?.[1] ?? '';
  const article = [
    '<article class="story">',
    `<h1>${story.title.rendered}</h1>`,
    `<p class="byline">${story._embedded?.author?.[0]?.name ?? ''} · <time datetime="${story.date}">${dateFormat.format(new Date(story.date))}</time></p>`,
    image ? `<img src="${image.source_url}" alt="${image.alt_text ?? ''}"${size} style="max-width:100%;height:auto">` : '',
    slotted.replace(/ slot="\w+"/g, ''),
    story.content.rendered,
    '</article>',
  ].join('');
  const count = (post: WpPost): number => post._embedded?.replies?.[0]?.length ?? 0;
  const popular = [...posts].sort((a, b) => count(b) - count(a)).slice(0, 3);
  const mostRead = `<section class="popular"><h2>Popular News</h2><ol>${popular.map((post) => card(post, 80, false)).join('')}</ol></section>`;
  const readNow = `<section class="read-now" id="read-now"><h2>Read Now</h2><ul>${list.map((post) => card(post, 150, true)).join('')}</ul><button type="button">Load more</button></section>`;
  const commentList = `<h3>${comments.length} comments</h3>${thread(comments)}`;
  // Replaced by functions: the data's HTML is put in as it is (a `$` in it is no replacement pattern).
  const floor = page
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace('</head>', () => `${FLOOR_STYLE}</head>`)
    .replace(/<news-article\b[\s\S]*?<\/news-article>/, () => article)
    .replace(/<popular-news\b[^>]*><\/popular-news>/, () => mostRead)
    .replace(/<comment-list\b[^>]*><\/comment-list>/, () => commentList)
    .replace(/<comment-form\b[^>]*><\/comment-form>/, () => COMMENT_FORM)
    .replace(/<news-list\b[^>]*><\/news-list>/, () => readNow);
  const left = /<(news-article|news-list|popular-news|comment-list|comment-form)\b/.exec(floor);
  if (left) throw new Error(`staticDemoPage: the demo page's <${left[1]}> is not written as the floor expects`);
  return floor;
}

// In the bench's pages (Node imports this file for `staticDemoPage`).
if (typeof window !== 'undefined') Object.assign(window, { bench: { articles, VanillaList, bigBody, bigFeed, vanillaReadFeed, comments, VanillaComments } });
