import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEWPORTS } from '../../.storybook/viewports.js';
import { launch } from './site.js';

const staticDir = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
const axeSource = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };

const ELEMENTS = ['news-article', 'news-list', 'popular-news', 'comment-list', 'comment-form'];

/** The widgets a story may show, inside Storybook's root. */
const WIDGETS = ELEMENTS.map((tag) => `#storybook-root ${tag}`).join(', ');

/**
 * Stories whose point is a request that never answers: they show a busy state (`aria-busy="true"`) for
 * good, and are checked in it. Every other story is checked once nothing in it is busy any more.
 */
const BUSY_BY_DESIGN = new Set(['widgets-news-article--loading', 'widgets-news-list--loading', 'widgets-comment-list--loading', 'widgets-comment-form--sending']);

/**
 * Storybook's a11y addon runs its own axe in the story's page after each story (the designers' panel).
 * Two axe runs in one page collide ("Axe is already running"), and the addon's run starts as soon as a
 * play function returns, before a fetch or a sent comment has settled. These pages switch its automatic
 * run off through the URL (the built Storybook is the one designers get), and this check runs axe once,
 * on the state each story is meant to show.
 */
const GLOBALS = 'a11y.manual:!true';

interface StoryEntry {
  id: string;
  title: string;
  name: string;
  type: string;
}

// globalSetup has built the static Storybook before any test file is read.
const index = JSON.parse(await readFile(join(staticDir, 'index.json'), 'utf8')) as { entries: Record<string, StoryEntry> };
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

/** What the elements document, as the build read it (`npm run build-storybook` writes it first). */
const manifest = JSON.parse(await readFile(fileURLToPath(new URL('../../custom-elements.json', import.meta.url)), 'utf8')) as {
  modules: {
    declarations?: {
      tagName?: string;
      cssProperties?: { name: string }[];
      attributes?: { name: string; fieldName?: string; expandedType?: { text: string } }[];
    }[];
  }[];
};

/** What Storybook's preview exposes on the page, as far as this check reads it. */
interface PreviewWindow {
  __STORYBOOK_PREVIEW__?: {
    currentRender?: { id: string; phase?: string };
    storyStoreValue?: { userGlobals: { get(): { a11y?: { manual?: boolean } } } };
  };
}

let server: Server;
let origin = '';
let browser: Browser;
let context: BrowserContext;
let axe = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
    readFile(join(staticDir, path.endsWith('/') ? `${path}index.html` : path)).then(
      (body) => res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  axe = await readFile(axeSource, 'utf8');
  browser = await launch();
  context = await browser.newContext();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
});

/** Waits until Storybook has finished with the story: rendered, played, its after-each hooks run. */
async function finished(page: Page, story: StoryEntry): Promise<void> {
  await page.waitForFunction((id) => {
    const render = (window as PreviewWindow).__STORYBOOK_PREVIEW__?.currentRender;
    return render?.id === id && render.phase === 'finished';
  }, story.id);
}

/**
 * Waits until the story shows the state it is about: every widget has drawn, nothing is busy unless the
 * story is about being busy, and no widget has an update pending (an article draws its body after its
 * headline, a sent comment's answer arrives after the play function returned).
 */
async function settled(page: Page, story: StoryEntry): Promise<void> {
  const wanted = { selector: WIDGETS, busy: BUSY_BY_DESIGN.has(story.id) };
  const shows = ({ selector, busy }: typeof wanted) => {
    const widgets = [...document.querySelectorAll(selector)];
    return (
      widgets.length > 0 &&
      widgets.every((widget) => !!widget.shadowRoot?.querySelector('[part]')) &&
      widgets.some((widget) => !!widget.shadowRoot!.querySelector('[aria-busy="true"]')) === busy
    );
  };
  for (;;) {
    await page.waitForFunction(shows, wanted);
    const pending = await page.evaluate(async (selector) => {
      const widgets = [...document.querySelectorAll(selector)] as Array<Element & { updateComplete?: Promise<unknown>; isUpdatePending?: boolean }>;
      await Promise.all(widgets.map((widget) => widget.updateComplete));
      return widgets.some((widget) => widget.isUpdatePending);
    }, WIDGETS);
    if (!pending && (await page.evaluate(shows, wanted))) return;
  }
}

/** The widths of the viewport presets designers preview in Storybook's toolbar. */
const WIDTHS = Object.values(VIEWPORTS).map((viewport) => Number.parseInt(viewport.styles.width, 10));

/**
 * What sticks out sideways once the layout has settled at the current width: the page itself (a
 * horizontal scroll bar) and each widget whose content is wider than the widget, as `what: content/box px`.
 */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(async (selector) => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) found.push(`the page: ${root.scrollWidth}/${root.clientWidth} px`);
    for (const widget of document.querySelectorAll(selector)) {
      const inner = widget.shadowRoot?.querySelector('.root, [part~="root"]') ?? widget;
      if (inner.scrollWidth > inner.clientWidth + 1) found.push(`<${widget.localName}>: ${inner.scrollWidth}/${inner.clientWidth} px`);
      const box = widget.getBoundingClientRect();
      if (box.right > root.clientWidth + 1 || box.left < -1) found.push(`<${widget.localName}> reaches ${Math.round(box.left)}–${Math.round(box.right)} px of ${root.clientWidth}`);
    }
    return found;
  }, WIDGETS);
}

/**
 * Every image in the page that did not load, widgets' shadow roots included, as `URL in <host>`. Lazy
 * images are loaded at once (as if scrolled to), and each is waited for until it has loaded or failed.
 */
async function brokenImages(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const images: HTMLImageElement[] = [];
    const collect = (root: Document | ShadowRoot): void => {
      for (const element of root.querySelectorAll('*')) {
        if (element instanceof HTMLImageElement) images.push(element);
        if (element.shadowRoot) collect(element.shadowRoot);
      }
    };
    collect(document);
    await Promise.all(
      images.map((image) => {
        image.loading = 'eager';
        return image.complete ? undefined : new Promise((resolve) => ['load', 'error'].forEach((type) => image.addEventListener(type, resolve, { once: true })));
      }),
    );
    return images
      .filter((image) => image.naturalWidth === 0)
      .map((image) => `${image.currentSrc || image.getAttribute('src') || '(no src)'} in <${((image.getRootNode() as ShadowRoot).host ?? document.body).localName}>`);
  });
}

/** Shadow parts with a dashed outline, as the StyledParts stories draw them: `tag::part(name)` for each, inside and outside those stories. */
async function outlinedParts(page: Page): Promise<{ inStyledParts: string[]; elsewhere: string[] }> {
  return page.evaluate((selector) => {
    const found = { inStyledParts: [] as string[], elsewhere: [] as string[] };
    for (const widget of document.querySelectorAll(selector)) {
      const list = widget.closest('.news-styled-parts') ? found.inStyledParts : found.elsewhere;
      for (const part of widget.shadowRoot?.querySelectorAll('[part]') ?? []) {
        if (getComputedStyle(part).outlineStyle === 'dashed') list.push(`${widget.localName}::part(${part.getAttribute('part')})`);
      }
    }
    return found;
  }, ELEMENTS.join(', '));
}

describe('Storybook', () => {
  it('has a story for every element', () => {
    const titles = new Set(stories.map((story) => story.title.split('/').pop()));
    for (const tag of ELEMENTS) expect(titles.has(tag), tag).toBe(true);
  });

  it('lists every story that stays busy on purpose', () => {
    const ids = new Set(stories.map((story) => story.id));
    for (const id of BUSY_BY_DESIGN) expect(ids.has(id), id).toBe(true);
  });

  it('loads one copy of Lit, whose versions every copy records on the page', async () => {
    const page = await context.newPage();
    try {
      const story = stories.find((each) => each.id === 'page-reference-page--page')!;
      await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story&globals=${GLOBALS}`);
      await finished(page, story);
      const versions = await page.evaluate(() => {
        const recorded = window as unknown as Record<string, string[] | undefined>;
        return { 'lit-html': recorded.litHtmlVersions, 'lit-element': recorded.litElementVersions, '@lit/reactive-element': recorded.reactiveElementVersions };
      });
      for (const [name, copies] of Object.entries(versions)) expect(copies, name).toHaveLength(1);
    } finally {
      await page.close();
    }
  });

  it('has a control for every token each element documents, and a token set there reaches every widget of the story', async () => {
    const documented = (tag: string): string[] =>
      manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === tag)?.cssProperties?.map((property) => property.name) ?? [];
    const firsts = ELEMENTS.map((tag) => [tag, stories.find((story) => story.title.endsWith(`/${tag}`))!] as const);
    const pageStory = stories.find((story) => story.id === 'page-reference-page--page')!;
    for (const [tag, story] of [...firsts, ['every element', pageStory] as const]) {
      const page = await context.newPage();
      try {
        await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story&globals=${GLOBALS}&args=--news-accent:!hex(c00000);--news-radius:3px`);
        await finished(page, story);
        const seen = await page.evaluate((selector) => {
          const preview = (window as unknown as { __STORYBOOK_PREVIEW__: { currentRender: { story: { argTypes: Record<string, { control?: { type?: string } }> } } } }).__STORYBOOK_PREVIEW__;
          const argTypes = preview.currentRender.story.argTypes;
          return {
            controls: Object.fromEntries(Object.entries(argTypes).filter(([name]) => name.startsWith('--')).map(([name, type]) => [name, type.control?.type])),
            accents: [...document.querySelectorAll(selector)].map((widget) => `${widget.localName}: ${getComputedStyle(widget).getPropertyValue('--news-accent')}`),
          };
        }, WIDGETS);
        const wanted = tag === 'every element' ? [...new Set(firsts.flatMap(([each]) => documented(each)))] : documented(tag);
        expect(Object.keys(seen.controls).sort(), tag).toEqual(wanted.slice().sort());
        expect(seen.controls['--news-accent'], 'a colour picker for a colour').toBe('color');
        expect(seen.controls['--news-radius'], 'a text box for a length').toBe('text');
        expect(seen.accents.length, tag).toBeGreaterThan(0);
        for (const accent of seen.accents) expect(accent, tag).toMatch(/: #c00000$/);
      } finally {
        await page.close();
      }
    }
  });

  describe.each(ELEMENTS)('the Docs page of <%s>', (tag) => {
    it('outlines parts in its StyledParts example only, offers a choice of values for each attribute that takes a few, and lists no internal member', async () => {
      const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((each) => each.tagName === tag)!;
      const page = await context.newPage();
      try {
        await page.goto(`${origin}/iframe.html?id=widgets-${tag}--docs&viewMode=docs&globals=${GLOBALS}`);
        // The docs page shows every story of the element in the page itself: wait for the first one and
        // the StyledParts one to have drawn, and for the table of the first one's controls.
        await page.waitForFunction((tag) => {
          const drawn = (widget: Element | null | undefined) => !!widget?.shadowRoot?.querySelector('[part]');
          return drawn(document.querySelector(`.docs-story ${tag}`)) && drawn(document.querySelector(`.news-styled-parts ${tag}`)) && !!document.querySelector('.docblock-argstable tbody tr');
        }, tag);
        const outlined = await outlinedParts(page);
        expect(outlined.inStyledParts.length, 'the StyledParts example outlines its parts').toBeGreaterThan(0);
        expect(outlined.elsewhere, 'parts outlined outside the StyledParts example').toEqual([]);

        const rows = await page.evaluate(() =>
          [...document.querySelector('.docblock-argstable')!.querySelectorAll('tbody tr')].map((row) => ({
            name: row.querySelector('td')?.textContent?.trim() ?? '',
            choice: !!row.querySelector('input[type="radio"], select'),
          })),
        );
        const names = rows.map((row) => row.name);
        const enumerated = (declaration.attributes ?? []).filter((attribute) => /^'/.test(attribute.expandedType?.text ?? ''));
        expect(enumerated.length, 'attributes that take one of a few values').toBeGreaterThan(0);
        for (const attribute of enumerated) expect(rows.find((row) => row.name === attribute.name)?.choice, `a choice of values for ${attribute.name}`).toBe(true);
        expect(names).not.toContain('tagName');
        expect(names.filter((name) => name.startsWith('_')), 'private members').toEqual([]);
        for (const attribute of declaration.attributes ?? []) {
          if (attribute.fieldName && attribute.fieldName !== attribute.name) expect(names, `${attribute.fieldName}, set through ${attribute.name}`).not.toContain(attribute.fieldName);
        }
      } finally {
        await page.close();
      }
    });
  });

  describe.each(stories.map((story) => [story.id, story] as const))('%s', (_id, story) => {
    it('renders without errors, with every image loaded, with no accessibility violations, and without horizontal overflow at every viewport preset', async () => {
      const page = await context.newPage();
      try {
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story&globals=${GLOBALS}`);
        await finished(page, story);
        const shown = await page.evaluate(() => ({
          addonRunsItself: (window as PreviewWindow).__STORYBOOK_PREVIEW__?.storyStoreValue?.userGlobals.get().a11y?.manual !== true,
          // A story that threw, or whose play function did, gets Storybook's error display instead.
          storybookError: document.body.classList.contains('sb-show-errordisplay') ? `Storybook shows an error: ${document.querySelector('#error-message')?.textContent ?? ''}` : '',
        }));
        expect(shown.addonRunsItself, "the a11y addon's automatic run is off in this page").toBe(false);
        expect([...errors, shown.storybookError].filter(Boolean)).toEqual([]);
        await settled(page, story);
        expect(await brokenImages(page), 'images that did not load').toEqual([]);
        await page.addScriptTag({ content: axe });
        const violations = await page.evaluate(async () => {
          const result = await (window as unknown as { axe: { run(context: unknown): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe.run({ include: [['#storybook-root']] });
          return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
        });
        expect([...errors, ...violations]).toEqual([]);
        // Phone, tablet, desktop: neither the page nor any widget's content is wider than its box.
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          expect(await overflow(page), `at ${width} px`).toEqual([]);
        }
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  });
});
