import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { CommentFormElement } from '../../src/components/comment-form/comment-form.js';
import type { NewsArticle } from '../../src/data/model.js';
import { control, part } from '../support/comment-form.js';
import { waitFor } from '../support/wait.js';

const TAGS = ['news-article', 'news-list', 'popular-news', 'comment-list', 'comment-form'] as const;

function story(id: string, overrides: Partial<NewsArticle> = {}): NewsArticle {
  return {
    id,
    url: `https://news.example/${id}`,
    title: `Harbour wall repair approved after a long night at the council (${id})`,
    excerpt: 'What happened.',
    bodyHtml: '<p>The council met.</p>',
    published: '2026-11-01T09:00:00Z',
    author: { name: 'Mara Okafor-Lindqvist' },
    authors: [{ name: 'Mara Okafor-Lindqvist' }],
    categories: [{ name: 'Local politics' }],
    tags: [],
    metrics: {},
    commentCount: 12,
    readingTimeMinutes: 4,
    ...overrides,
  };
}

/** Waits until a widget has drawn what it was given. */
async function drawn(el: Element): Promise<void> {
  await (el as Element & { updateComplete: Promise<unknown> }).updateComplete;
}

/**
 * The boxes of a separated line's items, grouped into the lines they wrap onto. For each line, where its
 * first item starts and where that item's own text starts: a separator drawn before an item would sit
 * between the two.
 */
function lineStarts(line: HTMLElement): { lines: number; starts: { item: number; text: number; edge: number }[] } {
  const rtl = getComputedStyle(line).direction === 'rtl';
  const box = line.getBoundingClientRect();
  const edge = rtl ? box.right - parseFloat(getComputedStyle(line).paddingRight) : box.left + parseFloat(getComputedStyle(line).paddingLeft);
  const items = [...line.children] as HTMLElement[];
  const tops = [...new Set(items.map((item) => Math.round(item.getBoundingClientRect().top)))];
  const starts = tops.map((top) => {
    const first = items
      .filter((item) => Math.round(item.getBoundingClientRect().top) === top)
      .sort((a, b) => (rtl ? b.getBoundingClientRect().right - a.getBoundingClientRect().right : a.getBoundingClientRect().left - b.getBoundingClientRect().left))[0]!;
    // The text's boxes on the item's first line, in the order they are drawn: an English "12 comments" in a
    // right-to-left line is drawn "comments 12" (the number's run goes rightmost), so the text's start edge is
    // the outermost of its boxes, not the first in the DOM.
    const range = document.createRange();
    range.selectNodeContents(first);
    const boxes = [...range.getClientRects()].filter((rect) => rect.width > 0);
    const firstLine = boxes.filter((rect) => Math.round(rect.top) === Math.round(boxes[0]!.top));
    return rtl
      ? { item: first.getBoundingClientRect().right, text: Math.max(...firstLine.map((rect) => rect.right)), edge }
      : { item: first.getBoundingClientRect().left, text: Math.min(...firstLine.map((rect) => rect.left)), edge };
  });
  return { lines: tops.length, starts };
}

/** Expects every line of `line` to begin with an item's own text at the line's start edge, and a dot between items. */
function expectNoLineStartsWithSeparator(line: HTMLElement, what: string): void {
  const { lines, starts } = lineStarts(line);
  expect(lines, `${what} wraps in a narrow widget`).to.be.greaterThan(1);
  for (const { item, text, edge } of starts) {
    expect(Math.abs(item - edge), `${what}: each line's first item sits at the line start`).to.be.lessThan(1);
    expect(Math.abs(text - item), `${what}: nothing is drawn before the first item's text ("·" at a line start)`).to.be.lessThan(1);
  }
  // The separators are still there, between items.
  const items = [...line.children] as HTMLElement[];
  const separators = items.filter((item) => /·/.test(getComputedStyle(item, '::after').content) || /·/.test(getComputedStyle(item, '::before').content));
  expect(separators.length, `${what}: one separator between each two items`).to.equal(items.length - 1);
}

describe('layout: separators on wrapped meta lines', () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    it(`no wrapped line of a story's meta starts with "·" (${dir})`, async () => {
      const el = await fixture<HTMLElement>(html`<div dir=${dir} style="width: 11rem"><news-list .articles=${[story('a'), story('b')]}></news-list></div>`);
      const list = el.querySelector('news-list')!;
      await waitFor(() => list.shadowRoot?.querySelector('[part~="meta"]'), 'the list never drew its stories');
      await drawn(list);
      for (const meta of list.shadowRoot!.querySelectorAll<HTMLElement>('[part~="meta"]')) expectNoLineStartsWithSeparator(meta, 'the meta line');
    });
  }

  it('no wrapped line of <popular-news> starts with "·"', async () => {
    const el = await fixture<HTMLElement>(html`<popular-news style="width: 12rem" .articles=${[story('a'), story('b')]}></popular-news>`);
    await waitFor(() => el.shadowRoot?.querySelector('[part~="meta"]'), 'the box never drew its stories');
    for (const meta of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="meta"]')) expectNoLineStartsWithSeparator(meta, 'the meta line');
  });

  it('no wrapped line of the article byline starts with "·"', async () => {
    const el = await fixture<HTMLElement>(html`<news-article style="width: 12rem" no-json-ld .article=${story('a')}></news-article>`);
    await waitFor(() => el.shadowRoot?.querySelector('[part~="byline"]'), 'the article never drew its byline');
    expectNoLineStartsWithSeparator(el.shadowRoot!.querySelector<HTMLElement>('[part~="byline"]')!, 'the byline');
  });
});

/** A colour as OKLab coordinates, converted by the browser (relative colour syntax). */
function oklab(colour: string): [number, number, number] {
  const probe = document.createElement('span');
  probe.style.color = `oklab(from ${colour} l a b)`;
  document.body.append(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  const numbers = computed.match(/-?[\d.]+(e-?\d+)?/g)!.map(Number);
  return [numbers[0]!, numbers[1]!, numbers[2]!];
}

/** How far apart two colours look: the distance in OKLab (0.02 is about the least anyone notices). */
function difference(one: string, other: string): number {
  const [a, b] = [oklab(one), oklab(other)];
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

describe('layout: a focused text box does not look like an invalid one', () => {
  // The demo's red accent, as many news sites have, and the default; a light and a dark surface.
  for (const [label, style, theme] of [
    ['a red accent', '--news-accent: #b3261e', 'light'],
    ['a red accent, dark theme', '--news-accent: #f2b8b5', 'dark'],
    ['the default accent', '', 'light'],
  ] as const) {
    it(`the comment box's focus ring is far from the error colour (${label})`, async () => {
      const el = await fixture<CommentFormElement>(html`<comment-form style=${style} theme=${theme} action="/nowhere" post-id="1"></comment-form>`);
      // Sent empty: the comment, name and email are marked invalid; the website (optional) is not.
      (part(el, 'submit') as HTMLButtonElement).click();
      await waitFor(() => control(el, 'comment').getAttribute('aria-invalid') === 'true', 'the empty comment was never marked invalid');
      const invalid = control(el, 'comment');
      const error = getComputedStyle(invalid).borderInlineStartColor;
      const valid = control(el, 'url');
      valid.focus();
      expect(valid.matches(':focus-visible'), 'a text box shows its focus ring').to.equal(true);
      const { outlineStyle, outlineColor: ring } = getComputedStyle(valid);
      expect(outlineStyle).to.equal('solid');
      expect(difference(ring, error), `focus ring ${ring} against error ${error}`).to.be.greaterThan(0.2);
      // An invalid box with the focus keeps its error border and gets the same ring as any other.
      invalid.focus();
      const focusedInvalid = getComputedStyle(invalid);
      expect([focusedInvalid.outlineStyle, focusedInvalid.outlineColor, focusedInvalid.borderInlineStartColor]).to.deep.equal(['solid', ring, error]);
    });
  }

  it('takes its colour from --news-field-focus', async () => {
    const el = await fixture<CommentFormElement>(html`<comment-form style="--news-field-focus: rgb(0, 90, 200)" action="/nowhere" post-id="1"></comment-form>`);
    const box = control(el, 'comment');
    box.focus();
    expect(getComputedStyle(box).outlineColor).to.equal('rgb(0, 90, 200)');
  });
});

describe('layout: space after a widget (--news-block-gap)', () => {
  const gapBelow = (widget: Element): number => widget.nextElementSibling!.getBoundingClientRect().top - widget.getBoundingClientRect().bottom;

  it('every widget leaves 1.5rem before what follows it, even a heading with no margin of its own', async () => {
    const root = await fixture<HTMLElement>(
      html`<div style="font-size: 16px">
        ${TAGS.map((tag) => {
          const widget = document.createElement(tag);
          if (tag === 'comment-form') widget.setAttribute('action', '/nowhere');
          if (tag === 'news-list' || tag === 'popular-news') (widget as unknown as { articles: NewsArticle[] }).articles = [story('a')];
          if (tag === 'news-article') (widget as unknown as { article: NewsArticle }).article = story('a');
          if (tag === 'comment-list') (widget as unknown as { comments: unknown[] }).comments = [];
          return html`${widget}<h2 style="margin: 0">After ${tag}</h2>`;
        })}
      </div>`,
    );
    for (const tag of TAGS) {
      const widget = root.querySelector(tag)!;
      await drawn(widget);
      expect(gapBelow(widget), `<${tag}>`).to.be.closeTo(24, 0.5);
    }
  });

  it('the page sets the space, on an ancestor or on the widget, 0 included', async () => {
    const root = await fixture<HTMLElement>(
      html`<div style="font-size: 16px; --news-block-gap: 3rem">
        <comment-form action="/nowhere"></comment-form><h2 style="margin: 0">Next</h2>
        <comment-form action="/nowhere" style="--news-block-gap: 0"></comment-form><h2 style="margin: 0">Next</h2>
      </div>`,
    );
    const [wide, none] = [...root.querySelectorAll('comment-form')];
    await drawn(wide!);
    await drawn(none!);
    expect(gapBelow(wide!)).to.be.closeTo(48, 0.5);
    expect(gapBelow(none!)).to.be.closeTo(0, 0.5);
  });
});
