import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/popular-news/define.js';
import type { FieldMapping } from '../src/data/formats/mapping.js';
import ghost from '../test/fixtures/ghost-posts.json';
import { OFFLINE } from './fake-fetch.js';
import { styledParts } from './parts.js';

/**
 * A made-up analytics export: stories with their view counts, in no particular order. `items` and
 * `mapping` read it, and the mapping's `metrics` give `sort-by="views"` its numbers.
 */
const MOST_READ = {
  generated: '2026-03-03T12:00:00Z',
  rows: [
    { slug: 'harbour-wall', headline: 'Council backs the harbour wall repair after winter storms', dek: 'Councillors approved the plan by eleven votes to two; work starts in May and the fish quay stays open throughout.', href: 'https://courier.example/harbour-wall', views: 8120, comments: 31 },
    { slug: 'night-bus', headline: 'Night buses return to the coast road', dek: 'The N4 will run every hour after midnight on Fridays and Saturdays, two years after it was cut.', href: 'https://courier.example/night-bus', views: 15240, comments: 12 },
    { slug: 'regatta', headline: 'Aldermoor rowers take three golds at the spring regatta', dek: 'The club won three of the five finals on the estuary and now trains for the county championships.', href: 'https://courier.example/regatta', views: 2310, comments: 4 },
    { slug: 'comet', headline: 'Sixth-formers spot a faint comet from the school roof', dek: 'Three students logged a slowly moving smudge of light that observatories are now following up.', href: 'https://courier.example/comet', views: 11800, comments: 58 },
    { slug: 'library', headline: 'Library opens on Sundays from next month', dek: 'Doors open from ten until four, with a homework club in the reading room.', href: 'https://courier.example/library', views: 960, comments: 2 },
  ],
};
const MAPPING: FieldMapping = { id: 'slug', title: 'headline', excerpt: 'dek', url: 'href', metrics: { views: 'views', comments: 'comments' } };

/** The same box in Arabic (original sample text). */
const ARABIC = {
  rows: [
    { slug: 'a', headline: 'عبّارة كهربائية جديدة تبدأ رحلاتها يوم الاثنين', dek: 'تنطلق أول رحلة في السادسة وأربعين دقيقة صباحًا.', href: 'https://akhbar.example/a', views: 4200 },
    { slug: 'b', headline: 'طلاب يرصدون مذنّبًا خافتًا من سطح مدرستهم', dek: 'تتابع المراصد الآن البقعة الضوئية للتأكد من مسارها.', href: 'https://akhbar.example/b', views: 9100 },
    { slug: 'c', headline: 'المكتبة العامة تفتح أبوابها أيام الأحد', dek: 'من العاشرة حتى الرابعة، مع نادٍ للواجبات المدرسية.', href: 'https://akhbar.example/c', views: 1500 },
  ],
};

interface PopularNewsArgs {
  data?: unknown;
  items?: string;
  mapping?: FieldMapping;
  src?: string;
  heading?: string;
  limit: number;
  'excerpt-length': number;
  'sort-by'?: string;
  'sort-order': 'desc' | 'asc';
  layout: 'list' | 'grid' | 'compact';
  theme?: 'light' | 'dark' | 'auto';
  lang?: string;
}

const meta: Meta<PopularNewsArgs> = {
  title: 'Widgets/popular-news',
  component: 'popular-news',
  args: {
    data: MOST_READ,
    items: 'rows',
    mapping: MAPPING,
    heading: 'Most Popular',
    limit: 3,
    'excerpt-length': 80,
    'sort-by': 'views',
    'sort-order': 'desc',
    layout: 'list',
  },
  argTypes: {
    data: { control: false },
    mapping: { control: false },
    'sort-by': { control: 'inline-radio', options: [undefined, 'views', 'comments'] },
  },
  // Links in the stories point at made-up sites: selecting a story stays in Storybook.
  decorators: [(story) => html`<div style="max-width: 22rem" @news-select=${(event: Event) => event.preventDefault()}>${story()}</div>`],
  render: (args) =>
    html`<popular-news
      .data=${args.data}
      .mapping=${args.mapping}
      items=${ifDefined(args.items)}
      src=${ifDefined(args.src)}
      heading=${ifDefined(args.heading)}
      limit=${args.limit}
      excerpt-length=${args['excerpt-length']}
      sort-by=${ifDefined(args['sort-by'])}
      sort-order=${args['sort-order']}
      layout=${args.layout}
      theme=${ifDefined(args.theme)}
      lang=${ifDefined(args.lang)}
    ></popular-news>`,
};

export default meta;
type Story = StoryObj<PopularNewsArgs>;

/** The reference page's box: the three most read stories, ranked by views, with short teasers. */
export const MostRead: Story = {};

/** Ranked by comments instead. */
export const MostCommented: Story = {
  args: { 'sort-by': 'comments', heading: 'Most Discussed' },
};

/** In the source's own order (a Ghost feed), with the default heading and five stories. */
export const SourceOrder: Story = {
  args: { data: ghost, items: undefined, mapping: undefined, heading: undefined, 'sort-by': undefined, limit: 5 },
};

/** Titles only, with smaller ranks. */
export const Compact: Story = {
  args: { layout: 'compact', limit: 5 },
};

/** The endpoint does not exist (404): no retry, it would not help. */
export const LoadError: Story = {
  args: { data: undefined, src: '/no-such-endpoint.json' },
};

/** The reader is offline: what happened, and a way to try again. */
export const Offline: Story = {
  args: { data: undefined, src: OFFLINE },
};

/** Arabic, right to left, with Arabic numerals for the ranks. */
export const RightToLeft: Story = {
  args: { data: ARABIC, lang: 'ar', heading: undefined },
};

/** Its own dark surface (`theme="dark"`). */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="padding: 1rem; background: #0e0f12; color: #e6e6ea">${story()}</div>`],
};

/** Every part the element documents, styled from outside with `::part()` (an outline of its own colour each), and listed below. */
export const StyledParts: Story = { decorators: [styledParts('popular-news')] };
