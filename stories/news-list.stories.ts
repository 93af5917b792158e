import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/news-list/define.js';
import { FORMATS } from '../src/data/formats/all.js';
import type { NewsArticle } from '../src/data/model.js';
import ghost from '../test/fixtures/ghost-posts.json';
import jsonFeed from '../test/fixtures/json-feed-1.1.json';
import newsApi from '../test/fixtures/newsapi.json';
import wordpress from '../test/fixtures/wordpress-posts-embed.json';
import { NEVER_ANSWERS, OFFLINE } from './fake-fetch.js';
import { styledParts } from './parts.js';

/**
 * Pictures drawn here, because the fixtures' image URLs point at made-up sites: a gradient per story, so
 * the grid and thumbnails look as they will with real photos.
 */
function picture(index: number): string {
  const hue = (index * 47) % 360;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400"><defs><linearGradient id="g" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},60%,55%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},55%,28%)"/></linearGradient></defs><rect width="600" height="400" fill="url(#g)"/></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** Twelve stories, as on the reference page's "Read Now", read from the test fixtures by the real adapters. */
const READ_NOW: NewsArticle[] = [
  FORMATS.wordpress.parse(wordpress, { url: 'https://kelsby-courier.example/wp-json/wp/v2/posts?_embed' }),
  FORMATS['json-feed'].parse(jsonFeed, { url: 'https://courier.example/feed.json' }),
  FORMATS.ghost.parse(ghost, { url: 'https://wenlow-tides.example/ghost/api/content/posts/' }),
  FORMATS.newsapi.parse(newsApi, { url: 'https://newsapi.example/v2/top-headlines' }),
]
  .flatMap((page) => page.articles)
  .slice(0, 12)
  .map((article, index) => ({ ...article, image: { url: picture(index), alt: '', width: 600, height: 400 } }));

/** Original Arabic sample stories for the right-to-left layout. */
const ARABIC: NewsArticle[] = [
  ['عبّارة كهربائية جديدة تبدأ رحلاتها إلى الميناء يوم الاثنين', 'تنطلق أول رحلة في السادسة وأربعين دقيقة صباحًا، وتستغرق الرحلة أربع عشرة دقيقة بدلًا من إحدى عشرة.', 'النقل'],
  ['طلاب يرصدون مذنّبًا خافتًا من سطح مدرستهم', 'سجّل ثلاثة طلاب بقعة ضوئية تتحرك ببطء، وتتابعها المراصد الآن للتأكد من مسارها.', 'علوم'],
  ['المكتبة العامة تفتح أبوابها أيام الأحد', 'تفتح المكتبة من العاشرة حتى الرابعة، مع نادٍ للواجبات المدرسية في قاعة المطالعة.', 'مجتمع'],
  ['فريق المدينة يتأهل إلى نصف نهائي الكأس', 'سجّل القائد هدف الفوز برأسية في الدقائق الأخيرة من مباراة الإعادة.', 'رياضة'],
].map(([title, excerpt, category], index) => ({
  id: `ar-${index}`,
  url: `https://akhbar.example/story-${index}`,
  title: title!,
  excerpt: excerpt!,
  bodyHtml: '',
  authors: [],
  categories: [{ name: category! }],
  tags: [],
  metrics: {},
  published: `2026-03-0${index + 1}T09:00:00.000Z`,
  image: { url: picture(index + 5), alt: '', width: 600, height: 400 },
}));

interface NewsListArgs {
  articles?: NewsArticle[];
  src?: string;
  layout: 'list' | 'grid' | 'compact';
  heading?: string;
  'heading-level': number;
  'excerpt-length': number;
  thumbnails: boolean;
  limit?: number;
  'load-more': 'none' | 'manual' | 'auto';
  timeout?: number;
  theme?: 'light' | 'dark' | 'auto';
  lang?: string;
}

const meta: Meta<NewsListArgs> = {
  title: 'Widgets/news-list',
  component: 'news-list',
  args: {
    articles: READ_NOW,
    layout: 'list',
    heading: 'Read Now',
    'heading-level': 2,
    'excerpt-length': 160,
    thumbnails: false,
    'load-more': 'none',
  },
  argTypes: {
    articles: { control: false },
  },
  // Links in the stories point at made-up sites: selecting a story stays in Storybook.
  decorators: [(story) => html`<div @news-select=${(event: Event) => event.preventDefault()}>${story()}</div>`],
  render: (args) =>
    html`<news-list
      .articles=${args.articles}
      src=${ifDefined(args.src)}
      layout=${args.layout}
      heading=${ifDefined(args.heading)}
      heading-level=${args['heading-level']}
      excerpt-length=${args['excerpt-length']}
      ?thumbnails=${args.thumbnails}
      limit=${ifDefined(args.limit)}
      load-more=${args['load-more']}
      timeout=${ifDefined(args.timeout)}
      theme=${ifDefined(args.theme)}
      lang=${ifDefined(args.lang)}
    ></news-list>`,
};

export default meta;
type Story = StoryObj<NewsListArgs>;

/** The reference page's "Read Now": twelve stories, each a title and a teaser cut at a word. */
export const List: Story = {};

/** With thumbnails beside each story. */
export const ListWithThumbnails: Story = {
  args: { thumbnails: true },
};

/** Cards in as many columns as fit (one at 320px wide), each with its picture. */
export const Grid: Story = {
  args: { layout: 'grid', 'excerpt-length': 110 },
};

/** Titles and dates only, for a sidebar. */
export const Compact: Story = {
  args: { layout: 'compact', heading: 'Latest' },
};

/** Four at a time: "Load more stories" shows the next four, then says when there are no more. */
export const LoadMore: Story = {
  args: { limit: 4, 'load-more': 'manual' },
};

/** While the first page is on its way: a placeholder the size of the list. */
export const Loading: Story = {
  args: { articles: undefined, src: NEVER_ANSWERS, limit: 4, timeout: 2147483647 },
};

/** The endpoint does not exist (404): what happened; trying again would not help, so no button. */
export const LoadError: Story = {
  args: { articles: undefined, src: '/no-such-endpoint.json' },
};

/** The reader is offline: what happened, and a way to try again. */
export const Offline: Story = {
  args: { articles: undefined, src: OFFLINE },
};

/** The endpoint had no stories. */
export const Empty: Story = {
  args: { articles: [] },
};

/** Arabic, right to left: text, thumbnails and dates mirror. */
export const RightToLeft: Story = {
  args: { articles: ARABIC, lang: 'ar', heading: 'اقرأ الآن', thumbnails: true },
};

/** In French, with French dates and messages. */
export const French: Story = {
  args: { lang: 'fr', heading: 'À lire', limit: 4, 'load-more': 'manual' },
};

/** Its own dark surface (`theme="dark"`). */
export const Dark: Story = {
  args: { theme: 'dark', layout: 'grid', 'excerpt-length': 110 },
  decorators: [(story) => html`<div style="padding: 1rem; background: #0e0f12; color: #e6e6ea">${story()}</div>`],
};

/** No theme on a dark page: the list takes the page's font and colours. */
export const InheritsThePage: Story = {
  args: { limit: 4 },
  decorators: [
    (story) => html`<div style="padding: 1rem; background: #20232a; color: #f4f1ea; font-family: Georgia, serif">${story()}</div>`,
  ],
};

/** Every part the element documents, styled from outside with `::part()` (an outline of its own colour each), and listed below. */
export const StyledParts: Story = { args: { thumbnails: true }, decorators: [styledParts('news-list')] };
