import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { hostileArticles } from '../fixtures/hostile.js';
import { pageErrors, settled } from '../support/harness.js';
import { waitFor } from '../support/wait.js';

/**
 * Hostile data that the contract suite's "every way in" matrix (contract.test.ts) does not cover: a huge
 * article drawn whole, and hostile attributes on every element. Whatever comes in, the element shows what can
 * be shown, as text, with no unsafe URL and no uncaught error.
 */
const UNSAFE_URL = /^\s*(javascript|data|vbscript):/i;

/** Everything a reader could click or load in the element's shadow root. */
function urls(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('[href], [src], [srcset]')].flatMap((node) =>
    ['href', 'src', 'srcset'].map((name) => node.getAttribute(name)).filter((value): value is string => value !== null),
  );
}

describe('hostile data beyond the ways in', () => {
  let page: ReturnType<typeof pageErrors>;
  beforeEach(() => {
    page = pageErrors();
    delete (window as { __pwned?: unknown }).__pwned;
  });
  afterEach(() => page.stop());

  it('<news-article> via .article: a huge article is drawn with its text clipped, and nothing fails', async () => {
    const el = await fixture<HTMLElement & { article: unknown }>(html`<news-article .article=${hostileArticles()[2]}></news-article>`);
    const root = await settled(el);
    expect(root.querySelector('[part~="title"]')!.textContent!.length).to.equal(1000);
    expect(root.querySelector('[part~="body"]')!.textContent!.length).to.be.greaterThan(100_000);
    expect(page.errors, 'no uncaught error').to.deep.equal([]);
  });

  it('hostile attributes are refused or read as their defaults, never as links or errors', async () => {
    // The one warning these attributes call for, checked here rather than left in the run's output.
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      const container = await fixture<HTMLDivElement>(html`<div>
        <news-article
          src="javascript:window.__pwned=1"
          home-url="javascript:window.__pwned=2"
          heading-level="99"
          ad-after="-7"
          theme="purple"
          lang="not a language!"
          mapping="{not json"
        ></news-article>
        <news-list .articles=${hostileArticles()} limit="-5" heading-level="NaN" excerpt-length="Infinity" layout="&lt;b&gt;" load-more="sideways" article-target="&lt;img src=x&gt;" theme="purple" lang="%%"></news-list>
        <popular-news .articles=${hostileArticles()} sort-by="__proto__" sort-order="sideways" limit="NaN"></popular-news>
        <comment-form action="javascript:window.__pwned=3" post-id="abc" parent-id="-1" fields="&lt;img&gt; comment" optional="everything" min-submit-ms="NaN" heading-level="0"></comment-form>
      </div>`);
      const widgets = [...container.children] as HTMLElement[];
      for (const el of widgets) await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const [article, list, popular, form] = widgets.map((el) => el.shadowRoot!);
      // A javascript: src is requested as a URL and fails like any unreachable endpoint.
      await waitFor(() => article!.querySelector('[part~="error"], [part~="empty"]'), 'the article shows a state');
      await waitFor(() => list!.querySelectorAll('[part~="item"]').length === 3 && popular!.querySelectorAll('[part~="item"]').length === 3, 'the lists show what is usable');
      for (const root of [article, list, popular, form]) {
        for (const url of urls(root!)) expect(url).to.not.match(UNSAFE_URL);
      }
      expect(form!.querySelector('textarea'), 'the comment box always shows').to.not.equal(null);
      expect(page.errors, 'no uncaught error').to.deep.equal([]);
      expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
      expect(warnings).to.deep.equal(['news-widgets: the mapping attribute is not valid JSON: {not json']);
    } finally {
      console.warn = warn;
    }
  });
});
