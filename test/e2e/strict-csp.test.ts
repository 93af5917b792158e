import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openWatched, quiet, startSite, violations, type Site, type Watched } from './site.js';

/**
 * An article as a real WordPress sends it: inline styles on paragraphs, figures, spans and columns (the
 * block editor writes them everywhere), a <style> element some plugins add, an inline SVG icon, and a few
 * event handlers no honest post has. On a page whose policy has no 'unsafe-inline' for styles, none of it
 * may make the page report a violation: styles and handlers are stripped, never applied or refused.
 */
const BODY =
  '<p class="has-text-align-center" style="text-align:center">First paragraph, centered.</p>' +
  '<figure class="wp-block-image aligncenter size-large" style="width:300px"><img src="/media/ferry.jpg" alt="Ferry" style="border-radius:4px" width="300" height="200"><figcaption class="wp-element-caption" style="font-size:12px">Caption under the ferry</figcaption></figure>' +
  '<p>Some <span style="color:#ff0000" class="has-inline-color">red words</span> and <mark style="background-color:rgba(0,0,0,0)" class="has-inline-color">marked ones</mark>.</p>' +
  '<style>.wp-block-image { margin: 0 }</style>' +
  '<div class="wp-block-columns" style="flex-wrap:nowrap"><div class="wp-block-column" style="flex-basis:50%"><p>Left column</p></div><div class="wp-block-column" style="flex-basis:50%"><p>Right column</p></div></div>' +
  '<p><svg width="12" height="12" viewBox="0 0 12 12" style="vertical-align:middle"><circle cx="6" cy="6" r="5" style="fill:currentColor"></circle></svg> Icon line</p>' +
  '<p onclick="window.__ran = 1" onmouseover="window.__ran = 1">Handlers line</p><img src="/media/missing.jpg" alt="missing" onerror="window.__ran = 1">';

const POST = {
  id: 7,
  date: '2026-03-01T09:00:00',
  modified: '2026-03-01T09:00:00',
  slug: 'styled-story',
  link: '/2026/03/01/styled-story/',
  title: { rendered: 'A story with inline styles' },
  content: { rendered: BODY },
  excerpt: { rendered: '<p>Styled.</p>' },
  comment_status: 'closed',
};

/** Run by the page itself (a script from 'self'): both engines on the same body, side by side. */
const CHECK_SCRIPT = `
  (async () => {
    await customElements.whenDefined('news-article');
    const body = ${JSON.stringify(BODY)};
    for (const engine of ['native', 'dompurify']) {
      const sanitize = await NewsWidgets.getSanitizer(engine);
      document.getElementById(engine).append(sanitize(body, { base: location.origin + '/wp-json/wp/v2/posts/7' }));
    }
    window.__sanitized = true;
  })().catch((error) => { window.__sanitized = String(error); });
`;

const page = (body: string): string =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Strict page</title>' +
  `<script src="/news-widgets.js" defer></script><script src="/csp-check.js" defer></script></head><body>${body}</body></html>`;

const BODY_HTML = '<news-article src="/styled-post.json"></news-article><section id="native"></section><section id="dompurify"></section>';

const POLICIES = {
  '/none.html': "default-src 'none'; script-src 'self'; connect-src 'self'; img-src 'self'; style-src 'self'",
  '/self.html': "default-src 'self'; style-src 'self'",
};

let browser: Browser;
let site: Site;

beforeAll(async () => {
  browser = await launch();
  site = await startSite({
    ...Object.fromEntries(
      Object.entries(POLICIES).map(([path, policy]) => [path, { html: page(BODY_HTML), headers: { 'Content-Security-Policy': policy } }]),
    ),
    '/styled-post.json': { html: JSON.stringify(POST), headers: { 'Content-Type': 'application/json; charset=utf-8' } },
    '/csp-check.js': { html: CHECK_SCRIPT, headers: { 'Content-Type': 'text/javascript; charset=utf-8' } },
  });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The page in a fresh context that shows all of it at once, recording its policy violations. */
const open = (path: string): Promise<Watched> => openWatched(browser, `${site.origin}${path}`);

describe('article HTML full of inline styles, on a page whose policy forbids them', () => {
  for (const [path, policy] of Object.entries(POLICIES)) {
    it(`is shown by <news-article> and both sanitizer engines without a single violation (${policy})`, async () => {
      const { page: pw, errors } = await open(path);
      await pw.waitForFunction(() => (window as unknown as { __sanitized?: unknown }).__sanitized !== undefined);
      expect(await pw.evaluate(() => (window as unknown as { __sanitized?: unknown }).__sanitized)).toBe(true);
      await pw.waitForFunction(() => document.querySelector('news-article')?.shadowRoot?.textContent?.includes('Right column'));
      // Images loaded or failed, the article's late work done: only then is there nothing left to report.
      await quiet(pw);
      const shown = await pw.evaluate(() => {
        const roots = {
          article: document.querySelector('news-article')!.shadowRoot!,
          native: document.getElementById('native')!,
          dompurify: document.getElementById('dompurify')!,
        };
        return Object.fromEntries(
          Object.entries(roots).map(([name, root]) => [
            name,
            {
              text: root.textContent!.replace(/\s+/g, ' '),
              styled: root.querySelectorAll('[style], style, [onclick], [onerror]').length,
              figure: !!root.querySelector('figure.wp-block-image.aligncenter > img[alt="Ferry"]'),
              icon: !!root.querySelector('svg circle'),
            },
          ]),
        );
      });
      for (const [name, what] of Object.entries(shown)) {
        for (const text of ['First paragraph, centered.', 'Caption under the ferry', 'red words', 'marked ones', 'Left column', 'Right column', 'Icon line', 'Handlers line']) {
          expect(what.text, `${name} shows "${text}"`).toContain(text);
        }
        expect(what.styled, `${name} keeps no style or handler`).toBe(0);
        expect(what.figure, `${name} keeps the figure`).toBe(true);
        expect(what.icon, `${name} keeps the icon`).toBe(true);
      }
      expect(await pw.evaluate(() => document.getElementById('native')!.innerHTML)).toBe(await pw.evaluate(() => document.getElementById('dompurify')!.innerHTML));
      expect(await violations(pw)).toEqual([]);
      expect(errors).toEqual([]);
      expect(await pw.evaluate(() => (window as unknown as { __ran?: unknown }).__ran)).toBe(undefined);

      // The policy is really enforced on this page: an inline style set by script is reported.
      await pw.evaluate(() => document.createElement('p').setAttribute('style', 'color: red'));
      await pw.waitForFunction(() => (window as unknown as { __violations: string[] }).__violations.some((text) => text.startsWith('style-src-attr')));
      expect((await violations(pw)).some((text) => text.startsWith('style-src-attr'))).toBe(true);
      await pw.context().close();
    });
  }
});
