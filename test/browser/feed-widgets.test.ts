import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { NewsListElement } from '../../src/components/news-list/news-list.js';
import { feed, part, parts, recordEvents, settled, text, titles } from '../support/harness.js';
import { waitFor } from '../support/wait.js';

/**
 * Feeds as the widgets take them: an endpoint that answers RSS or Atom (detected from the document, whatever
 * the Content-Type says), XML text handed in as `.data`, a story of a feed in `<news-article>`. The reading
 * rules themselves are in feed.test.ts.
 */
const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel><title>The Quay Post</title><link>https://quay.example/</link><description>Harbour news</description>
    <item><title>Ferry fares frozen for winter</title><link>/ferry-fares</link><guid>https://quay.example/?p=2</guid>
      <pubDate>Tue, 24 Nov 2026 08:00:00 GMT</pubDate><dc:creator>Ines Harrow</dc:creator>
      <description>The council kept the fares where they are.</description>
      <content:encoded><![CDATA[<p>The council kept the fares <em>where they are</em> until March.</p><script>window.__pwned = 1</script>]]></content:encoded></item>
    <item><title>Lighthouse open day draws a crowd</title><link>https://quay.example/lighthouse</link>
      <pubDate>Sat, 21 Nov 2026 15:30:00 +0000</pubDate><description>Five hundred climbed the tower.</description></item>
  </channel>
</rss>`;

const atomEntry = `<?xml version="1.0" encoding="utf-8"?>
<entry xmlns="http://www.w3.org/2005/Atom" xml:base="https://quay.example/news/">
  <title>Harbour wall repairs begin</title><link href="harbour-wall"/><id>urn:uuid:1b7e6a2c-harbour-wall</id>
  <updated>2026-11-26T10:00:00Z</updated><author><name>Dev Malik</name></author>
  <summary>Work starts on Monday.</summary>
  <content type="html">&lt;p&gt;Work starts on Monday and lasts &lt;strong&gt;six weeks&lt;/strong&gt;.&lt;/p&gt;</content>
</entry>`;

describe('feeds in the widgets', () => {
  it('<news-list> reads an RSS endpoint: titles, links resolved against the channel, dates, authors', async () => {
    const el = await fixture<NewsListElement>(html`<news-list src=${feed({ body: rss, type: 'application/rss+xml; charset=UTF-8' })}></news-list>`);
    await settled(el);
    expect(titles(el)).to.deep.equal(['Ferry fares frozen for winter', 'Lighthouse open day draws a crowd']);
    expect(parts<HTMLAnchorElement>(el, 'title')[0]!.href).to.equal('https://quay.example/ferry-fares');
    expect(text(part(el, 'author'))).to.equal('Ines Harrow');
    expect(part(el, 'date')!.getAttribute('datetime')).to.equal('2026-11-24T08:00:00.000Z');
  });

  it('detects a feed served as text/xml or even text/html, from the document itself', async () => {
    for (const type of ['text/xml', 'text/html; charset=utf-8']) {
      const el = await fixture<NewsListElement>(html`<news-list src=${feed({ body: rss, type })}></news-list>`);
      await settled(el);
      expect(titles(el), type).to.have.length(2);
    }
  });

  it('reads XML text handed in as .data, with format="auto" or named', async () => {
    for (const format of ['auto', 'rss']) {
      const el = await fixture<NewsListElement>(html`<news-list format=${format} .data=${rss}></news-list>`);
      await settled(el);
      expect(titles(el), format).to.have.length(2);
    }
  });

  it('<news-article> shows a lone Atom entry with its whole content, sanitized, its link resolved against xml:base', async () => {
    const el = await fixture<HTMLElement>(html`<news-article src=${feed({ body: atomEntry, type: 'application/atom+xml' })}></news-article>`);
    const root = await settled(el);
    expect(text(part(el, 'title'))).to.equal('Harbour wall repairs begin');
    expect(root.querySelector('[part~="body"] strong')!.textContent).to.equal('six weeks');
    expect(text(part(el, 'author'))).to.contain('Dev Malik');
  });

  it('<news-article> shows a feed item by article-id, matching its link, with its content:encoded body and no script', async () => {
    const el = await fixture<HTMLElement>(html`<news-article article-id="https://quay.example/ferry-fares" src=${feed({ body: rss, type: 'application/rss+xml' })}></news-article>`);
    const root = await settled(el);
    expect(text(part(el, 'title'))).to.equal('Ferry fares frozen for winter');
    expect(root.querySelector('[part~="body"] em')!.textContent).to.equal('where they are');
    expect(root.querySelector('[part~="body"] script')).to.equal(null);
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
  });

  it('a story whose picture fails to load keeps its box (no jump, no broken-image icon); one with none has no box', async () => {
    const feedWithImages = `<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Q</title><link>https://quay.example/</link>
      <item><title>With a picture that is gone</title><link>https://quay.example/a</link><media:content url="/mock/missing-picture.jpg" medium="image"/></item>
      <item><title>With no picture</title><link>https://quay.example/b</link></item></channel></rss>`;
    const el = await fixture<NewsListElement>(html`<news-list thumbnails style="width: 40rem" src=${feed({ body: feedWithImages, type: 'application/rss+xml' })}></news-list>`);
    await settled(el);
    const [gone, none] = parts(el, 'item');
    const image = gone!.querySelector<HTMLImageElement>('img[part~="image"]')!;
    await waitFor(() => image.complete, 'the picture to fail');
    expect(image.naturalWidth).to.equal(0);
    // Decorative (the title says what the story is): an empty alt, which browsers draw as nothing when it fails.
    expect(image.getAttribute('alt')).to.equal('');
    const box = image.getBoundingClientRect();
    expect(box.height).to.be.greaterThan(0);
    expect(box.height).to.be.closeTo((box.width * 2) / 3, 1);
    expect(none!.querySelector('img')).to.equal(null);
  });

  it('an empty feed shows the empty state, not an error (news-load with no stories)', async () => {
    const empty = '<rss version="2.0"><channel><title>Quiet</title><link>https://quay.example/</link></channel></rss>';
    const el = await fixture<NewsListElement>(html`<news-list src=${feed({ body: empty, type: 'application/rss+xml' })}></news-list>`);
    const events = recordEvents(el);
    await settled(el);
    expect(part(el, 'empty')).to.not.equal(null);
    expect(part(el, 'error')).to.equal(null);
    expect(events.map((event) => event.name)).to.deep.equal(['news-load']);
  });
});
