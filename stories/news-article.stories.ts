import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/news-article/define.js';
import type { NewsArticle } from '../src/data/model.js';
import { NEVER_ANSWERS, OFFLINE } from './fake-fetch.js';
import { styledParts } from './parts.js';
import { arabicArticle, longArticle, wordpressPosts } from './sample-articles.js';

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
  args: { data: wordpressPosts, cta: subscribe, ad: advert, 'ad-after': 1 },
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
  args: { data: wordpressPosts, 'article-id': '404' },
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
