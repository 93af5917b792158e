import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPage, renderWidget } from '../../src/ssr/index.js';

/**
 * `news-widgets/ssr` in Node, as a server calls it: what it writes into a page, what it leaves as written,
 * and how it treats a widget it cannot draw. (In a browser, with and without JavaScript: test/e2e/ssr-*.test.ts.)
 */
const posts = JSON.parse(readFileSync(new URL('../fixtures/wordpress-posts-embed.json', import.meta.url), 'utf8')) as Record<string, unknown>[];
const comments = readFileSync(new URL('../fixtures/wordpress-comments.json', import.meta.url), 'utf8');

/** The content of a drawn widget's declarative shadow root. */
const shadowOf = (html: string, tag: string): string => {
  const start = html.indexOf('<template shadowrootmode="open">', html.indexOf(`<${tag}`));
  return html.slice(start, html.indexOf('</template>', start));
};

/** The page a drawn widget carries, read back. */
const servedOf = (html: string): Record<string, unknown> => {
  const match = /<script type="application\/json" data-news-page>(.*?)<\/script>/s.exec(html);
  if (!match) throw new Error('no page script');
  return JSON.parse(match[1]!) as Record<string, unknown>;
};

/** A `fetch` that answers one URL with JSON and notes what it was asked. */
function answering(url: string, body: unknown, asked: string[] = []): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const href = String(input instanceof Request ? input.url : input);
    asked.push(href);
    if (href !== url) return new Response('not here', { status: 404 });
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
}

describe('renderWidget', () => {
  it('draws a list from JSON in hand into a declarative shadow root, with the page it drew beside it', async () => {
    const html = await renderWidget('news-list', { limit: '2', heading: 'Latest' }, posts);
    expect(html).toMatch(/^<news-list\s+limit="2"\s+heading="Latest"><template shadowrootmode="open"><style>/);
    const shadow = shadowOf(html, 'news-list');
    expect(shadow).toContain('Harbour’s new ferry – what changes');
    expect(shadow).toContain('Sixth-formers spot a “new” comet');
    // Two shown (limit), three read: the browser wakes up on all three.
    expect(shadow).not.toContain('Rovers edge Millbrook');
    expect((servedOf(html).articles as unknown[]).length).toBe(3);
    expect(html.endsWith('</news-list>')).toBe(true);
  });

  it('reads the widget’s endpoint against the base URL, with the fetch it is given', async () => {
    const asked: string[] = [];
    const fetch = answering('https://news.example/wp-json/wp/v2/posts?per_page=3', posts, asked);
    const html = await renderWidget('popular-news', { src: '/wp-json/wp/v2/posts?per_page=3', limit: '3' }, undefined, { baseUrl: 'https://news.example/section/', fetch });
    expect(asked[0]).toBe('https://news.example/wp-json/wp/v2/posts?per_page=3');
    expect(shadowOf(html, 'popular-news')).toContain('Rovers edge Millbrook 2–1 in cup replay');
  });

  it('reads with each call’s own fetch, taking nothing another call’s fetch read (one reader’s page is not another’s)', async () => {
    const url = 'https://news.example/wp-json/wp/v2/posts?per_page=1&context=view';
    const editor = await renderWidget('news-list', { src: url }, undefined, { fetch: answering(url, posts.slice(0, 1)) });
    const reader = await renderWidget('news-list', { src: url }, undefined, { fetch: answering(url, posts.slice(2)) });
    expect(shadowOf(editor, 'news-list')).toContain('Harbour’s new ferry – what changes');
    expect(shadowOf(reader, 'news-list')).toContain('Rovers edge Millbrook 2–1 in cup replay');
    expect(shadowOf(reader, 'news-list')).not.toContain('Harbour’s new ferry');
  });

  it('writes the page in the language and direction of its place', async () => {
    const french = await renderWidget('news-list', {}, posts, { lang: 'fr' });
    expect(shadowOf(french, 'news-list')).toContain('3 commentaires');
    expect(shadowOf(french, 'news-list')).toMatch(/<div class="root" part="root" dir="ltr" lang="fr"/);
    const arabic = await renderWidget('news-list', {}, posts, { lang: 'ar' });
    expect(shadowOf(arabic, 'news-list')).toMatch(/dir="rtl" lang="ar"/);
  });

  it('draws an article’s body through the sanitizer, and its JSON-LD for search engines', async () => {
    const hostile = [{ ...posts[0], content: { rendered: '<p>Safe words.</p><img src="x" onerror="alert(1)"><script>alert(2)</script><p><a href="javascript:alert(3)">link</a></p>' } }];
    const html = await renderWidget('news-article', {}, hostile);
    const shadow = shadowOf(html, 'news-article');
    expect(shadow).toContain('<p>Safe words.</p>');
    expect(shadow).not.toMatch(/onerror|<script|javascript:/i);
    const ld = /<script type="application\/ld\+json" data-news-generated>(.*?)<\/script>/s.exec(html);
    expect(JSON.parse(ld![1]!)).toMatchObject({ '@type': 'NewsArticle', headline: 'Harbour’s new ferry – what changes' });
    expect(await renderWidget('news-article', { 'no-json-ld': '' }, hostile)).not.toContain('application/ld+json');
  });

  it('styles a widget’s theme from its attribute before its script runs, and from its state after', async () => {
    const html = await renderWidget('popular-news', { theme: 'dark' }, posts);
    expect(shadowOf(html, 'popular-news')).toMatch(/:host\(:is\(:state\(theme-dark\),\[theme=dark\]\)\)\s*\{[^}]*color-scheme:\s*dark/);
  });

  it('sanitizes for the page it draws: a poster on the page’s own site stays, one from elsewhere goes', async () => {
    const body = '<p>Film.</p><video controls src="https://media.example/v.mp4" poster="https://news.example/poster.jpg"></video><video controls src="https://media.example/w.mp4" poster="https://cdn.example/poster.jpg"></video>';
    const article = [{ ...posts[0], content: { rendered: body } }];
    const shadow = shadowOf(await renderWidget('news-article', {}, article, { baseUrl: 'https://news.example/story/' }), 'news-article');
    expect(shadow).toContain('poster="https://news.example/poster.jpg"');
    expect(shadow).not.toContain('cdn.example/poster.jpg');
  });

  it('keeps text that would end its script inside the JSON', async () => {
    const sly = [{ ...posts[0], title: { rendered: 'Closing &lt;/script&gt;&lt;!-- tags' } }];
    const html = await renderWidget('news-list', {}, sly);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect((servedOf(html).articles as { title: string }[])[0]!.title).toBe('Closing </script><!-- tags');
    // An article writes its JSON-LD too: neither script is ended by the headline.
    const article = await renderWidget('news-article', {}, sly[0]);
    expect(article.match(/<\/script>/g)).toHaveLength(2);
    const ld = /<script type="application\/ld\+json" data-news-generated>(.*?)<\/script>/s.exec(article);
    expect(JSON.parse(ld![1]!)).toMatchObject({ headline: 'Closing </script><!-- tags' });
  });

  it('draws comments and the comment form', async () => {
    const list = await renderWidget('comment-list', {}, JSON.parse(comments));
    expect(shadowOf(list, 'comment-list')).toContain('The new harbour lights are lovely from the cliff path at dusk.');
    const ld = /<script type="application\/ld\+json" data-news-generated>(.*?)<\/script>/s.exec(list);
    expect(JSON.parse(ld![1]!)).toMatchObject({ url: 'https://news.example/2026/11/01/harbour-lights/' });
    const form = await renderWidget('comment-form', { action: 'https://news.example/wp-json/wp/v2/comments', 'post-id': '5' });
    expect(shadowOf(form, 'comment-form')).toMatch(/<textarea/);
    expect(form).not.toContain('data-news-page');
  });

  it('refuses what is not one of its widgets, and data it cannot read', async () => {
    await expect(renderWidget('my-widget')).rejects.toThrow(/not one of/);
    await expect(renderWidget('news-list', {}, { nothing: 'here' })).rejects.toThrow();
    await expect(renderWidget('news-list', { 'bad"name': 'x' }, posts)).rejects.toThrow(/attribute name/);
  });
});

describe('Lit’s own server renderer (a framework’s, without renderPage)', () => {
  it('draws a widget with a source loading, as the browser first draws it, and one with none empty', async () => {
    await renderWidget('comment-form');
    const { render } = await import('@lit-labs/ssr');
    const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
    const { html } = await import('lit');
    const withSource = collectResultSync(render(html`<news-list src="https://news.example/wp-json/wp/v2/posts"></news-list>`));
    expect(withSource).toMatch(/aria-busy="true"/);
    expect(withSource).toMatch(/part="skeleton"/);
    const none = collectResultSync(render(html`<popular-news></popular-news>`));
    expect(none).toMatch(/aria-busy="false"/);
  });
});

describe('renderPage', () => {
  const page = (body: string) => `<!doctype html>
<html lang="en-GB">
<head><title>Courier</title><!-- a comment --><style>p{color:red}</style></head>
<body>
${body}
</body>
</html>`;

  it('leaves everything but the widgets as written', async () => {
    const around = ['<p class="x" data-y=\'1\'>Before &amp; <b>after</b></p>', '<template><news-list src="/never"></news-list></template>'];
    const source = page(`${around[0]}\n<news-list limit="1"><script type="application/json">${JSON.stringify(posts)}</script></news-list>\n${around[1]}`);
    const html = await renderPage(source);
    const start = html.indexOf('<news-list limit');
    const end = html.indexOf('</news-list>', start) + '</news-list>'.length;
    expect(html.slice(0, start) + html.slice(end)).toBe(source.replace(/<news-list limit[\s\S]*?<\/news-list>/, ''));
    // The widget inside a <template> is not drawn; the one drawn keeps its inline data after the page it drew.
    expect(html).toContain(around[1]);
    expect(html.slice(start, end)).toMatch(/data-news-page>[\s\S]*<script type="application\/json">\[/);
  });

  it('draws every widget at once, leaves one that cannot be drawn to the browser, and says which', async () => {
    const failed: string[] = [];
    const fetch = answering('https://news.example/wp-json/wp/v2/posts', posts);
    const source = page(`<div lang="fr"><news-list src="/wp-json/wp/v2/posts"></news-list></div>
<popular-news src="/wp-json/wp/v2/gone"></popular-news>
<news-list><a href="https://a.example/feed/">A</a><a href="https://b.example/feed/">B</a></news-list>`);
    const html = await renderPage(source, { baseUrl: 'https://news.example/', fetch, onError: (_error, tag) => failed.push(tag) });
    expect(shadowOf(html, 'news-list')).toContain('3 commentaires');
    expect(html).toContain('<popular-news src="/wp-json/wp/v2/gone"></popular-news>');
    // A list of several sources one of which fails is left to the browser, which shows the others and reports it.
    expect(html).toContain('<news-list><a href="https://a.example/feed/">A</a><a href="https://b.example/feed/">B</a></news-list>');
    expect(failed.sort()).toEqual(['news-list', 'popular-news']);
  });

  it('draws a list of several sources merged as the browser merges them: src, then its links, newest first, each story with its source', async () => {
    const asked: string[] = [];
    const answers: Record<string, unknown> = { 'https://news.example/wp-json/wp/v2/posts?categories=7': posts.slice(1, 2), 'https://a.example/wp-json/wp/v2/posts': posts.slice(0, 1), 'https://news.example/b/posts': posts.slice(1) };
    const read = (async (input: RequestInfo | URL) => {
      const href = String(input instanceof Request ? input.url : input);
      asked.push(href);
      const body = answers[href];
      return body ? new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }) : new Response('not here', { status: 404 });
    }) as typeof fetch;
    // The links resolve against the page's address, `src` against the config's base URL, as in the browser.
    const config = '<script type="application/json" id="news-widgets-config">{ "baseUrl": "/wp-json/" }</script>';
    const list = '<news-list src="wp/v2/posts?categories=7"><p>Also: <a href="https://a.example/wp-json/wp/v2/posts">Harbour Times</a>, <a href="b/posts"><b>Bay</b> News</a></p></news-list>';
    const html = await renderPage(`<!doctype html><html><body>${config}${list}</body></html>`, { baseUrl: 'https://news.example/', fetch: read });
    // Every source read (and the comment counts a WordPress answer without them needs, as in the browser;
    // the URLs are this test's own, as a response is reused for 30 seconds).
    expect(asked).toEqual(expect.arrayContaining(Object.keys(answers)));
    const served = servedOf(html).articles as { title: string; source: { name: string } }[];
    // The same story from two sources is kept once, where the first source in order has it (`src`).
    expect(served.map((story) => [story.title, story.source.name])).toEqual([
      ['Harbour’s new ferry – what changes', 'Harbour Times'],
      ['Sixth-formers spot a “new” comet from the school roof', 'news.example'],
      ['Rovers edge Millbrook 2–1 in cup replay', 'Bay News'],
    ]);
    expect(shadowOf(html, 'news-list')).toMatch(/part="source"[^>]*>(<!--[^>]*-->)*Bay News/);
    // The links stay in the page (read by a browser without scripts, and by the list when its sources change).
    expect(html).toContain('<a href="b/posts"><b>Bay</b> News</a></p></news-list>');
  });

  it('reads a popular box’s links as its sources, as a list’s', async () => {
    const answers: Record<string, unknown> = { 'https://a.example/popular': posts.slice(0, 1), 'https://b.example/popular': posts.slice(2) };
    const read = (async (input: RequestInfo | URL) => {
      const body = answers[String(input instanceof Request ? input.url : input)];
      return body ? new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }) : new Response('not here', { status: 404 });
    }) as typeof fetch;
    const html = await renderPage(page('<popular-news><a href="https://a.example/popular">A</a><a href="https://b.example/popular">B</a></popular-news>'), { fetch: read });
    expect((servedOf(html).articles as { source: { name: string } }[]).map((story) => story.source.name)).toEqual(['A', 'B']);
  });

  it('leaves a list with a relative link to the browser when it has no page address to resolve it against', async () => {
    const errors: unknown[] = [];
    const source = page('<news-list><a href="/a/posts">A</a><a href="/b/posts">B</a></news-list>');
    const html = await renderPage(source, { onError: (error) => errors.push(error) });
    expect(html).toBe(source);
    expect(String(errors[0])).toContain('give renderPage the page\'s address (baseUrl)');
  });

  it('reads the page’s config element as the browser does: its base URL, and its language where no lang says otherwise', async () => {
    const asked: string[] = [];
    const fetch = answering('https://news.example/api/wp-json/wp/v2/posts', posts, asked);
    const config = '<script type="application/json" id="news-widgets-config">{ "baseUrl": "/api/", "lang": "fr" }</script>';
    const html = await renderPage(`<!doctype html><html><body>${config}<news-list src="wp-json/wp/v2/posts"></news-list></body></html>`, { baseUrl: 'https://news.example/page/', fetch });
    expect(asked[0]).toBe('https://news.example/api/wp-json/wp/v2/posts');
    expect(shadowOf(html, 'news-list')).toContain('3 commentaires');
    const english = await renderPage(`<!doctype html><html lang="en"><body>${config}<news-list src="wp-json/wp/v2/posts"></news-list></body></html>`, { baseUrl: 'https://news.example/page/', fetch });
    expect(shadowOf(english, 'news-list')).toContain('3 comments');
  });

  it('draws each page with its own page-wide defaults, side by side', async () => {
    const list = `<comment-list><script type="application/json">${comments}</script></comment-list>`;
    const withConfig = (avatars: string) => `<!doctype html><html lang="en"><body><script type="application/json" id="news-widgets-config">{ "avatars": "${avatars}" }</script>${list}</body></html>`;
    const [initials, shown] = await Promise.all([renderPage(withConfig('initials')), renderPage(withConfig('show'))]);
    expect(shadowOf(initials, 'comment-list')).not.toMatch(/<img class="avatar"/);
    expect(shadowOf(initials, 'comment-list')).toMatch(/<span class="avatar placeholder"/);
    expect(shadowOf(shown, 'comment-list')).toMatch(/<img class="avatar"/);
  });

  it('leaves a page already drawn as it is', async () => {
    const once = await renderPage(page(`<news-list><script type="application/json">${JSON.stringify(posts)}</script></news-list>`));
    expect(await renderPage(once)).toBe(once);
  });
});
