import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NewsError } from '../../src/data/errors.js';
import { FORMATS } from '../../src/data/formats/all.js';
import { readArticles } from '../../src/data/load.js';
import type { NewsPage } from '../../src/data/model.js';
import { htmlText } from '../../src/data/values.js';

const JUNK = /^(undefined|null|\[object Object\]|NaN)$|\bundefined\b|\[object Object\]/;

/** Every string anywhere in a page, with its path, so a failure says where the junk is. */
function strings(value: unknown, path = 'page', out: Array<[string, string]> = []): Array<[string, string]> {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((entry, i) => strings(entry, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [key, entry] of Object.entries(value)) strings(entry, `${path}.${key}`, out);
  return out;
}

function expectClean(page: NewsPage): void {
  expect(Array.isArray(page.articles)).toBe(true);
  for (const article of page.articles) {
    expect(article.title).not.toBe('');
    expect(typeof article.id).toBe('string');
  }
  for (const [path, text] of strings(page)) {
    // bodyHtml is the source's own HTML, shown only through the sanitizer; everything else is ours.
    if (path.endsWith('.bodyHtml')) continue;
    expect(JUNK.test(text), `${path} = ${JSON.stringify(text)}`).toBe(false);
  }
}

/** JSON shaped roughly like news records, so the adapters get past their first checks. */
const newsish = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 3 }),
    fc.dictionary(
      fc.constantFrom('id', 'title', 'rendered', 'link', 'url', 'content', 'excerpt', 'author', 'authors', 'items', 'posts', 'articles', 'image', 'version', '_embedded', 'meta', 'pagination', '@type', '@graph', 'headline', 'itemListElement', 'name', 'date', 'tags'),
      tie('value'),
      { maxKeys: 6 },
    ),
    fc.array(tie('value'), { maxLength: 4 }),
  ),
})).value;

const formats = Object.keys(FORMATS) as (keyof typeof FORMATS)[];

describe('adapters on arbitrary JSON', () => {
  for (const name of formats) {
    it(`${name} never throws and never shows junk text`, () => {
      fc.assert(
        fc.property(fc.oneof(fc.jsonValue(), newsish), (json) => {
          expectClean(FORMATS[name].parse(json, { url: 'https://news.example/api?page=1', headers: { 'x-wp-totalpages': '2' } }));
          expect(typeof FORMATS[name].detect(json)).toBe('boolean');
        }),
        { numRuns: 400 },
      );
    });
  }

  it('auto-detection and mapping either read a page or say the shape is unsupported', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), newsish), fc.constantFrom(undefined, '.', 'items', 'a.b.0'), async (json, items) => {
        try {
          expectClean(await readArticles(json, items ? { items, mapping: { title: 'name', url: 'link' } } : {}));
        } catch (error) {
          expect(error).toBeInstanceOf(NewsError);
          expect((error as NewsError).code).toBe('unsupported-shape');
        }
      }),
      { numRuns: 600 },
    );
  });

  it('copes with deep nesting and huge strings', () => {
    let deep: unknown = { title: 'bottom' };
    for (let i = 0; i < 5000; i += 1) deep = { items: [deep], title: { rendered: deep } };
    const huge = 'x'.repeat(2_000_000);
    for (const name of formats) {
      expectClean(FORMATS[name].parse(deep, {}));
      expectClean(FORMATS[name].parse([{ id: 1, title: { rendered: huge }, content: { rendered: `<p>${huge}</p>` }, link: huge }], {}));
      expectClean(FORMATS[name].parse({ items: [{ title: huge, url: `https://x.example/${huge}` }], version: 'https://jsonfeed.org/version/1.1' }, {}));
    }
  });

  it('turns markup into the text a reader sees', () => {
    expect(htmlText('see <a href="/x">the site</a>. <p>Next</p>')).toBe('see the site. Next');
    expect(htmlText('a<script>alert(1)</script>b<!-- note --><style>p{}</style><p>c</p>')).toBe('a b c');
    expect(htmlText('kept <script>unclosed and the rest')).toBe('kept');
    expect(htmlText('<!-- unclosed comment <p>x</p>')).toBe('');
    // Hostile shapes that make naive tag regexes quadratic: each is read in one pass.
    expect(htmlText('<a '.repeat(100_000))).toMatch(/^<a <a/);
    expect(htmlText(`ok ${'<script>'.repeat(50_000)}`)).toBe('ok');
    expect(htmlText(`ok ${'<!--'.repeat(50_000)}`)).toBe('ok');
  });
});
