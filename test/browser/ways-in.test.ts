import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { hostileArticles, hostileFeed } from '../fixtures/hostile.js';
import { waitFor } from '../support/wait.js';

/**
 * Every way data comes in gets the same checks, for every data element: an endpoint, inline JSON,
 * `.data`, and the normalized property (`.articles`, `.article`). The data carries unsafe links,
 * unparsable dates, values of the wrong type and huge strings; whatever the way in, the element shows
 * what can be shown, as text, with no unsafe URL, no invalid date and no uncaught error.
 */
type Way = 'endpoint' | 'inline JSON' | '.data' | 'property';
const WAYS: Way[] = ['endpoint', 'inline JSON', '.data', 'property'];
const TAGS = ['news-article', 'news-list', 'popular-news'] as const;
const UNSAFE_URL = /^\s*(javascript|data|vbscript):/i;
/** Titles are plain text in the normalized model and in JSON Feed: markup in one is shown as the characters it is. */
const FIRST_TITLE = '<img src=x onerror="window.__pwned=\'title\'">Harbour news';

function make(tag: (typeof TAGS)[number], way: Way): HTMLElement {
  const el = document.createElement(tag);
  if (tag !== 'news-article') el.setAttribute('thumbnails', '');
  if (way === 'endpoint') el.setAttribute('src', '/mock/hostile');
  if (way === '.data') (el as HTMLElement & { data: unknown }).data = hostileFeed();
  if (way === 'inline JSON') {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(hostileFeed()).replace(/</g, '\\u003c');
    el.append(script);
  }
  if (way === 'property') {
    if (tag === 'news-article') (el as HTMLElement & { article: unknown }).article = hostileArticles()[0];
    else (el as HTMLElement & { articles: unknown }).articles = hostileArticles();
  }
  return el;
}

/** Everything a reader could click or load in the element's shadow root. */
function urls(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('[href], [src], [srcset]')].flatMap((node) =>
    ['href', 'src', 'srcset'].map((name) => node.getAttribute(name)).filter((value): value is string => value !== null),
  );
}

async function settled(el: HTMLElement): Promise<ShadowRoot> {
  await waitFor(() => el.shadowRoot?.querySelector('.root')?.getAttribute('aria-busy') === 'false', 'the element never settled');
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return el.shadowRoot!;
}

describe('hostile data through every way in', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent): void => {
    errors.push(String('reason' in event ? event.reason : event.message));
  };
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  });
  beforeEach(() => {
    errors.length = 0;
    delete (window as { __pwned?: unknown }).__pwned;
  });

  for (const tag of TAGS) {
    for (const way of WAYS) {
      it(`<${tag}> via ${way}: shows the usable stories as text, with safe links and valid dates only`, async () => {
        const el = make(tag, way);
        const newsErrors: unknown[] = [];
        el.addEventListener('news-error', (event) => newsErrors.push((event as CustomEvent).detail));
        const container = await fixture<HTMLDivElement>(html`<div></div>`);
        container.append(el);
        const root = await settled(el);

        expect(newsErrors, 'no news-error').to.deep.equal([]);
        expect(root.querySelector('[part~="error"]'), 'no error state').to.equal(null);
        const titles = [...root.querySelectorAll('[part~="title"]')].map((node) => node.textContent ?? '');
        if (tag === 'news-article') {
          expect(titles).to.deep.equal([FIRST_TITLE]);
        } else {
          // The three records with a title; null, a string and a title-less record are dropped.
          expect(titles.length).to.equal(3);
          expect(titles.slice(0, 2)).to.deep.equal([FIRST_TITLE, '42']);
          expect(titles[2]!.length, 'a huge title is clipped').to.be.at.most(1000);
        }
        for (const url of urls(root)) expect(url, 'no unsafe URL reaches the DOM').to.not.match(UNSAFE_URL);
        for (const time of root.querySelectorAll('time')) {
          expect(Number.isNaN(Date.parse(time.getAttribute('datetime') ?? '')), `<time datetime="${time.getAttribute('datetime')}">`).to.equal(false);
          expect(time.textContent).to.not.contain('Invalid');
        }
        expect(root.querySelectorAll('script, [onerror], [onload], [onclick]').length, 'no element or handler came from the data').to.equal(0);
        expect(root.innerHTML).to.not.contain('[object Object]');
        expect((window as { __pwned?: unknown }).__pwned, 'no script ran').to.equal(undefined);
        expect(errors, 'no uncaught error').to.deep.equal([]);
      });
    }
  }

  it('<news-article> via .article: a huge article is drawn with its text clipped, and nothing fails', async () => {
    const el = await fixture<HTMLElement & { article: unknown }>(html`<news-article .article=${hostileArticles()[2]}></news-article>`);
    const root = await settled(el);
    expect(root.querySelector('[part~="title"]')!.textContent!.length).to.equal(1000);
    expect(root.querySelector('[part~="body"]')!.textContent!.length).to.be.greaterThan(100_000);
    expect(errors).to.deep.equal([]);
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
      expect(errors).to.deep.equal([]);
      expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
      expect(warnings).to.deep.equal(['news-widgets: the mapping attribute is not valid JSON: {not json']);
    } finally {
      console.warn = warn;
    }
  });
});
