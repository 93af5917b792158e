import type { Args, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { allTokens, tokenArgTypes } from '../.storybook/tokens.js';
import commentForm, { RightToLeft as FormRtl } from './comment-form.stories.js';
import commentList, { RightToLeft as CommentsRtl } from './comment-list.stories.js';
import newsArticle, { LongArticle, RightToLeft as ArticleRtl } from './news-article.stories.js';
import newsList, { RightToLeft as ListRtl } from './news-list.stories.js';
import popularNews, { RightToLeft as PopularRtl } from './popular-news.stories.js';

/**
 * The reference page rebuilt from the widgets together, on the stories' sample data: the article with its
 * call to action and ad slot, its comments and the comment form under it, "Popular News" beside it and
 * "Read Now" below. One theme panel: every token set in the controls applies to every widget at once,
 * and `theme` and `direction` switch them all (right to left shows the Arabic samples).
 */
interface PageArgs extends Args {
  theme: 'light' | 'dark' | 'auto';
  direction: 'ltr' | 'rtl';
}

type Part = { default: { args?: Args; render?: unknown }; rtl: { args?: Args }; ltr?: { args?: Args } };

/** Each widget's own story module: its render, its default args, and the story that shows it in Arabic. */
const WIDGETS = {
  article: { default: newsArticle, ltr: LongArticle, rtl: ArticleRtl },
  comments: { default: commentList, rtl: CommentsRtl },
  form: { default: commentForm, rtl: FormRtl },
  popular: { default: popularNews, rtl: PopularRtl },
  readNow: { default: newsList, rtl: ListRtl },
} as unknown as Record<string, Part>;

/** One widget as its own story draws it, with the page's theme and direction. */
function widget(name: keyof typeof WIDGETS, args: PageArgs, context: StoryContext, extra: Args = {}): unknown {
  const part = WIDGETS[name]!;
  const story = args.direction === 'rtl' ? part.rtl : part.ltr;
  const own = { ...part.default.args, ...story?.args, ...extra, theme: args.theme };
  return (part.default.render as (args: Args, context: StoryContext) => unknown)(own, context);
}

const PAGE_STYLE = `
  .page {
    display: grid;
    gap: 2rem;
    grid-template-columns: minmax(0, 1fr);
    max-width: 72rem;
    margin: 0 auto;
    padding: 1rem;
  }
  .page.dark {
    background: #0e0f12;
    color: #e6e6ea;
  }
  .page main,
  .page section {
    display: grid;
    gap: 2rem;
    min-width: 0;
  }
  @media (min-width: 56rem) {
    .page {
      grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
    }
    .page .read-now {
      grid-column: 1 / -1;
    }
  }
`;

const page = (args: PageArgs, context: StoryContext) => {
  const rtl = args.direction === 'rtl';
  // The page's own colours follow a dark theme too, as a publisher's dark page would.
  return html`<style>
      ${PAGE_STYLE}
    </style>
    <div
      class="page ${args.theme === 'dark' ? 'dark' : ''}"
      dir=${args.direction}
      lang=${rtl ? 'ar' : 'en'}
      @click=${(event: Event) => {
        // Links point at made-up sites: following one stays in Storybook.
        if (event.composedPath().some((node) => node instanceof HTMLAnchorElement && !node.getAttribute('href')?.startsWith('#'))) event.preventDefault();
      }}
      @news-select=${(event: Event) => event.preventDefault()}
    >
      <main>
        ${widget('article', args, context, rtl ? {} : { cta: 'Get the Courier in your inbox every morning, free.', ad: 'Alder Bay Cycle Hire: 20% off weekend rentals', 'ad-after': 3 })}
        <section aria-label=${rtl ? 'التعليقات' : 'Comments'}>
          ${widget('comments', args, context, { avatars: 'initials', 'heading-level': 2 })} ${widget('form', args, context)}
        </section>
      </main>
      <aside aria-label=${rtl ? 'الأكثر قراءة' : 'Popular'}>${widget('popular', args, context)}</aside>
      <div class="read-now">${widget('readNow', args, context, { layout: 'grid', thumbnails: true })}</div>
    </div>`;
};

const meta: Meta<PageArgs> = {
  title: 'Page/Reference page',
  args: { theme: 'light', direction: 'ltr' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'], description: 'Every widget’s `theme`.' },
    direction: { control: 'inline-radio', options: ['ltr', 'rtl'], description: 'Left to right (English samples) or right to left (Arabic samples).' },
    ...tokenArgTypes(allTokens()),
  },
  parameters: { layout: 'fullscreen' },
  render: page,
};

export default meta;
type Story = StoryObj<PageArgs>;

/** The whole page: tune a token in the controls and every widget follows. */
export const Page: Story = {};

/** The same page, right to left, in Arabic. */
export const PageRightToLeft: Story = { args: { direction: 'rtl' } };

/** The same page on a dark surface. */
export const PageDark: Story = { args: { theme: 'dark' } };
