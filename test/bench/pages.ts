/**
 * In-page code for the benchmarks: the data generators and a hand-written vanilla DOM list that does the
 * same work as `<news-list>` (cut excerpts, format dates, build the same markup in a shadow root). Our
 * side comes from the script-tag bundle (`window.NewsWidgets` and the registered elements).
 */
import { truncateText } from '../../src/data/excerpt.js';
import type { NewsArticle } from '../../src/data/model.js';

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

Object.assign(window, { bench: { articles, VanillaList, bigBody } });
