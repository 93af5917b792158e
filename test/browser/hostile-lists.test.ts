import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { imagesSettled, waitFor } from '../support/wait.js';

/** A WordPress response where every field a list shows carries an attack. */
const HOSTILE_POSTS = [
  {
    id: 1,
    link: 'javascript:window.__pwned="link"',
    title: { rendered: '<img src=x onerror="window.__pwned=\'title\'">Harbour &amp; <b>bold</b> news' },
    excerpt: { rendered: '<p><script>window.__pwned="excerpt"</script>Calm <svg onload="window.__pwned=1">seas</svg> ahead</p>' },
    content: { rendered: '<p>Body</p>' },
    date_gmt: '2026-11-01T10:00:00',
    _embedded: {
      author: [{ name: '<img src=x onerror="window.__pwned=\'author\'">Ana', link: 'javascript:alert(1)' }],
      'wp:featuredmedia': [{ source_url: 'javascript:alert(1)', alt_text: '"><script>alert(1)</script>', media_details: { width: 10, height: 10, sizes: { a: { source_url: 'data:text/html,<script>alert(1)</script>', width: 5 } } } }],
      'wp:term': [[{ name: '<b onmouseover=alert(1)>Local</b>', link: 'vbscript:msgbox(1)', taxonomy: 'category' }]],
    },
  },
  { id: 2, link: 'https://news.example/ok', title: { rendered: 'A plain story' }, excerpt: { rendered: '' }, content: { rendered: '' } },
];

for (const tag of ['news-list', 'popular-news'] as const) {
  describe(`<${tag}> with hostile data in every field`, () => {
    beforeEach(() => delete (window as { __pwned?: unknown }).__pwned);

    it('shows the text as text, runs nothing and keeps no unsafe URL', async () => {
      const el = await fixture<HTMLElement>(
        tag === 'news-list'
          ? html`<news-list thumbnails .data=${HOSTILE_POSTS}></news-list>`
          : html`<popular-news thumbnails .data=${HOSTILE_POSTS}></popular-news>`,
      );
      const root = el.shadowRoot!;
      await waitFor(() => root.querySelectorAll('[part~="item"]').length === 2, 'both stories are shown');
      // What could still run comes from the browser: an image's error, a load.
      await imagesSettled(root);
      expect((window as { __pwned?: unknown }).__pwned, 'no script ran').to.equal(undefined);
      const first = root.querySelector('[part~="item"]')!;
      expect(first.querySelector('[part~="title"]')!.textContent).to.equal('Harbour & bold news');
      // Script and SVG bodies are not reader text: they are dropped with their markup.
      expect(first.querySelector('[part~="excerpt"]')!.textContent).to.equal('Calm ahead');
      expect(root.querySelectorAll('script, svg, b, [onerror], [onload], [onmouseover]').length, 'no element came from the data').to.equal(0);
      for (const node of root.querySelectorAll('[href], [src], [srcset]')) {
        for (const attr of ['href', 'src', 'srcset']) {
          const value = node.getAttribute(attr);
          if (value !== null) expect(value, `${attr} of <${node.localName}>`).to.not.match(/^\s*(javascript|data|vbscript):/i);
        }
      }
    });
  });
}
