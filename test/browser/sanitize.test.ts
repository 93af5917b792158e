import { expect } from '@open-wc/testing';
import { getSanitizer, hasNativeSanitizer, type SanitizerEngine } from '../../src/data/sanitize.js';

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
        await new Promise((resolve) => setTimeout(resolve, 30));
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
