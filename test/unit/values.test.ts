import { describe, expect, it } from 'vitest';
import { asIsoDate, decodeEntities, getPath, htmlText, plainText, safeUrl } from '../../src/data/values.js';

describe('values', () => {
  it('reads dot paths through objects and arrays, own properties only', () => {
    expect(getPath({ a: { b: [{ c: 1 }] } }, 'a.b.0.c')).toBe(1);
    expect(getPath({ a: 1 }, '.')).toEqual({ a: 1 });
    expect(getPath({}, 'constructor')).toBeUndefined();
    expect(getPath({}, '__proto__.polluted')).toBeUndefined();
  });

  it('decodes numeric and common named references, leaves unknown names alone', () => {
    expect(decodeEntities('Kim&#8217;s &amp; Putin&#x2019;s &hellip; &bogus; &#0;')).toBe('Kim\u2019s & Putin\u2019s \u2026 &bogus; \ufffd');
  });

  it('turns HTML into folded text without script or style bodies', () => {
    expect(htmlText('<p>Hello <b>world</b></p><script>alert(1)</script><style>p{}</style>\n<p>again&nbsp;!</p>')).toBe(
      'Hello world again !',
    );
  });

  it('never yields junk text', () => {
    for (const junk of [null, undefined, {}, [], 'null', 'undefined', '[object Object]', NaN]) {
      expect(plainText(junk)).toBe('');
    }
  });

  it('reads dates without a zone as UTC and rejects impossible ones', () => {
    expect(asIsoDate('2026-03-01T10:00:00')).toBe('2026-03-01T10:00:00.000Z');
    expect(asIsoDate('2026-03-01T10:00:00+02:00')).toBe('2026-03-01T08:00:00.000Z');
    expect(asIsoDate(1772359200)).toBe('2026-03-01T10:00:00.000Z');
    expect(asIsoDate('soon')).toBeUndefined();
    expect(asIsoDate(1e300)).toBeUndefined();
  });

  it('keeps only http(s), relative and (when asked) mailto URLs', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('  JaVaScRiPt:alert(1)')).toBeUndefined();
    expect(safeUrl('java\tscript:alert(1)')).toBeUndefined();
    expect(safeUrl('\u0001javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('data:text/html,<script>alert(1)</script>')).toBeUndefined();
    expect(safeUrl('vbscript:msgbox(1)')).toBeUndefined();
    expect(safeUrl('mailto:desk@example.com')).toBeUndefined();
    expect(safeUrl('mailto:desk@example.com', { mailto: true })).toBe('mailto:desk@example.com');
    expect(safeUrl('/world/story')).toBe('/world/story');
    expect(safeUrl('/world/story', { base: 'https://news.example/wp-json/wp/v2/posts' })).toBe('https://news.example/world/story');
    expect(safeUrl('https://news.example/a b')).toBe('https://news.example/a%20b');
  });
});
