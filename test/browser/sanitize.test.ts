import { expect } from '@open-wc/testing';
import { getSanitizer, hasNativeSanitizer, quietMarkup, type EmbedSource, type Sanitize, type SanitizerEngine } from '../../src/data/sanitize.js';
import { imagesSettled, renderedFrame, waitFor } from '../support/wait.js';

const HOSTILE = [
  '<script>window.__pwned = "script"</script>',
  '<img src="x" onerror="window.__pwned = \'onerror\'">',
  '<a href="javascript:window.__pwned=\'href\'">link</a>',
  '<a href="JaVaScRiPt:alert(1)">mixed case</a>',
  '<a href="java&#x09;script:alert(1)">tab inside</a>',
  '<a href="&#106;avascript:alert(1)">entity</a>',
  '<a href="  javascript:alert(1)">leading space</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
  '<a href="vbscript:msgbox(1)">vb</a>',
  '<svg><script>alert(1)</script></svg>',
  '<svg onload="alert(1)"><circle r="4"></circle></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text y="10">svg link</text></a></svg>',
  '<svg><animate attributeName="href" values="javascript:alert(1)"></animate></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<math><a xlink:href="javascript:alert(1)">math link</a></math>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><input name="q"><button>Go</button></form>',
  '<button formaction="javascript:alert(1)">press</button>',
  '<input onfocus="alert(1)" autofocus>',
  '<details open ontoggle="alert(1)"><summary>s</summary></details>',
  '<body onload="alert(1)"><p>body</p></body>',
  '<div onclick="alert(1)" onmouseover="alert(1)">handlers</div>',
  '<style>* { display: none !important }</style><p>styled away</p>',
  '<p style="position:fixed;inset:0;background:red">overlay</p>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>',
  '<img srcset="javascript:alert(1) 1x, https://cdn.example/ok.png 2x" alt="set">',
  '<video poster="javascript:alert(1)" src="javascript:alert(1)"></video>',
  '<template><script>alert(1)</script></template>',
  '<!--<img src=x onerror=alert(1)>--><p>after comment</p>',
  '<img src="x`<script>alert(1)</script>"` onerror=alert(1)>',
  '<a href="https://elsewhere.example/" target="_self">external</a>',
];

const URL_ATTRS = ['href', 'src', 'xlink:href', 'poster', 'action', 'formaction', 'background', 'data'];
const FORBIDDEN = 'script, iframe, object, embed, form, input, button, style, base, meta, link, template, frame';

const engines: SanitizerEngine[] = hasNativeSanitizer() ? ['native', 'dompurify'] : ['dompurify'];

function attach(fragment: DocumentFragment): HTMLElement {
  const host = document.createElement('div');
  host.append(fragment);
  document.body.append(host);
  return host;
}

for (const engine of engines) {
  describe(`sanitizer (${engine})`, () => {
    let pwned: string[];
    const originalAlert = window.alert;
    beforeEach(() => {
      pwned = [];
      window.alert = (message?: unknown) => pwned.push(String(message));
      delete (window as { __pwned?: unknown }).__pwned;
    });
    afterEach(() => {
      window.alert = originalAlert;
      document.body.replaceChildren();
    });

    it('is the engine it says', () => {
      expect(hasNativeSanitizer()).to.equal(true, 'Chromium in these tests has the HTML Sanitizer API');
    });

    for (const [index, html] of HOSTILE.entries()) {
      it(`neutralizes hostile input #${index + 1}: ${html.slice(0, 60)}`, async () => {
        const sanitize = await getSanitizer(engine);
        const host = attach(sanitize(html, { base: 'https://news.example/wp-json/wp/v2/posts' }));
        host.querySelector<HTMLElement>('[onclick], [onmouseover], details summary')?.click();
        // What could still run comes from the browser: an image's error, autofocus, a toggle.
        await imagesSettled(host);
        expect(pwned, 'no alert ran').to.deep.equal([]);
        expect((window as { __pwned?: unknown }).__pwned, 'no script ran').to.equal(undefined);
        expect(host.querySelectorAll(FORBIDDEN).length, `forbidden elements left: ${host.innerHTML}`).to.equal(0);
        for (const element of host.querySelectorAll('*')) {
          for (const attr of element.getAttributeNames()) {
            expect(attr.startsWith('on'), `event handler ${attr} left`).to.equal(false);
            expect(attr, 'inline style left').to.not.equal('style');
            if (URL_ATTRS.includes(attr)) {
              expect(element.getAttribute(attr) ?? '', `${attr} kept`).to.match(/^(https?:|mailto:|[^:]*$)/i);
            }
          }
          const srcset = element.getAttribute('srcset');
          if (srcset) expect(srcset).to.not.match(/javascript:/i);
        }
      });
    }

    it('keeps the structure of a real article', async () => {
      const sanitize = await getSanitizer(engine);
      const host = attach(
        sanitize(
          '<h2>Section</h2><p>Text with <a href="/local">a local link</a> and <em>emphasis</em>.</p>' +
            '<ul><li>one</li><li>two</li></ul><blockquote><p>Quoted</p></blockquote>' +
            '<figure><img src="/media/a.jpg" srcset="/media/a-300.jpg 300w, /media/a-1024.jpg 1024w" alt="A ferry" width="1024" height="683"><figcaption>Caption</figcaption></figure>' +
            '<p><a href="mailto:desk@news.example">Write to us</a></p>',
          { base: 'https://news.example/wp-json/wp/v2/posts' },
        ),
      );
      expect(host.querySelector('h2')?.textContent).to.equal('Section');
      expect(host.querySelectorAll('li').length).to.equal(2);
      expect(host.querySelector('blockquote')).to.not.equal(null);
      expect(host.querySelector('figcaption')?.textContent).to.equal('Caption');
      const img = host.querySelector('img')!;
      expect(img.getAttribute('src')).to.equal('https://news.example/media/a.jpg');
      expect(img.getAttribute('srcset')).to.equal('https://news.example/media/a-300.jpg 300w, https://news.example/media/a-1024.jpg 1024w');
      expect(img.getAttribute('alt')).to.equal('A ferry');
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(host.querySelector('a')?.getAttribute('href')).to.equal('https://news.example/local');
      expect(host.querySelector('a[href^="mailto:"]')).to.not.equal(null);
    });

    it('marks links to other sites noopener noreferrer and gives only them the chosen target', async () => {
      const sanitize = await getSanitizer(engine);
      const host = attach(
        sanitize('<a href="https://elsewhere.example/story">out</a><a href="/home" target="_blank">in</a>', {
          base: 'https://news.example/',
          linkTarget: '_blank',
        }),
      );
      const [outbound, inbound] = host.querySelectorAll('a');
      expect(outbound!.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(outbound!.getAttribute('target')).to.equal('_blank');
      expect(inbound!.hasAttribute('target'), "the source's own target is dropped").to.equal(false);
    });
  });
}

interface Corpus {
  hostile: Array<{ id: string; class: string; html: string }>;
  benign: Array<{ id: string; html: string; keeps: string[]; text: string }>;
  /** Frames replaced by a link: the one `a.embed-link` expected (`link: null` for none), its text, what else must (not) be there. */
  embeds: Array<{ id: string; html: string; link: string | null; label?: string; keeps?: string[]; gone?: string }>;
}

/** Hostile vectors (html5sec's and DOMPurify's classes of attack) and WordPress-like bodies. */
const corpus = (await (await fetch(new URL('../fixtures/xss-vectors.json', import.meta.url))).json()) as Corpus;

const BASE = 'https://news.example/wp-json/wp/v2/posts';
const NEVER_KEPT =
  'script, style, iframe, frame, frameset, object, embed, applet, param, form, input, button, select, option, textarea, ' +
  'label, output, link, meta, base, template, noscript, xmp, noembed, noframes, plaintext, title, portal, dialog, slot, isindex, marquee';
const SVG_NEVER_KEPT = ['a', 'use', 'image', 'animate', 'set', 'foreignObject', 'desc', 'title', 'script', 'style', 'text'];

/** What a sanitized fragment looks like in the page, as markup. No normalization is needed: see below. */
function serialized(fragment: DocumentFragment): string {
  const container = document.createElement('div');
  container.append(fragment);
  return container.innerHTML;
}

/** Whether an element carries a shadow root, open or closed (a closed one refuses a second root). */
function hasShadowRoot(element: Element): boolean {
  if (element.shadowRoot) return true;
  if (element.namespaceURI !== 'http://www.w3.org/1999/xhtml' || !/^(div|span|p|section|article|aside|header|footer|blockquote|h[1-6])$/.test(element.localName)) return false;
  try {
    element.attachShadow({ mode: 'open' });
    return false;
  } catch {
    return true;
  }
}

function expectClean(host: HTMLElement, id: string): void {
  const markup = host.innerHTML;
  expect(host.querySelectorAll(NEVER_KEPT).length, `${id}: element kept in ${markup}`).to.equal(0);
  expect(markup, `${id}: markup`).to.not.match(/<(script|iframe|style|object|embed|form|meta|base|link|template|math|foreignobject)\b/i);
  expect(markup, `${id}: markup`).to.not.match(/javascript:|vbscript:/i);
  // Inside tags only: a "<" in text is written "&lt;", so "<" and a letter always open a tag.
  expect(markup, `${id}: markup`).to.not.match(/<[a-z][^>]*\s(?:on[a-z-]*|style)=/i);
  for (const element of host.querySelectorAll('*')) {
    expect(['http://www.w3.org/1999/xhtml', 'http://www.w3.org/2000/svg'], `${id}: namespace of <${element.localName}>`).to.include(element.namespaceURI);
    if (element.namespaceURI === 'http://www.w3.org/2000/svg') expect(SVG_NEVER_KEPT, `${id}: svg <${element.localName}>`).to.not.include(element.localName);
    expect(hasShadowRoot(element), `${id}: shadow root on <${element.localName}>`).to.equal(false);
    for (const attr of element.attributes) {
      const what = `${id}: ${attr.name}="${attr.value}" on <${element.localName}>`;
      expect(attr.namespaceURI, what).to.equal(null);
      expect(/^on/i.test(attr.localName), what).to.equal(false);
      expect(['style', 'srcdoc', 'formaction', 'action', 'ping', 'is', 'name', 'autoplay', 'download'], what).to.not.include(attr.localName);
      expect(attr.localName.startsWith('data-'), what).to.equal(false);
      // eslint-disable-next-line no-control-regex -- white space and control characters a URL reader may skip
      const compact = attr.value.replace(/[\u0000-\u0020\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000]/g, '');
      expect(compact, what).to.not.match(/(javascript|vbscript|data):/i);
      // Absolute once resolved against the base, except a link to a place within the article (a footnote).
      if (['href', 'src', 'poster', 'cite'].includes(attr.localName)) expect(attr.value, what).to.match(attr.localName === 'href' ? /^(https?:|mailto:|#[\w:.-]+$)/ : /^(https?:|mailto:)/);
    }
  }
}

// The server sanitizer (news-widgets/ssr) runs on the same corpus in test/e2e/sanitizer-server.test.ts, compared with both engines here.
describe('the two engines on one corpus', () => {
  let engines: Record<SanitizerEngine, Sanitize>;
  let ran: string[];
  const hostile = corpus.hostile;
  const upgraded: string[] = [];

  before(async () => {
    engines = { native: await getSanitizer('native'), dompurify: await getSanitizer('dompurify') };
    // Customized built-ins of the names the corpus uses: they must never be instantiated from an article.
    customElements.define('x-hostile-paragraph', class extends HTMLParagraphElement { constructor() { super(); upgraded.push('p'); } }, { extends: 'p' });
    customElements.define('x-hostile-button', class extends HTMLButtonElement { constructor() { super(); upgraded.push('button'); } }, { extends: 'button' });
  });
  beforeEach(() => {
    ran = [];
    (window as unknown as { __xss(tag?: unknown): void }).__xss = (tag?: unknown) => ran.push(String(tag));
  });
  afterEach(() => document.body.replaceChildren());

  it('has a corpus of the size it claims', () => {
    expect(hostile.length).to.be.at.least(60);
    expect(corpus.benign.length).to.be.at.least(15);
  });

  for (const vector of [...hostile, ...corpus.benign, ...corpus.embeds]) {
    it(`gives the same output for ${vector.id}`, async () => {
      // Exact comparison. Both engines get the same renamed markup and the same parse (a <div> in an inert
      // document), and neither reorders attributes, so no engine noise is left to normalize.
      const outputs = (['native', 'dompurify'] as const).map((engine) => serialized(engines[engine](vector.html, { base: BASE })));
      expect(outputs[1], `DOMPurify vs native for ${vector.html}`).to.equal(outputs[0]);
    });
  }

  for (const vector of hostile) {
    it(`neutralizes ${vector.class} vector ${vector.id}`, async () => {
      for (const engine of ['native', 'dompurify'] as const) {
        const host = attach(engines[engine](vector.html, { base: BASE }));
        for (const element of host.querySelectorAll<HTMLElement | SVGElement>('*')) {
          for (const type of ['click', 'mouseover', 'focus', 'toggle', 'load', 'error', 'begin']) element.dispatchEvent(new Event(type));
        }
        // The dispatched events ran their handlers already; the browser's own (image errors, autofocus) come later.
        await imagesSettled(host);
        expectClean(host, `${engine} ${vector.id}`);
        expect(ran, `${engine} ${vector.id}: script ran`).to.deep.equal([]);
        expect(upgraded, `${engine} ${vector.id}: customized built-in created`).to.deep.equal([]);
        host.remove();
      }
    });
  }

  for (const vector of corpus.embeds) {
    it(`replaces the frame ${vector.id} ${vector.link ? 'with a link to its source' : 'with no link'}`, async () => {
      for (const engine of ['native', 'dompurify'] as const) {
        const host = attach(engines[engine](vector.html, { base: BASE, linkTarget: '_blank' }));
        for (const element of host.querySelectorAll<HTMLElement | SVGElement>('*')) {
          for (const type of ['click', 'mouseover', 'focus', 'load', 'error']) element.dispatchEvent(new Event(type));
        }
        // The dispatched events ran their handlers already; nothing here loads (no image or frame is left), so a turn of the event loop is all that could follow.
        await new Promise((resolve) => setTimeout(resolve, 0));
        const what = `${engine} ${vector.id}: ${host.innerHTML}`;
        expectClean(host, `${engine} ${vector.id}`);
        expect(host.querySelector('img, iframe'), what).to.equal(null);
        expect(ran, `${what}: script ran`).to.deep.equal([]);
        const links = host.querySelectorAll('a.embed-link');
        expect(links.length, what).to.equal(vector.link ? 1 : 0);
        if (vector.link) {
          const link = links[0]!;
          expect(link.getAttribute('href'), what).to.equal(vector.link);
          expect(link.textContent, what).to.equal(vector.label);
          expect(link.children.length, `${what}: the link holds only text`).to.equal(0);
          const external = new URL(vector.link).origin !== new URL(BASE).origin;
          expect(link.getAttribute('rel'), what).to.equal(external ? 'noopener noreferrer' : null);
          expect(link.getAttribute('target'), what).to.equal(external ? '_blank' : null);
        }
        for (const selector of vector.keeps ?? []) expect(host.querySelector(selector), `${what}: ${selector}`).to.not.equal(null);
        if (vector.gone) expect(host.textContent, what).to.not.include(vector.gone);
        host.remove();
      }
    });
  }

  it('labels the links with the texts it is given, the same in both engines', () => {
    const html =
      '<iframe src="https://www.youtube.com/embed/abc123"></iframe><iframe src="https://player.vimeo.com/video/42"></iframe>' +
      '<iframe src="https://www.widgets.example/card"></iframe>';
    const labels: string[] = [];
    const embedLabel = (embed: EmbedSource): string => {
      labels.push(`${embed.provider ?? '-'} ${embed.host} ${embed.url}`);
      return embed.provider === 'youtube' ? 'Regarder sur YouTube' : embed.provider === 'vimeo' ? 'Regarder sur Vimeo' : `Voir le contenu intégré sur ${embed.host} <b>&</b>`;
    };
    const outputs = (['native', 'dompurify'] as const).map((engine) => serialized(engines[engine](html, { base: BASE, embedLabel })));
    expect(outputs[1]).to.equal(outputs[0]);
    const host = document.createElement('div');
    host.innerHTML = outputs[0]!;
    expect([...host.querySelectorAll('a.embed-link')].map((a) => a.textContent)).to.deep.equal([
      'Regarder sur YouTube',
      'Regarder sur Vimeo',
      'Voir le contenu intégré sur widgets.example <b>&</b>',
    ]);
    expect(host.querySelector('b'), 'a label is text, never markup').to.equal(null);
    expect(labels.slice(0, 3)).to.deep.equal([
      'youtube youtube.com https://www.youtube.com/watch?v=abc123',
      'vimeo vimeo.com https://vimeo.com/42',
      '- widgets.example https://www.widgets.example/card',
    ]);
  });

  it('leaves a social post its own text and link when its script goes', () => {
    const tweet = corpus.benign.find((vector) => vector.id === 'wp/embed-tweet')!;
    for (const engine of ['native', 'dompurify'] as const) {
      const host = attach(engines[engine](tweet.html, { base: BASE }));
      expect(host.querySelector('script, iframe'), engine).to.equal(null);
      expect(host.querySelector('a.embed-link'), `${engine}: no second link when the post links itself`).to.equal(null);
      const links = [...host.querySelectorAll('blockquote.twitter-tweet a')].map((a) => a.getAttribute('href'));
      expect(links, engine).to.deep.equal(['https://t.co/aBcDeF', 'https://twitter.com/kelsbycourier/status/1765000000000000000?ref_src=twsrc%5Etfw']);
      expect(host.textContent?.replace(/\s+/g, ' '), engine).to.include('The Marram is in service from Monday.').and.include('Kelsby Courier (@kelsbycourier)');
      host.remove();
    }
  });

  for (const vector of corpus.benign) {
    it(`keeps the article ${vector.id}`, () => {
      for (const engine of ['native', 'dompurify'] as const) {
        const host = attach(engines[engine](vector.html, { base: BASE }));
        expectClean(host, `${engine} ${vector.id}`);
        for (const selector of vector.keeps) expect(host.querySelector(selector), `${engine} ${vector.id}: ${selector} in ${host.innerHTML}`).to.not.equal(null);
        expect(host.textContent?.replace(/\s+/g, ' '), `${engine} ${vector.id}`).to.include(vector.text);
        host.remove();
      }
    });
  }
});

describe('quietMarkup', () => {
  const cases: Array<[string, string, string]> = [
    ['style and handlers', '<p style="text-align:center" onclick="x()">a</p>', '<p x-style="text-align:center" x-onclick="x()">a</p>'],
    ['any case, unquoted, no value', '<IMG SRC=a.png STYLE=color:red OnError=x()><input onfocus>', '<IMG SRC=a.png x-STYLE=color:red x-OnError=x()><input x-onfocus>'],
    ['glued and slashed attributes', '<a href="/"onclick="x()"/style="y">a</a>', '<a href="/"x-onclick="x()"/x-style="y">a</a>'],
    ['is', '<p is="x-p" class="c">a</p>', '<p x-is="x-p" class="c">a</p>'],
    ['names that only look alike', '<p data-style="a" nonce="b" xstyle="c" =style="d" styles="e">a</p>', '<p data-style="a" nonce="b" xstyle="c" =style="d" styles="e">a</p>'],
    ['text and attribute values', '<p title="a style=b onclick=c">style="x" onclick=y &lt;p style=z&gt;</p>', '<p title="a style=b onclick=c">style="x" onclick=y &lt;p style=z&gt;</p>'],
    ['comments, including abrupt ones', '<!-- <p style="a"> --><!--><p style="b"><!-- x --!><p style="c">', '<!-- <p style="a"> --><!--><p x-style="b"><!-- x --!><p x-style="c">'],
    ['raw text, and what follows it', '<style>p[style="x"] {}</style><script>"<p style=1>"</script><p style="after">', '<style>p[style="x"] {}</style><script>"<p style=1>"</script><p x-style="after">'],
    ['no raw text inside SVG', '<svg><style><rect style="a"/></style></svg><title><p style="b"></title>', '<svg><style><rect x-style="a"/></style></svg><title><p style="b"></title>'],
    ['HTML rules again in foreignObject', '<svg><foreignObject><style><p style="a"></style></foreignObject></svg>', '<svg><foreignObject><style><p style="a"></style></foreignObject></svg>'],
    ['a breakout tag leaves SVG', '<svg><p><style><b style="a"></style>', '<svg><p><style><b style="a"></style>'],
    ['CDATA only in SVG', '<svg><![CDATA[ <p style="a"> ]]></svg><![CDATA[ > <p style="b"> ]]>', '<svg><![CDATA[ <p style="a"> ]]></svg><![CDATA[ > <p x-style="b"> ]]>'],
    ['end tags, bogus comments, doctype', '</p style="a"><?x <p style="b">?><!doctype html><p style="c">', '</p x-style="a"><?x <p style="b">?><!doctype html><p x-style="c">'],
    ['a tag cut off at the end', '<p style="a', '<p x-style="a'],
  ];
  for (const [what, input, output] of cases) {
    it(`renames the right attributes: ${what}`, () => expect(quietMarkup(input)).to.equal(output));
  }
  it('returns markup with nothing to rename as it is', () => {
    const html = '<p class="a">Hello <b>world</b></p>';
    expect(quietMarkup(html)).to.equal(html);
  });
  it('offers each frame in HTML content, with its attributes, and replaces it whole', () => {
    const seen: Array<Record<string, string>> = [];
    const html =
      '<p style="a">x</p><iframe SRC="https://a.example/?x=1&amp;y=2" style="b" src="second" allowfullscreen onload=\'z()\'>raw <b style="c"></iframe ><p onclick="d">y</p>' +
      '<iframe src="/kept"></iframe><svg><iframe src="/foreign"></iframe></svg><textarea><iframe src="/raw"></iframe></textarea><!-- <iframe src="/comment"> -->';
    const out = quietMarkup(html, (attributes) => {
      seen.push(Object.fromEntries(attributes));
      return attributes.get('src') === '/kept' ? undefined : '<a href="#">link</a>';
    });
    expect(seen).to.deep.equal([{ src: 'https://a.example/?x=1&y=2', style: 'b', allowfullscreen: '', onload: 'z()' }, { src: '/kept' }]);
    expect(out).to.equal(
      '<p x-style="a">x</p><a href="#">link</a><p x-onclick="d">y</p>' +
        '<iframe src="/kept"></iframe><svg><iframe src="/foreign"></iframe></svg><textarea><iframe src="/raw"></iframe></textarea><!-- <iframe src="/comment"> -->',
    );
  });
  it('replaces an unclosed frame up to the end of the input, as the parser reads it', () => {
    expect(quietMarkup('<p>a</p><iframe src="/x"><p style="b">c', () => '<a>link</a>')).to.equal('<p>a</p><a>link</a>');
  });
});

describe('inert until inserted', () => {
  const hits = async (key: string): Promise<number> => ((await (await fetch(`/mock/hits?key=${key}`)).json()) as { hits: number }).hits;
  for (const engine of engines) {
    it(`requests no image, poster or media of a ${engine} fragment before it is inserted`, async () => {
      const sanitize = await getSanitizer(engine);
      const key = `inert-${engine}-${Date.now()}`;
      const markup = (prefix: string): string => {
        const url = (what: string): string => `/mock/feed?key=${prefix}-${what}`;
        return (
          `<p>Text</p><img src="${url('img')}" alt="a" width="20" height="20"><picture><source srcset="${url('source')} 1x"><img src="${url('picture')}" alt="b"></picture>` +
          `<video controls poster="${url('poster')}" src="${url('video')}"></video><audio controls src="${url('audio')}"></audio>`
        );
      };
      const fragment = sanitize(markup(key));
      const copy = fragment.cloneNode(true) as DocumentFragment;
      // A control: the same markup sanitized after it, and inserted. Once its image request has reached
      // the server, any request the fragment or its copy made when they were created, earlier, has too.
      attach(sanitize(markup(`${key}-control`)));
      await waitFor(async () => (await hits(`${key}-control-img`)) > 0, 'the inserted control never requested its image');
      for (const what of ['img', 'source', 'picture', 'poster', 'video', 'audio']) expect(await hits(`${key}-${what}`), `${what} requested`).to.equal(0);
      attach(copy);
      // The same fragment does load once it is in the page: the probe works.
      await waitFor(async () => (await hits(`${key}-img`)) > 0, 'the inserted copy never requested its image');
      expect(await hits(`${key}-img`), 'img requested once inserted').to.equal(1);
      document.body.replaceChildren();
    });
  }
});

describe('ids in content', () => {
  for (const engine of engines) {
    it(`prefixes ids and what points at them, so content never takes the widget's own ids (${engine})`, async () => {
      const sanitize = await getSanitizer(engine);
      // A widget's shadow root with its own ids, as <comment-list> draws comment 2 and comment 5.
      const host = document.createElement('div');
      document.body.append(host);
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = '<article id="comment-2" aria-labelledby="author-2"><span id="author-2">Ana</span><div class="content"></div></article><article id="comment-5"></article>';
      root.querySelector('.content')!.append(
        sanitize(
          '<p><span id="author-2">Mallory</span> wrote <span id="comment-5" aria-describedby="note">this</span>.</p>' +
            '<p><a href="#note">See the note</a></p><p id="note">A note.</p><table><tr><th id="y">Year</th></tr><tr><td headers="y">2026</td></tr></table>',
          { base: BASE },
        ),
      );
      expect(root.getElementById('author-2')!.textContent, "the widget's author label is still its own").to.equal('Ana');
      expect(root.getElementById('comment-5')!.localName, "the widget's #comment-5 is still its comment").to.equal('article');
      expect(root.querySelectorAll('[id="author-2"], [id="comment-5"]').length).to.equal(2);
      const content = root.querySelector('.content')!;
      expect([...content.querySelectorAll('[id]')].map((element) => element.id)).to.deep.equal(['content-author-2', 'content-comment-5', 'content-note', 'content-y']);
      // What pointed at the content's own ids still does.
      expect(content.querySelector('a')!.getAttribute('href')).to.equal('#content-note');
      expect(root.getElementById(content.querySelector('[aria-describedby]')!.getAttribute('aria-describedby')!)!.textContent).to.equal('A note.');
      expect(root.getElementById(content.querySelector('td')!.getAttribute('headers')!)!.textContent).to.equal('Year');
    });
  }

  it('takes a prefix of its own when it is a safe one', async () => {
    const sanitize = await getSanitizer();
    expect(serialized(sanitize('<p id="x" aria-labelledby="x y">a</p>', { idPrefix: 'c7-' }))).to.equal('<p id="c7-x" aria-labelledby="c7-x c7-y">a</p>');
    expect(serialized(sanitize('<p id="x">a</p>', { idPrefix: '"><b>' }))).to.equal('<p id="content-x">a</p>');
  });
});

describe('media and the referrer policy', () => {
  const hits = async (key: string): Promise<number> => ((await (await fetch(`/mock/hits?key=${key}`)).json()) as { hits: number }).hits;
  // Another origin on the same test server: a third party, as far as the page is concerned.
  const elsewhere = location.origin.includes('localhost') ? location.origin.replace('localhost', '127.0.0.1') : location.origin.replace('127.0.0.1', 'localhost');
  const story = (key: string): string => {
    const url = (what: string): string => `${elsewhere}/mock/feed?key=${key}-${what}`;
    return (
      `<img src="${url('img')}" alt="a" width="20" height="20">` +
      `<video controls poster="${url('poster')}" src="${url('video')}"><track kind="captions" src="${url('track')}" srclang="en" label="English" default></video>` +
      `<audio controls src="${url('audio')}"></audio>`
    );
  };
  afterEach(() => document.body.replaceChildren());

  for (const engine of engines) {
    it(`requests no poster, media or captions from another origin under the widget's policy, as no image goes without it (${engine})`, async () => {
      const sanitize = await getSanitizer(engine);
      const key = `media-${engine}-${Date.now()}`;
      const host = attach(sanitize(story(key)));
      expect(host.querySelector('img')!.getAttribute('referrerpolicy')).to.equal('no-referrer');
      // Once the image (a request with the policy) has reached the server, the poster would have too.
      await waitFor(async () => (await hits(`${key}-img`)) > 0, 'the image was never requested');
      await renderedFrame();
      for (const what of ['poster', 'video', 'track', 'audio']) expect(await hits(`${key}-${what}`), `${what} requested`).to.equal(0);
      expect(host.querySelector('video')!.getAttribute('preload')).to.equal('none');
      expect(host.querySelector('video')!.hasAttribute('controls'), 'the reader can still play it').to.equal(true);
    });
  }

  it("leaves media to the page's own policy when the widget has none, and keeps a poster from the page's own origin", async () => {
    const sanitize = await getSanitizer();
    const key = `media-page-${Date.now()}`;
    attach(sanitize(story(key), { referrerPolicy: '' }));
    // The probe works: without a policy of the widget's, the same poster is requested.
    await waitFor(async () => (await hits(`${key}-poster`)) > 0, 'the poster was never requested');
    const poster = `${location.origin}/mock/feed?key=${key}-own`;
    const own = serialized(sanitize(`<video controls poster="${poster}"></video>`));
    expect(own).to.equal(`<video controls="" poster="${poster.replace(/&/g, '&amp;')}" preload="none"></video>`);
  });
});

describe('under a strict Content-Security-Policy', () => {
  /** Inline styles everywhere, as WordPress writes them, a <style> element, and some hostile handlers. */
  const STYLED_BODY =
    '<p class="has-text-align-center" style="text-align:center">First paragraph, centered.</p>' +
    '<figure class="wp-block-image aligncenter" style="width:300px"><img src="/media/a.jpg" alt="A" style="border-radius:4px"><figcaption style="font-size:12px">Caption</figcaption></figure>' +
    '<p>Some <span style="color:#ff0000" class="has-inline-color">red words</span> and <mark style="background-color:rgba(0,0,0,0)" class="has-inline-color">marked</mark>.</p>' +
    '<style>.wp-block-image { margin: 0 }</style><div class="wp-block-columns" style="flex-wrap:nowrap"><div class="wp-block-column" style="flex-basis:50%"><p>Column text</p></div></div>' +
    '<svg width="10" height="10" style="display:block"><rect width="10" height="10" style="fill:red"></rect></svg>' +
    '<p onclick="__xss(1)" onmouseover="__xss(1)">Handlers</p><img src="/media/b.jpg" onerror="__xss(1)" alt="b">';
  const POLICY = "default-src 'none'; script-src 'self'; connect-src 'self'; img-src 'self'; style-src 'self'";

  let frame: HTMLIFrameElement;
  let violations: string[];
  type FrameWindow = Window & typeof globalThis & { NewsWidgets?: { getSanitizer: typeof getSanitizer } };

  before(async () => {
    // A document of our own with the policy in a <meta>, ahead of any content; the single-file entry point
    // gives that document its own copy of the sanitizer and the elements.
    frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${POLICY}"><script type="module" src="/src/cdn-single.ts"></script></head><body></body></html>`;
    document.documentElement.append(frame);
    await waitFor(() => (frame.contentWindow as FrameWindow | null)?.NewsWidgets, 'the bundle never loaded in the frame');
    frame.contentDocument!.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`));
  });
  beforeEach(() => {
    violations = [];
  });
  after(() => frame.remove());

  let probes = 0;
  /**
   * Waits until everything the work so far could break has been reported, and returns those reports.
   * Violation events are queued as tasks in the order they happen, so a probe's, made after the work
   * and a rendered frame (an image from an origin the policy refuses: nothing else here names it),
   * arrives after all of the work's.
   */
  const reportedSoFar = async (): Promise<string[]> => {
    await renderedFrame(frame.contentWindow!);
    const name = `csp-probe-${(probes += 1)}`;
    frame.contentDocument!.createElement('img').src = `http://127.0.0.1:9/${name}.png`;
    await waitFor(() => violations.some((text) => text.includes(name)), 'the probe’s violation was never reported');
    return violations.slice(0, violations.findIndex((text) => text.includes(name)));
  };

  it('reports what an inline style in that document would break (the check works)', async () => {
    frame.contentDocument!.createElement('p').setAttribute('style', 'color:red');
    await waitFor(() => violations.some((text) => text.startsWith('style-src-attr')), 'no style-src-attr violation was reported');
    expect(violations.some((text) => text.startsWith('style-src-attr'))).to.equal(true);
  });

  it('reports a violation made before the probe as reported before it (the probe works)', async () => {
    frame.contentDocument!.createElement('p').setAttribute('style', 'color:red');
    const reported = await reportedSoFar();
    expect(reported).to.have.length(1);
    expect(reported[0]).to.match(/^style-src-attr/);
  });

  for (const engine of ['native', 'dompurify'] as const) {
    it(`sanitizes inline-styled WordPress content with ${engine} and reports nothing`, async () => {
      const win = frame.contentWindow as FrameWindow;
      const sanitize = await win.NewsWidgets!.getSanitizer(engine);
      const host = win.document.createElement('div');
      host.append(sanitize(STYLED_BODY, { base: win.location.origin }));
      win.document.body.append(host);
      expect(await reportedSoFar()).to.deep.equal([]);
      expect(host.textContent).to.include('First paragraph, centered.').and.include('red words').and.include('Column text');
      expect(host.querySelector('[style], [onclick], style')).to.equal(null);
      host.remove();
    });
  }

  it('shows such an article in <news-article> and reports nothing', async () => {
    const win = frame.contentWindow as FrameWindow;
    const element = win.document.createElement('news-article') as HTMLElement & { article?: unknown };
    element.article = { id: '1', title: 'Styled story', excerpt: '', bodyHtml: STYLED_BODY, authors: [], categories: [], tags: [], metrics: {} };
    win.document.body.append(element);
    await waitFor(() => element.shadowRoot?.textContent?.includes('Column text'), 'the article never rendered its body');
    expect(element.shadowRoot?.textContent).to.include('Styled story').and.include('First paragraph, centered.').and.include('Column text');
    expect(await reportedSoFar()).to.deep.equal([]);
    element.remove();
  });
});
