import { describe, expect, it } from 'vitest';
import { jsonLd } from '../../src/data/formats/json-ld.js';
import { fixture, strings } from '../support/fixtures.js';

const PAGE_URL = 'https://valleytimes.example/api/stories.jsonld';
const article = () => jsonLd.parse(fixture('jsonld-article.json'), { url: PAGE_URL }).articles[0]!;
const list = () => jsonLd.parse(fixture('jsonld-itemlist.json'), { url: PAGE_URL }).articles;
const one = (node: Record<string, unknown>) => jsonLd.parse({ '@type': 'NewsArticle', headline: 'H', ...node }, { url: PAGE_URL }).articles[0]!;

describe('jsonLd', () => {
  it('reads a single NewsArticle with an array @type', () => {
    expect(jsonLd.parse(fixture('jsonld-article.json'), {}).articles).toHaveLength(1);
    expect(article()).toMatchObject({
      id: 'https://valleytimes.example/science/2026/03/mere-pond-survey#article',
      title: 'Dragonflies thrive as Mere Pond recovers from drought',
      excerpt: 'Volunteers logged almost twice as many dragonflies as in 2021, a sign the pond has recovered.',
      published: '2026-03-02T06:00:00.000Z',
      modified: '2026-03-02T09:30:00.000Z',
    });
  });

  it('takes the link from mainEntityOfPage when there is no url', () => {
    expect(article().url).toBe('https://valleytimes.example/science/2026/03/mere-pond-survey');
    expect(one({ mainEntityOfPage: 'https://valleytimes.example/a' }).url).toBe('https://valleytimes.example/a');
    expect(one({ url: '/b', mainEntityOfPage: 'https://valleytimes.example/a' }).url).toBe('https://valleytimes.example/b');
  });

  it('takes the id from @id, then identifier, then url', () => {
    expect(one({ '@id': 'urn:story:1', identifier: 'x', url: '/u' }).id).toBe('urn:story:1');
    expect(one({ identifier: 4412, url: '/u' }).id).toBe('4412');
    expect(one({ identifier: { '@type': 'PropertyValue', value: 'vt-99' } }).id).toBe('vt-99');
    expect(one({ url: '/u' }).id).toBe('https://valleytimes.example/u');
  });

  it('uses name when there is no headline', () => {
    expect(jsonLd.parse({ '@type': 'BlogPosting', name: 'Named &amp; posted' }, {}).articles[0]!.title).toBe('Named & posted');
  });

  it('escapes articleBody into paragraphs', () => {
    expect(article().bodyHtml).toBe(
      '<p>Forty volunteers spent six weekends counting dragonflies around Mere Pond last summer.</p>' +
        '<p>They logged 1,318 insects of nine species, compared with 702 in 2021, when the pond was half dry.</p>' +
        '<p>The survey lead, Dr Ines Varga, said the rise &quot;shows what a wet spring &amp; careful grazing can do&quot;.</p>',
    );
  });

  it('reads the first image of an array, with a QuantitativeValue width and the caption as alt', () => {
    expect(article().image).toEqual({
      url: 'https://valleytimes.example/img/mere-pond-16x9.jpg',
      alt: 'A common darter resting on a reed at Mere Pond',
      width: 1200,
      height: 675,
    });
  });

  it('reads an image given as a string or a single ImageObject', () => {
    expect(one({ image: '/img/a.jpg' }).image).toEqual({ url: 'https://valleytimes.example/img/a.jpg', alt: '' });
    expect(one({ image: { '@type': 'ImageObject', contentUrl: 'https://cdn.example/b.jpg', width: '640', height: { value: 360 } } }).image).toEqual({
      url: 'https://cdn.example/b.jpg',
      alt: '',
      width: 640,
      height: 360,
    });
  });

  it('skips unsafe image URLs for the next candidate', () => {
    expect(one({ image: ['javascript:alert(1)', { url: 'data:image/png;base64,AAAA' }, 'mailto:a@b.example', '/ok.jpg'] }).image).toEqual({
      url: 'https://valleytimes.example/ok.jpg',
      alt: '',
    });
    expect(one({ image: 'javascript:alert(1)' }).image).toBeUndefined();
  });

  it('drops javascript: and data: article links', () => {
    const parsed = one({ url: 'javascript:alert(1)', mainEntityOfPage: 'data:text/html,x' });
    expect(parsed.url).toBeUndefined();
    expect(parsed.id).toMatch(/^item-[0-9a-z]+$/);
  });

  it('reads Person and Organization authors from an array', () => {
    expect(article().authors).toEqual([
      { name: 'Ines Varga', url: 'https://valleytimes.example/staff/ines-varga', avatar: 'https://valleytimes.example/img/staff/varga.jpg' },
      { name: 'Wren Valley Naturalists' },
    ]);
    expect(article().author?.name).toBe('Ines Varga');
  });

  it('reads an author given as a string or a single object', () => {
    expect(one({ author: 'Jonas Ekberg' }).authors).toEqual([{ name: 'Jonas Ekberg' }]);
    expect(one({ author: { '@type': 'Person', givenName: 'Ada', familyName: 'Lund' } }).authors).toEqual([{ name: 'Ada Lund' }]);
    expect(one({ author: [{ '@type': 'Person' }, null, 7, 'Rosa Lind'] }).authors).toEqual([{ name: 'Rosa Lind' }]);
  });

  it('turns articleSection into categories and keywords into tags, without duplicates', () => {
    expect(article().categories).toEqual([{ name: 'Science' }, { name: 'Environment' }]);
    expect(article().tags).toEqual([{ name: 'dragonflies' }, { name: 'ponds' }, { name: 'citizen science' }]);
    expect(one({ articleSection: 'Local', keywords: ['transport', { '@type': 'DefinedTerm', name: 'buses' }] })).toMatchObject({
      categories: [{ name: 'Local' }],
      tags: [{ name: 'transport' }, { name: 'buses' }],
    });
  });

  it('reads interactionStatistic: views from ReadAction/ViewAction, comments from CommentAction', () => {
    expect(article().metrics).toEqual({ views: 4821, commentCount: 12 });
    expect(article().commentCount).toBe(12);
    const single = one({
      interactionStatistic: { '@type': 'InteractionCounter', interactionType: 'http://schema.org/ViewAction', userInteractionCount: 90 },
    });
    expect(single.metrics).toEqual({ views: 90 });
  });

  it('prefers an explicit commentCount over the CommentAction counter', () => {
    const parsed = one({
      commentCount: 5,
      interactionStatistic: [{ interactionType: 'CommentAction', userInteractionCount: 9 }],
    });
    expect(parsed.commentCount).toBe(5);
    expect(parsed.metrics).toEqual({ commentCount: 5 });
  });

  it('reads timeRequired as reading minutes', () => {
    expect(article().readingTimeMinutes).toBe(6);
    expect(one({ timeRequired: 'PT1H10M' }).readingTimeMinutes).toBe(70);
    expect(one({ timeRequired: 'PT90S' }).readingTimeMinutes).toBe(2);
    expect(one({ timeRequired: 'PT20S' }).readingTimeMinutes).toBe(1);
    expect(one({ timeRequired: 'five minutes' }).readingTimeMinutes).toBeUndefined();
    expect(one({ timeRequired: 'PT0M' }).readingTimeMinutes).toBeUndefined();
  });

  it('reads an ItemList in position order', () => {
    expect(list().map((a) => a.title)).toEqual([
      'Brackley villages get their bus back after two years',
      'Primary school roof to carry 120 solar panels',
      'Record field of 400 runners for the Aldermoor fell race',
    ]);
  });

  it('reads a ListItem whose item is an article object', () => {
    expect(list()[0]).toMatchObject({
      id: 'https://valleytimes.example/local/2026/03/bus-route#article',
      url: 'https://valleytimes.example/local/2026/03/bus-route',
      authors: [{ name: 'Jonas Ekberg' }],
      categories: [{ name: 'Local' }],
      tags: [{ name: 'transport' }, { name: 'Brackley' }],
      commentCount: 31,
      image: { url: 'https://valleytimes.example/img/bus-27.jpg', alt: '' },
    });
  });

  it('reads a ListItem whose item is a URL string, and one with only url and name', () => {
    const [, solar, race] = list();
    expect(solar).toMatchObject({ id: 'https://valleytimes.example/local/2026/03/school-solar', url: 'https://valleytimes.example/local/2026/03/school-solar' });
    expect(race).toMatchObject({ id: 'https://valleytimes.example/sport/2026/03/fell-race', excerpt: '', bodyHtml: '' });
  });

  it('reads an array of articles, ignoring nodes of other types', () => {
    const parsed = jsonLd.parse(
      [
        { '@type': 'Organization', name: 'The Valley Times' },
        { '@type': 'BlogPosting', headline: 'One' },
        { '@type': 'ReportageNewsArticle', headline: 'Two' },
        { '@type': 'Recipe', name: 'Scones' },
      ],
      {},
    );
    expect(parsed.articles.map((a) => a.title)).toEqual(['One', 'Two']);
  });

  it('reads the articles in an @graph and follows @id references to authors and images', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', '@id': 'https://vt.example/p/#webpage', url: 'https://vt.example/p/' },
        {
          '@type': 'Article',
          '@id': 'https://vt.example/p/#article',
          headline: 'Graph story',
          mainEntityOfPage: { '@id': 'https://vt.example/p/#webpage' },
          author: { '@id': 'https://vt.example/#/person/1' },
          image: { '@id': 'https://vt.example/p/#primaryimage' },
        },
        { '@type': 'Person', '@id': 'https://vt.example/#/person/1', name: 'Rosa Lind' },
        { '@type': 'ImageObject', '@id': 'https://vt.example/p/#primaryimage', url: 'https://vt.example/p.jpg', width: 800, height: 450 },
        { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', position: 1, item: { '@id': 'https://vt.example/p/#article' } }] },
      ],
    };
    const parsed = jsonLd.parse(graph, {});
    expect(parsed.articles).toHaveLength(1);
    expect(parsed.articles[0]).toMatchObject({
      title: 'Graph story',
      url: 'https://vt.example/p/',
      authors: [{ name: 'Rosa Lind' }],
      image: { url: 'https://vt.example/p.jpg', alt: '', width: 800, height: 450 },
    });
  });

  it('finds an ItemList given as a page mainEntity', () => {
    const parsed = jsonLd.parse(
      { '@context': 'https://schema.org', '@type': 'CollectionPage', mainEntity: { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', position: 1, url: '/x', name: 'X' }] } },
      { url: PAGE_URL },
    );
    expect(parsed.articles.map((a) => a.url)).toEqual(['https://valleytimes.example/x']);
  });

  it('accepts prefixed and IRI type names', () => {
    expect(jsonLd.parse({ '@type': 'schema:NewsArticle', headline: 'A' }, {}).articles).toHaveLength(1);
    expect(jsonLd.parse({ '@type': 'http://schema.org/BlogPosting', headline: 'B' }, {}).articles).toHaveLength(1);
  });

  it('never outputs junk strings', () => {
    for (const text of strings([article(), list()])) expect(text).not.toMatch(/^(undefined|null|\[object Object\])$/);
  });

  it('detects its own shapes', () => {
    expect(jsonLd.detect(fixture('jsonld-article.json'))).toBe(true);
    expect(jsonLd.detect(fixture('jsonld-itemlist.json'))).toBe(true);
    expect(jsonLd.detect({ '@type': 'BlogPosting', headline: 'x' })).toBe(true);
    expect(jsonLd.detect({ '@graph': [] })).toBe(true);
    expect(jsonLd.detect({ '@context': { '@vocab': 'https://schema.org/' }, '@type': 'NewsArticle' })).toBe(true);
    expect(jsonLd.detect([{ '@context': 'https://schema.org', '@type': 'Organization' }, { '@type': 'NewsArticle' }])).toBe(true);
  });

  it('does not detect other formats', () => {
    expect(jsonLd.detect([{ id: 1, title: { rendered: 'Hello' } }])).toBe(false);
    expect(jsonLd.detect({ posts: [], meta: { pagination: {} } })).toBe(false);
    expect(jsonLd.detect(fixture('json-feed-1.1.json'))).toBe(false);
    expect(jsonLd.detect(fixture('json-feed-1.0.json'))).toBe(false);
    expect(jsonLd.detect(fixture('newsapi.json'))).toBe(false);
    expect(jsonLd.detect({ '@type': 'Recipe' })).toBe(false);
  });

  it('returns no articles for bad input without throwing', () => {
    for (const bad of [null, undefined, 42, 'x', [null], {}, { items: [{ title: {} }] }]) {
      expect(jsonLd.detect(bad)).toBe(false);
      expect(jsonLd.parse(bad, {})).toEqual({ articles: [] });
    }
    expect(jsonLd.parse({ '@type': 'NewsArticle', headline: {} }, {})).toEqual({ articles: [] });
    expect(jsonLd.parse({ '@type': 'ItemList', itemListElement: [null, 3, 'javascript:alert(1)', { '@type': 'ListItem' }] }, {})).toEqual({ articles: [] });
    expect(jsonLd.parse({ '@graph': 'x' }, {})).toEqual({ articles: [] });
  });

  it('survives wrong types in every field', () => {
    const parsed = jsonLd.parse(
      {
        '@type': ['NewsArticle', 7, null],
        '@id': {},
        headline: ['Kept', 'Other'],
        description: { '@value': 'Desc' },
        articleBody: 5,
        image: [[], {}, 3],
        author: {},
        datePublished: {},
        articleSection: [{}, null],
        keywords: 9,
        commentCount: -1,
        interactionStatistic: 'lots',
        timeRequired: 5,
        mainEntityOfPage: [],
        identifier: null,
      },
      {},
    );
    expect(parsed.articles).toHaveLength(1);
    expect(parsed.articles[0]).toMatchObject({ id: expect.stringMatching(/^item-[0-9a-z]+$/) as string, title: 'Kept', excerpt: 'Desc', bodyHtml: '', authors: [], categories: [], tags: [], metrics: {} });
    for (const text of strings(parsed)) expect(text).not.toMatch(/^(undefined|null|\[object Object\])$/);
  });

  it('stays within bounds on deeply nested input', () => {
    let deep: unknown = { '@type': 'NewsArticle', headline: 'Deep' };
    for (let i = 0; i < 10_000; i += 1) deep = { '@graph': [deep] };
    expect(jsonLd.parse(deep, {})).toEqual({ articles: [] });
  });
});
