import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, startSite, type Site } from './site.js';

/**
 * A full-page screenshot, as visual-regression tools take them, paints the whole page: long lists below
 * the fold included. Chromium paints no off-screen `content-visibility: auto` content in such a capture
 * (not even content it has drawn before), so the lists keep that only for very long lists, past their
 * 100th item.
 */
const COUNT = 100;

const comments = Array.from({ length: COUNT }, (_, i) => ({
  id: i + 1,
  post: 1,
  parent: 0,
  author_name: `Reader ${i + 1}`,
  date_gmt: '2026-11-01T10:10:00',
  content: { rendered: `<p>Comment ${i + 1}: the harbour lights are lovely from the cliff path at dusk.</p>` },
  link: `https://news.example/harbour/#comment-${i + 1}`,
  status: 'approved',
  type: 'comment',
}));
const feed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'The Courier',
  items: Array.from({ length: COUNT }, (_, i) => ({
    id: `story-${i + 1}`,
    url: `https://news.example/story-${i + 1}`,
    title: `Story ${i + 1}: council backs the harbour wall repair`,
    summary: `What happened in story ${i + 1}.`,
    date_published: '2026-11-01T10:00:00Z',
  })),
};
const json = (value: unknown): string => JSON.stringify(value).replaceAll('<', '\\u003c');

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script src="/news-widgets.js" defer></script>
<style>body { margin: 0 2rem; background: #fff; color: #111; font: 16px/1.5 sans-serif; } .fold { height: 1200px; }</style></head>
<body><div class="fold">Above the fold</div>
<comment-list limit="${COUNT}" avatars="none"><script type="application/json">${json(comments)}</script></comment-list>
<news-list limit="${COUNT}"><script type="application/json">${json(feed)}</script></news-list>
</body></html>`;

let browser: Browser;
let site: Site;

beforeAll(async () => {
  browser = await launch();
  site = await startSite({ '/long.html': { html: PAGE } });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The dark pixels (text, rules) in each box of a PNG, counted by the browser that decodes it. */
async function inkIn(png: Buffer, boxes: Box[]): Promise<number[]> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      async ({ data, boxes }) => {
        const blob = await (await fetch(`data:image/png;base64,${data}`)).blob();
        return Promise.all(
          boxes.map(async ({ x, y, width, height }) => {
            const bitmap = await createImageBitmap(blob, Math.round(x), Math.round(y), Math.round(width), Math.round(height));
            const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
            const context = canvas.getContext('2d', { willReadFrequently: true })!;
            context.drawImage(bitmap, 0, 0);
            const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
            let dark = 0;
            for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! + pixels[i + 1]! + pixels[i + 2]! < 3 * 160) dark += 1;
            return dark;
          }),
        );
      },
      { data: png.toString('base64'), boxes },
    );
  } finally {
    await page.close();
  }
}

/** Where, in page coordinates, the last comment's text and the last story's card are. */
function lastBoxes(pw: Page): Promise<{ comment: Box; card: Box; blank: Box; height: number }> {
  return pw.evaluate(() => {
    const box = (element: Element) => {
      const rect = element.getBoundingClientRect();
      return { x: rect.x + scrollX, y: rect.y + scrollY, width: rect.width, height: rect.height };
    };
    const comment = [...document.querySelector('comment-list')!.shadowRoot!.querySelectorAll('.comment .content')].at(-1)!;
    const card = [...document.querySelector('news-list')!.shadowRoot!.querySelectorAll('[part~="item"]')].at(-1)!;
    const fold = box(document.querySelector('.fold')!);
    // A stretch of the page with nothing on it, to show that a blank box counts as blank.
    const blank = { x: fold.x, y: fold.y + 200, width: fold.width, height: 200 };
    return { comment: box(comment), card: box(card), blank, height: document.documentElement.scrollHeight };
  });
}

describe('a full-page capture', () => {
  it(`paints a long <comment-list> and a long <news-list> below the fold to their last item (${COUNT} each)`, async () => {
    const context = await browser.newContext({ viewport: { width: 900, height: 700 } });
    const pw = await context.newPage();
    await pw.goto(`${site.origin}/long.html`);
    await pw.waitForFunction(
      (count) =>
        document.querySelector('comment-list')?.shadowRoot?.querySelectorAll('.comment .content').length === count &&
        document.querySelector('news-list')?.shadowRoot?.querySelectorAll('[part~="item"]').length === count,
      COUNT,
    );
    // Both lists are far below the viewport, so nothing of their ends was ever on screen.
    const { comment, card, blank, height } = await lastBoxes(pw);
    expect(comment.y).toBeGreaterThan(700 * 3);
    expect(card.y).toBeGreaterThan(comment.y);
    expect(comment.height * card.height).toBeGreaterThan(0);
    const shot = await pw.screenshot({ fullPage: true });
    // The capture is the page as laid out when the boxes were measured.
    expect(await lastBoxes(pw)).toEqual({ comment, card, blank, height });
    const [commentInk, cardInk, blankInk] = await inkIn(shot, [comment, card, blank]);
    expect(blankInk, 'an empty stretch of the page').toBe(0);
    expect(commentInk, 'the last comment’s text is painted').toBeGreaterThan(100);
    expect(cardInk, 'the last story’s card is painted').toBeGreaterThan(100);
    await context.close();
  });
});
