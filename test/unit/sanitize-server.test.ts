import { beforeAll, describe, expect, it } from 'vitest';
import { serverSanitizer, type ServerSanitize } from '../../src/ssr/sanitize.js';

/** The server sanitizer alone, in Node: what each option does to the markup it returns. */
const BASE = 'https://news.example/wp-json/wp/v2/posts/42';
let sanitize: ServerSanitize;

beforeAll(async () => {
  sanitize = await serverSanitizer();
});

describe('serverSanitizer', () => {
  it('loads once', async () => {
    expect(serverSanitizer()).toBe(serverSanitizer());
    expect(await serverSanitizer()).toBe(sanitize);
  });

  it('returns safe markup as a string: scripts, handlers, styles and forms gone', () => {
    expect(
      sanitize('<p style="color:red" onclick="steal()">Hello <b>world</b></p><script>steal()</script><form action="/x"><input name="q"></form><!-- note -->', { base: BASE }),
    ).toBe('<p>Hello <b>world</b></p>');
  });

  it('resolves links and images against base, and leaves relative URLs relative without it', () => {
    const html = '<a href="/2026/ferry">Ferry</a><img src="media/a.jpg" srcset="media/a-300.jpg 300w" alt="A">';
    expect(sanitize(html, { base: BASE })).toBe(
      '<a href="https://news.example/2026/ferry">Ferry</a><img src="https://news.example/wp-json/wp/v2/posts/media/a.jpg" srcset="https://news.example/wp-json/wp/v2/posts/media/a-300.jpg 300w" alt="A" loading="lazy" decoding="async" referrerpolicy="no-referrer">',
    );
    expect(sanitize(html)).toBe('<a href="/2026/ferry">Ferry</a><img src="media/a.jpg" srcset="media/a-300.jpg 300w" alt="A" loading="lazy" decoding="async" referrerpolicy="no-referrer">');
  });

  it('drops javascript: and data: URLs, resolved or not', () => {
    expect(sanitize('<a href="java&#x09;script:alert(1)">a</a><img src="data:image/png;base64,AA" alt="b">', { base: BASE })).toBe(
      '<a>a</a><img alt="b" loading="lazy" decoding="async" referrerpolicy="no-referrer">',
    );
  });

  it('marks links to other sites than base, and only those, and gives them linkTarget', () => {
    const html = '<a href="https://elsewhere.example/story" target="_self">out</a> <a href="/home">in</a>';
    expect(sanitize(html, { base: BASE })).toBe('<a href="https://elsewhere.example/story" rel="noopener noreferrer">out</a> <a href="https://news.example/home">in</a>');
    expect(sanitize(html, { base: BASE, linkTarget: '_blank' })).toBe(
      '<a href="https://elsewhere.example/story" rel="noopener noreferrer" target="_blank">out</a> <a href="https://news.example/home">in</a>',
    );
  });

  it("sets the images' referrerPolicy, and under one keeps media from loading until played", () => {
    const html = '<img src="https://cdn.example/a.jpg" alt="a"><video controls poster="https://cdn.example/p.jpg" src="https://cdn.example/v.mp4"></video>';
    expect(sanitize(html, { base: BASE })).toBe(
      '<img src="https://cdn.example/a.jpg" alt="a" loading="lazy" decoding="async" referrerpolicy="no-referrer"><video controls="" src="https://cdn.example/v.mp4" preload="none"></video>',
    );
    expect(sanitize(html, { base: BASE, referrerPolicy: 'strict-origin-when-cross-origin' })).toContain('referrerpolicy="strict-origin-when-cross-origin"');
    // '' leaves both to the page's own policy.
    expect(sanitize(html, { base: BASE, referrerPolicy: '' })).toBe(
      '<img src="https://cdn.example/a.jpg" alt="a" loading="lazy" decoding="async"><video controls="" poster="https://cdn.example/p.jpg" src="https://cdn.example/v.mp4"></video>',
    );
  });

  it("keeps a poster and default captions on the page's own origin only when page names it", () => {
    const html = '<video controls poster="https://www.example/p.jpg"><track kind="captions" src="https://www.example/en.vtt" srclang="en" default></video>';
    expect(sanitize(html, { base: BASE })).toBe('<video controls="" preload="none"><track kind="captions" src="https://www.example/en.vtt" srclang="en"></video>');
    expect(sanitize(html, { base: BASE, page: 'https://www.example/news/today' })).toBe(
      '<video controls="" poster="https://www.example/p.jpg" preload="none"><track kind="captions" src="https://www.example/en.vtt" srclang="en" default=""></video>',
    );
    // A page address that is no URL counts as none.
    expect(sanitize(html, { base: BASE, page: 'not a url' })).toBe(sanitize(html, { base: BASE }));
  });

  it('without base, takes the page for the site whose links are not external', () => {
    const html = '<a href="https://www.example/more">more</a>';
    expect(sanitize(html)).toBe('<a href="https://www.example/more" rel="noopener noreferrer">more</a>');
    expect(sanitize(html, { page: 'https://www.example/news/today' })).toBe('<a href="https://www.example/more">more</a>');
  });

  it('prefixes ids and what names them with idPrefix, when it is a safe one', () => {
    const html = '<p id="note" aria-describedby="note other">a <a href="#note">see</a></p>';
    expect(sanitize(html, { base: BASE })).toBe('<p id="content-note" aria-describedby="content-note content-other">a <a href="#content-note">see</a></p>');
    expect(sanitize(html, { base: BASE, idPrefix: 'c7-' })).toBe('<p id="c7-note" aria-describedby="c7-note c7-other">a <a href="#c7-note">see</a></p>');
    expect(sanitize(html, { base: BASE, idPrefix: '"><b>' })).toBe(sanitize(html, { base: BASE }));
  });

  it('drops ids that name a property of a document or a form', () => {
    expect(sanitize('<p id="cookie">a</p><p id="action">b</p><p id="story">c</p>', { base: BASE })).toBe('<p>a</p><p>b</p><p id="content-story">c</p>');
  });

  it('replaces a frame with a link labelled by embedLabel, as text', () => {
    const html = '<iframe src="https://www.youtube.com/embed/abc123?start=30"></iframe><iframe src="https://widgets.example/card"></iframe>';
    expect(sanitize(html, { base: BASE })).toBe(
      '<a href="https://www.youtube.com/watch?v=abc123&amp;t=30s" class="embed-link" rel="noopener noreferrer">Watch on YouTube</a>' +
        '<a href="https://widgets.example/card" class="embed-link" rel="noopener noreferrer">View the embedded content on widgets.example</a>',
    );
    const embedLabel = ({ provider, host }: { provider?: string; host: string }): string => (provider ? `Regarder sur ${provider}` : `Voir sur ${host} <b>`);
    expect(sanitize(html, { base: BASE, embedLabel })).toBe(
      '<a href="https://www.youtube.com/watch?v=abc123&amp;t=30s" class="embed-link" rel="noopener noreferrer">Regarder sur youtube</a>' +
        '<a href="https://widgets.example/card" class="embed-link" rel="noopener noreferrer">Voir sur widgets.example &lt;b&gt;</a>',
    );
  });

  it("parses as a browser does in a document without scripts: a <noscript>'s content is markup, and goes with it", () => {
    expect(sanitize('<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript><p>after</p>', { base: BASE })).toBe('<p>after</p>');
  });
});
