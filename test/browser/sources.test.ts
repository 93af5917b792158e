import { expect } from '@open-wc/testing';
import type { NewsErrorDetail } from '../../src/components/base/data-element.js';
import '../../src/components/news-list/define.js';
import type { NewsListElement, NewsListLoadDetail } from '../../src/components/news-list/news-list.js';
import '../../src/components/popular-news/define.js';
import { create, failRequests, feed, hits, newKey, part, parts, place, recordEvents, settled, text, titles } from '../support/harness.js';
import { held, release, waitFor } from '../support/wait.js';

/**
 * A list that reads several sources: links inside it (their text names each source), `src` beside them,
 * and `.sources` from an app. The sources here are JSON Feeds of the mock API, each with a key of its own
 * so the test can count its requests; the merge does not care which format each source is in.
 */

interface Story {
  id: string;
  title: string;
  url: string;
  date_published?: string;
}

/** A JSON Feed of these stories, as the mock API's body. */
const jsonFeed = (items: Story[]): string => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'A feed', items });

/** Two sources that both carry the harbour wall story, both with an id "1", one story without a date. */
const HARBOUR: Story[] = [
  { id: '1', title: 'Ferry timetable changes for the winter', url: 'https://harbour.example/ferry', date_published: '2026-03-05T08:00:00Z' },
  { id: '2', title: 'Harbour wall repaired at last', url: 'https://shared.example/wall', date_published: '2026-03-02T10:00:00Z' },
];
const VALLEY: Story[] = [
  { id: '1', title: 'Valley school opens its new library', url: 'https://valley.example/school', date_published: '2026-03-04T09:00:00Z' },
  { id: '7', title: 'Letters to the editor', url: 'https://valley.example/letters' },
  { id: '8', title: 'Harbour wall repaired at last (as the valley saw it)', url: 'https://shared.example/wall', date_published: '2026-03-02T10:00:00Z' },
];
/** What a list of both shows: newest first, the wall story once (the first source's), the undated one last. */
const MERGED = ['Ferry timetable changes for the winter', 'Valley school opens its new library', 'Harbour wall repaired at last', 'Letters to the editor'];
const MERGED_SOURCES = ['Harbour Times', 'Valley Post', 'Harbour Times', 'Valley Post'];
/** A story newer than all of those. */
const PIER: Story = { id: '9', title: 'Late news from the pier', url: 'https://harbour.example/pier', date_published: '2026-03-06T07:00:00Z' };

/** A source of the mock API serving `stories`, and its key. */
function source(stories: Story[], params: Record<string, string> = {}): { key: string; url: string } {
  const key = newKey('source');
  return { key, url: feed({ body: jsonFeed(stories), key, ...params }) };
}

/** A link naming a source, as a page writes one inside a list. */
function link(url: string, name: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = url;
  a.textContent = name;
  return a;
}

/** A `<news-list>` (or `<popular-news>`) with these links inside, not yet on the page. */
function listWith(links: HTMLAnchorElement[], tag = 'news-list', attributes: Record<string, string> = {}): NewsListElement {
  const el = create<NewsListElement>(tag, { attributes });
  el.append(...links);
  return el;
}

const sourceNames = (el: Element): string[] => parts(el, 'source').map(text);

/** Whether the page has asked for the merging code (a module of its own). */
const mergingCodeLoaded = (): boolean =>
  (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).some((entry) => /\/news-list\/sources\.[jt]s$/.test(new URL(entry.name).pathname));

describe('<news-list> with several sources', () => {
  // First in the file, while the merging code has not been loaded by another test.
  it('reads one link as it reads src: the same stories, unmarked, further pages, and no merging code', async () => {
    const key = newKey();
    const el = await place(listWith([link(feed({ fixture: 'paged-posts', key, page: '1', pages: '2' }), 'Kelsby Courier')], 'news-list', { 'load-more': 'manual' }));
    await settled(el);
    expect(titles(el)).to.have.length(3);
    expect(parts(el, 'source')).to.have.length(0);
    await el.showMore();
    await waitFor(() => titles(el).length === 6, 'the second page never came');
    expect(titles(el)[3]).to.match(/^Page 2:/);
    expect(mergingCodeLoaded()).to.equal(false);
  });

  it('merges two JSON sources newest first, each story saying its source, accessibly', async () => {
    const a = source(HARBOUR);
    const b = source(VALLEY);
    const el = create<NewsListElement>('news-list', { attributes: { heading: 'Around the valley' } });
    el.append(link(a.url, 'Harbour Times'), link(b.url, 'Valley Post'));
    const events = recordEvents<NewsListLoadDetail>(el);
    await place(el);
    await settled(el);
    expect(titles(el)).to.deep.equal(MERGED);
    expect(sourceNames(el)).to.deep.equal(MERGED_SOURCES);
    // The source comes first on the meta line, before the date.
    expect(part(el, 'meta')!.firstElementChild!.getAttribute('part')).to.equal('source');
    expect(events.map((event) => event.name)).to.deep.equal(['news-load']);
    const articles = events[0]!.detail.articles;
    expect(articles.map((article) => article.source)).to.deep.equal(
      MERGED_SOURCES.map((name) => ({ name, url: new URL(name === 'Harbour Times' ? a.url : b.url, location.href).href })),
    );
    // Both sources have a story "1": the merged ids are unique.
    expect(new Set(articles.map((article) => article.id)).size).to.equal(articles.length);
    expect([await hits(a.key), await hits(b.key)]).to.deep.equal([1, 1]);
    await expect(el).to.be.accessible();
  });

  it('shows a story both sources carry (the same URL) once', async () => {
    const a = source(HARBOUR);
    const b = source(VALLEY);
    const el = await place(listWith([link(a.url, 'Harbour Times'), link(b.url, 'Valley Post')]));
    await settled(el);
    const walls = titles(el).filter((title) => title.startsWith('Harbour wall'));
    expect(walls).to.deep.equal(['Harbour wall repaired at last']);
  });

  it('asks every source at once', async () => {
    const hold = newKey('hold');
    const a = source(HARBOUR, { hold });
    const b = source(VALLEY, { hold });
    const el = await place(listWith([link(a.url, 'Harbour Times'), link(b.url, 'Valley Post')]));
    // Both requests are waiting at the server together: neither waited for the other.
    await held(hold, 2);
    await release(hold);
    await settled(el);
    expect(titles(el)).to.deep.equal(MERGED);
  });

  it('names a source given without a name (src beside the links) by its host', async () => {
    const a = source(HARBOUR);
    const b = source(VALLEY);
    const el = await place(listWith([link(b.url, 'Valley Post')], 'news-list', { src: a.url }));
    await settled(el);
    expect(titles(el)).to.deep.equal(MERGED);
    expect(sourceNames(el)).to.deep.equal([location.hostname, 'Valley Post', location.hostname, 'Valley Post']);
  });

  it('one source failing: fires news-error with its URL and shows the others', async () => {
    const a = source(HARBOUR);
    const b = source([], { status: '503' });
    const el = create<NewsListElement>('news-list');
    el.append(link(a.url, 'Harbour Times'), link(b.url, 'Valley Post'));
    const events = recordEvents<NewsErrorDetail | NewsListLoadDetail>(el);
    await place(el);
    await settled(el);
    expect(titles(el)).to.deep.equal(HARBOUR.map((story) => story.title));
    expect(part(el, 'error')).to.equal(null);
    expect(events.map((event) => event.name)).to.deep.equal(['news-error', 'news-load']);
    const { error } = events[0]!.detail as NewsErrorDetail;
    expect(error.url).to.contain(b.key);
    expect(error.status).to.equal(503);
  });

  it('all failing: the error state, one news-error per source, and Try again asks every source again', async () => {
    const a = source(HARBOUR);
    const b = source(VALLEY);
    const undo = failRequests((url) => url.includes(a.key) || url.includes(b.key), 2);
    const el = create<NewsListElement>('news-list');
    el.append(link(a.url, 'Harbour Times'), link(b.url, 'Valley Post'));
    const events = recordEvents<NewsErrorDetail>(el, ['news-error']);
    try {
      await place(el);
      await settled(el);
      expect(part(el, 'error')).to.not.equal(null);
      expect(events.map((event) => event.detail.error.url).sort()).to.deep.equal([a.url, b.url].map((url) => new URL(url, location.href).href).sort());
      expect([await hits(a.key), await hits(b.key)]).to.deep.equal([0, 0]);
      await expect(el).to.be.accessible();
      part(el, 'retry')!.click();
      await waitFor(() => titles(el).length === MERGED.length, 'Try again never showed the merged stories');
    } finally {
      undo();
    }
    expect(titles(el)).to.deep.equal(MERGED);
    expect([await hits(a.key), await hits(b.key)]).to.deep.equal([1, 1]);
  });

  it('load-more shows the merged stories limit at a time, then says it has reached the end, asking no source for more', async () => {
    const a = source(HARBOUR);
    const b = source(VALLEY);
    const el = await place(listWith([link(a.url, 'Harbour Times'), link(b.url, 'Valley Post')], 'news-list', { limit: '2', 'load-more': 'manual' }));
    await settled(el);
    expect(titles(el)).to.deep.equal(MERGED.slice(0, 2));
    await el.showMore();
    await waitFor(() => titles(el).length === 4, 'the waiting stories never showed');
    expect(titles(el)).to.deep.equal(MERGED);
    expect(text(part(el, 'status'))).to.equal('You have reached the end.');
    expect(part(el, 'load-more')).to.equal(null);
    expect([await hits(a.key), await hits(b.key)]).to.deep.equal([1, 1]);
  });

  it('reads .sources from an app, ignoring a bad entry with a warning', async () => {
    const a = source(HARBOUR);
    const b = source(VALLEY);
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = create<NewsListElement>('news-list');
      el.sources = [{ url: a.url, name: 'Harbour Times' }, { name: 'No address' } as never, { url: 'javascript:alert(1)' }, { url: b.url, name: '  Valley\n Post ' }];
      await place(el);
      await settled(el);
      expect(titles(el)).to.deep.equal(MERGED);
      expect(sourceNames(el)).to.deep.equal(MERGED_SOURCES);
    } finally {
      console.warn = warn;
    }
    const ignored = warnings.filter((args) => String(args[0]).startsWith('news-widgets: a source of the list was ignored'));
    expect(ignored.map((args) => args[1])).to.deep.equal([{ name: 'No address' }, { url: 'javascript:alert(1)' }]);
  });

  it('.sources of one entry reads it as src does: its stories unmarked', async () => {
    const a = source(HARBOUR);
    const el = create<NewsListElement>('news-list');
    el.sources = [{ url: a.url, name: 'Harbour Times' }];
    await place(el);
    await settled(el);
    expect(titles(el)).to.deep.equal(HARBOUR.map((story) => story.title));
    expect(parts(el, 'source')).to.have.length(0);
  });

  it('.sources set again with the same entries loads nothing again; a new entry loads again', async () => {
    const a = source(HARBOUR);
    const b = source(VALLEY);
    const entries = [
      { url: a.url, name: 'Harbour Times' },
      { url: b.url, name: 'Valley Post' },
    ];
    const el = create<NewsListElement>('news-list');
    el.sources = entries;
    await place(el);
    await settled(el);
    const events = recordEvents(el);
    el.sources = [...entries];
    await el.updateComplete;
    const c = source([PIER]);
    el.sources = [...entries, { url: c.url, name: 'Pier Gazette' }];
    await waitFor(() => titles(el)[0] === PIER.title, 'the new source never showed');
    // One news-load: for the new entry, none for the same entries set again.
    expect(events.map((event) => event.name)).to.deep.equal(['news-load']);
    expect(sourceNames(el)[0]).to.equal('Pier Gazette');
  });

  it('.sources changed mid-request: only the new sources land', async () => {
    const hold = newKey('hold');
    const a = source(HARBOUR, { hold });
    const b = source(VALLEY, { hold });
    const el = create<NewsListElement>('news-list');
    el.sources = [
      { url: a.url, name: 'Harbour Times' },
      { url: b.url, name: 'Valley Post' },
    ];
    const events = recordEvents<NewsListLoadDetail>(el);
    await place(el);
    await held(hold, 2);
    const c = source([PIER]);
    const d = source([{ id: '3', title: 'Market day moves to Thursday', url: 'https://valley.example/market', date_published: '2026-03-01T07:00:00Z' }]);
    el.sources = [
      { url: c.url, name: 'Pier Gazette' },
      { url: d.url, name: 'Market News' },
    ];
    await waitFor(() => titles(el).length === 2, 'the new sources never showed');
    await release(hold);
    await settled(el);
    expect(titles(el)).to.deep.equal([PIER.title, 'Market day moves to Thursday']);
    expect(events.map((event) => event.name)).to.deep.equal(['news-load']);
    expect(events[0]!.detail.articles.map((article) => article.title)).to.deep.equal([PIER.title, 'Market day moves to Thursday']);
  });

  it('src changed mid-request beside a link: the old answer never lands, and links are read once', async () => {
    const hold = newKey('hold');
    const a = source(HARBOUR, { hold });
    const b = source(VALLEY);
    const el = listWith([link(b.url, 'Valley Post')], 'news-list', { src: a.url });
    const events = recordEvents(el);
    await place(el);
    await held(hold);
    const c = source([PIER]);
    const d = source(HARBOUR);
    // A link added later is not followed (the list reads its links once, when it first renders).
    el.append(link(d.url, 'Harbour Times'));
    el.src = c.url;
    await waitFor(() => titles(el)[0] === PIER.title, 'the new src never showed');
    await release(hold);
    await settled(el);
    expect(titles(el)).to.deep.equal([PIER.title, 'Valley school opens its new library', 'Harbour wall repaired at last (as the valley saw it)', 'Letters to the editor']);
    expect(events.map((event) => event.name)).to.deep.equal(['news-load']);
    expect(await hits(d.key)).to.equal(0);
  });
});

describe('NewsArticle.source from an app', () => {
  it('shows the source of each of .articles, checked like the rest: a source with an unsafe URL is dropped', async () => {
    const el = create<NewsListElement>('news-list');
    el.articles = [
      { title: 'Ferry timetable changes', url: 'https://harbour.example/ferry', source: { name: ' Harbour\nTimes ', url: 'https://harbour.example/feed/' } },
      { title: 'A story from nowhere', url: 'https://elsewhere.example/a', source: { name: 'Trap', url: 'javascript:alert(1)' } },
    ];
    await place(el);
    await settled(el);
    expect(sourceNames(el)).to.deep.equal(['Harbour Times']);
  });
});

describe('<popular-news> with several sources', () => {
  it('ranks the merged stories', async () => {
    const a = source(HARBOUR);
    const b = source(VALLEY);
    const el = await place(listWith([link(a.url, 'Harbour Times'), link(b.url, 'Valley Post')], 'popular-news', { limit: '3' }));
    await settled(el);
    expect(titles(el)).to.deep.equal(MERGED.slice(0, 3));
    expect(parts(el, 'rank').map(text)).to.deep.equal(['1', '2', '3']);
    expect(sourceNames(el)).to.deep.equal(MERGED_SOURCES.slice(0, 3));
    await expect(el).to.be.accessible();
  });
});
