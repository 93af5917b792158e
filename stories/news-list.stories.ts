import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/news-list/define.js';
import type { NewsArticle } from '../src/data/model.js';
import { answerFetch, NEVER_ANSWERS, OFFLINE } from './fake-fetch.js';
import { styledParts } from './parts.js';
import { ARABIC, READ_NOW } from './sample-lists.js';

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

/** Two made-up sources the stories answer themselves: JSON Feeds of alternate Read Now stories. */
const HARBOUR_FEED = 'https://harbour.example/feed.json';
const VALLEY_FEED = 'https://valley.example/feed.json';

answerFetch((url) => {
  const half = url === HARBOUR_FEED ? 0 : url === VALLEY_FEED ? 1 : undefined;
  if (half === undefined) return undefined;
  const items = READ_NOW.filter((_article, index) => index % 2 === half).map((article) => ({
    id: article.id,
    url: article.url,
    title: article.title,
    summary: article.excerpt,
    date_published: article.published,
  }));
  const feed = { version: 'https://jsonfeed.org/version/1.1', title: half ? 'Valley Post' : 'Harbour Times', items };
  return Promise.resolve(new Response(JSON.stringify(feed), { headers: { 'Content-Type': 'application/feed+json' } }));
});

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

/**
 * Two sources in one list: a link to each inside it, whose text names the source (a page without script
 * shows the links). Their stories are merged newest first, each saying its source on its meta line.
 */
export const SeveralSources: Story = {
  args: { articles: undefined, heading: 'Around the valley', limit: 6 },
  render: (args) =>
    html`<news-list heading=${ifDefined(args.heading)} layout=${args.layout} limit=${ifDefined(args.limit)} excerpt-length=${args['excerpt-length']}>
      <a href=${HARBOUR_FEED}>Harbour Times</a>
      <a href=${VALLEY_FEED}>Valley Post</a>
    </news-list>`,
};

/** Every part the element documents, styled from outside with `::part()` (an outline of its own colour each), and listed below. */
export const StyledParts: Story = { args: { thumbnails: true }, decorators: [styledParts('news-list')] };
