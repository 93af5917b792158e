import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/news-article/define.js';
import type { NewsArticle } from '../src/data/model.js';
import posts from '../test/fixtures/wordpress-posts-embed.json';
import { NEVER_ANSWERS, OFFLINE } from './fake-fetch.js';
import { styledParts } from './parts.js';

/** The attributes as controls, plus text for each slot. */
interface ArticleArgs {
  src: string;
  'article-id': string;
  slug: string;
  'heading-level': number;
  'ad-after': number;
  'image-sizes': string;
  'link-target': string;
  'home-url': string;
  breadcrumb: 'visible' | 'hidden';
  'no-breadcrumb': boolean;
  'no-image': boolean;
  'no-json-ld': boolean;
  theme?: 'light' | 'dark' | 'auto';
  lang: string;
  timeout: number | undefined;
  data: unknown;
  article: NewsArticle | undefined;
  cta: string;
  ad: string;
  footer: string;
}

/**
 * A picture from the demo API (served by `npm start` and Storybook's dev server). Absolute, because
 * relative links in a body belong to the article's site.
 */
const picture = (name: string, width: number, height: number): string => `${location.origin}/demo-media/${name}.svg?w=${width}&h=${height}`;

/** A long article of our own, with every kind of body content a CMS sends. */
const longArticle: NewsArticle = {
  id: 'gull-point-light',
  url: 'https://courier.example/2026/03/04/gull-point-light-keepers-return/',
  slug: 'gull-point-light-keepers-return',
  title: 'Keepers return to Gull Point light after sixty years of automation',
  excerpt: 'A heritage trust will staff the lighthouse again from May, with a visitor room and a night watch for the lifeboat crew.',
  bodyHtml: `
<p>For the first time since 1966, someone will sleep in the keeper’s cottage at Gull Point. The Gull Point Heritage Trust, which bought the lighthouse from the harbour board last autumn, has appointed two keepers who will live on site from the first week of May.</p>
<p>The light itself has been automatic for six decades and will stay that way. The keepers’ work is different now: looking after the tower and its brass, opening a small visitor room, and keeping a radio watch on stormy nights for the volunteer lifeboat crew in the bay below.</p>
<h2>Why bring people back</h2>
<p>The trust says an empty tower decays faster than a lived-in one. Salt gets into the ironwork, the lantern glass clouds over, and small leaks go unnoticed until they are large ones.</p>
<blockquote><p>A lighthouse with nobody in it is a lighthouse you are slowly losing. We want the lamp room cleaned by someone who loves it.</p></blockquote>
<p>Restoring the cottage cost a little under £400,000, most of it raised from residents and a lottery heritage grant. Volunteers rebuilt the dry-stone wall around the garden by hand over two summers.</p>
<figure><img src="${picture('gull-point-cottage', 1200, 800)}" alt="The whitewashed keeper’s cottage beside the tower" width="1200" height="800"><figcaption>The cottage after its restoration, seen from the cliff path.</figcaption></figure>
<h2>What visitors will find</h2>
<p>The visitor room opens on weekends from June. It will hold:</p>
<ul>
<li>the original Fresnel lens, on loan from the maritime museum;</li>
<li>logbooks kept by the last three resident keepers;</li>
<li>a window seat with the best view of the seal colony on the Skerry rocks.</li>
</ul>
<p>Tours of the tower will be limited to eight people at a time, because the spiral stair has 112 steps and nowhere to pass.</p>
<h2>The lifeboat watch</h2>
<p>The lifeboat station asked for the night watch. Mobile coverage on the point is poor, and the tower’s height lets a keeper see flares from boats that cannot reach anyone by phone.</p>
<p>Both keepers have trained as coastguard radio operators. On nights with a gale warning, one of them will stay in the lamp room until dawn.</p>
<h2>What comes next</h2>
<p>The trust hopes to reopen the old fog-signal house as a classroom for the primary schools along the coast by next spring, if a second round of funding comes through.</p>
`,
  image: {
    url: picture('gull-point-light', 1600, 900),
    alt: 'Gull Point lighthouse at dusk, its lamp lit',
    width: 1600,
    height: 900,
    srcset: `${picture('gull-point-light', 800, 450)} 800w, ${picture('gull-point-light', 1600, 900)} 1600w`,
  },
  author: { name: 'Ada Pell', url: 'https://courier.example/author/apell/' },
  authors: [{ name: 'Ada Pell', url: 'https://courier.example/author/apell/' }, { name: 'Tom Reyes' }],
  published: '2026-03-04T09:30:00.000Z',
  modified: '2026-03-06T16:10:00.000Z',
  categories: [{ name: 'Coast', url: 'https://courier.example/category/coast/' }],
  tags: [{ name: 'lighthouses', url: 'https://courier.example/tag/lighthouses/' }, { name: 'heritage', url: 'https://courier.example/tag/heritage/' }],
  readingTimeMinutes: 4,
  commentCount: 12,
  metrics: {},
};

/** The same shape in Arabic, to show the right-to-left layout. */
const arabicArticle: NewsArticle = {
  id: 'ar-library',
  url: 'https://courier.example/ar/2026/03/library/',
  title: 'افتتاح مكتبة عامة جديدة في وسط المدينة',
  excerpt: 'تضم المكتبة أكثر من عشرين ألف كتاب وقاعة مطالعة مفتوحة حتى منتصف الليل.',
  bodyHtml: `
<p>افتتحت البلدية صباح اليوم مكتبة عامة جديدة في وسط المدينة، تضم أكثر من عشرين ألف كتاب وقاعة مطالعة مفتوحة حتى منتصف الليل.</p>
<h2>مساحة للجميع</h2>
<p>خُصص الطابق الأول للأطفال، مع ركن للحكايات وورشات أسبوعية للرسم والكتابة.</p>
<blockquote><p>أردنا مكانًا يشعر فيه كل قارئ بأنه في بيته.</p></blockquote>
<p>وتتوقع البلدية أن يزور المكتبة نحو خمسمئة شخص يوميًا خلال الشهر الأول.</p>
`,
  image: { url: picture('city-library', 1600, 900), alt: 'واجهة المكتبة الجديدة', width: 1600, height: 900 },
  author: { name: 'سلمى حداد' },
  authors: [{ name: 'سلمى حداد' }],
  published: '2026-03-02T08:00:00.000Z',
  categories: [{ name: 'ثقافة', url: 'https://courier.example/ar/category/culture/' }],
  tags: [{ name: 'مكتبات' }],
  readingTimeMinutes: 2,
  metrics: {},
};

const subscribe = 'Get the Courier in your inbox every morning, free.';
const advert = 'Alder Bay Cycle Hire: 20% off weekend rentals';

const meta: Meta<ArticleArgs> = {
  title: 'Widgets/news-article',
  component: 'news-article',
  args: {
    src: '',
    'article-id': '',
    slug: '',
    'heading-level': 1,
    'ad-after': 3,
    'image-sizes': '(min-width: 768px) 768px, 100vw',
    'link-target': '',
    'home-url': '',
    breadcrumb: 'visible',
    'no-breadcrumb': false,
    'no-image': false,
    'no-json-ld': false,
    lang: '',
    timeout: undefined,
    data: undefined,
    article: undefined,
    cta: '',
    ad: '',
    footer: '',
  },
  argTypes: {
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    'ad-after': { control: { type: 'number', min: 0 } },
    lang: { control: 'text', description: 'Language of the texts and dates (`en`, `fr`, `ar`...); inherited from the page when unset.', table: { category: 'attributes' } },
    article: { control: 'object', table: { category: 'properties' } },
    cta: { control: 'text', description: 'Story only: text for the `cta` slot.', table: { category: 'slots' } },
    ad: { control: 'text', description: 'Story only: text for the `ad` slot.', table: { category: 'slots' } },
    footer: { control: 'text', description: 'Story only: text for the `footer` slot.', table: { category: 'slots' } },
  },
  render: (args) => html`<news-article
    src=${ifDefined(args.src || undefined)}
    article-id=${ifDefined(args['article-id'] || undefined)}
    slug=${ifDefined(args.slug || undefined)}
    heading-level=${args['heading-level']}
    ad-after=${args['ad-after']}
    image-sizes=${args['image-sizes']}
    link-target=${ifDefined(args['link-target'] || undefined)}
    home-url=${ifDefined(args['home-url'] || undefined)}
    breadcrumb=${args.breadcrumb}
    ?no-breadcrumb=${args['no-breadcrumb']}
    ?no-image=${args['no-image']}
    ?no-json-ld=${args['no-json-ld']}
    theme=${ifDefined(args.theme || undefined)}
    lang=${ifDefined(args.lang || undefined)}
    timeout=${ifDefined(args.timeout)}
    .data=${args.data}
    .article=${args.article}
  >
    ${args.cta
      ? html`<aside slot="cta" style="padding: 1em; border-radius: 0.5em; background: color-mix(in srgb, currentColor 8%, transparent)">
          <strong>Free subscription.</strong> ${args.cta} <a href="#subscribe">Subscribe</a>
        </aside>`
      : nothing}
    ${args.ad
      ? html`<div slot="ad" style="display: grid; place-items: center; min-height: 6em; border: 1px dashed currentColor">${args.ad}</div>`
      : nothing}
    ${args.footer ? html`<p slot="footer">${args.footer}</p>` : nothing}
  </news-article>`,
};

export default meta;
type Story = StoryObj<ArticleArgs>;

/** The placeholder, marked busy, shown until the article arrives (here it never does). */
export const Loading: Story = {
  args: { src: NEVER_ANSWERS, timeout: 2_147_483_647 },
};

/** A WordPress post from `/wp-json/wp/v2/posts?_embed`, with a call to action and an ad. */
export const Loaded: Story = {
  args: { data: posts, cta: subscribe, ad: advert, 'ad-after': 1 },
};

/** Sections, a quote, a figure and a list; two authors; updated days after it was published. */
export const LongArticle: Story = {
  args: { article: longArticle, cta: subscribe, ad: advert, footer: 'More stories from the coast every Thursday.' },
};

export const NoImage: Story = {
  args: { article: longArticle, 'no-image': true },
};

/** The endpoint does not exist (404): what went wrong; trying again would not help, so no button. */
export const ErrorState: Story = {
  name: 'Error',
  args: { src: '/no-such-endpoint.json' },
};

/** The reader is offline: what went wrong, and a button to try again. */
export const Offline: Story = {
  args: { src: OFFLINE },
};

/** The source answered, but has no article with the `article-id` asked for. */
export const EmptyNotFound: Story = {
  name: 'Empty (not found)',
  args: { data: posts, 'article-id': '404' },
};

export const RightToLeft: Story = {
  name: 'RTL (Arabic)',
  args: { article: arabicArticle, lang: 'ar', ad: 'إعلان تجريبي', 'ad-after': 2 },
};

export const Dark: Story = {
  args: { article: longArticle, theme: 'dark', ad: advert },
  decorators: [(story) => html`<div style="padding: 1rem; background: #0e0f12; color: #e6e6ea">${story()}</div>`],
};

/** Every part the element documents, styled from outside with `::part()` (an outline of its own colour each), and listed below. */
export const StyledParts: Story = { args: { article: longArticle, cta: subscribe, ad: advert, 'ad-after': 2 }, decorators: [styledParts('news-article')] };
