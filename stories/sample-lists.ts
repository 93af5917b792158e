import { FORMATS } from '../src/data/formats/all.js';
import type { NewsArticle } from '../src/data/model.js';
import ghost from '../test/fixtures/ghost-posts.json';
import jsonFeed from '../test/fixtures/json-feed-1.1.json';
import newsApi from '../test/fixtures/newsapi.json';
import wordpress from '../test/fixtures/wordpress-posts-embed.json';
import { demoMedia } from './demo-media.js';

/**
 * The articles of the `<news-list>` stories and of the Page story's "Read Now". Their pictures come from
 * the demo API (see `demo-media.ts`), because the fixtures' image URLs point at made-up sites (and a
 * `data:` URL is no image URL a widget accepts): one per story, named after it, so the grid and
 * thumbnails look as they will with real photos.
 */
const picture = (name: string) => ({ url: demoMedia(name, 600, 400), alt: '', width: 600, height: 400 });

/** The first words of a story's slug (or title), as the name of its picture. */
const pictureName = (article: NewsArticle): string =>
  (article.slug ?? article.title)
    .normalize('NFD')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 3)
    .join('-');

/** Twelve stories, as on the reference page's "Read Now", read from the test fixtures by the real adapters. */
export const READ_NOW: NewsArticle[] = [
  FORMATS.wordpress.parse(wordpress, { url: 'https://kelsby-courier.example/wp-json/wp/v2/posts?_embed' }),
  FORMATS['json-feed'].parse(jsonFeed, { url: 'https://courier.example/feed.json' }),
  FORMATS.ghost.parse(ghost, { url: 'https://wenlow-tides.example/ghost/api/content/posts/' }),
  FORMATS.newsapi.parse(newsApi, { url: 'https://newsapi.example/v2/top-headlines' }),
]
  .flatMap((page) => page.articles)
  .slice(0, 12)
  .map((article) => ({ ...article, image: picture(pictureName(article)) }));

/** Original Arabic sample stories for the right-to-left layout, each with a Latin name for its picture. */
export const ARABIC: NewsArticle[] = [
  ['عبّارة كهربائية جديدة تبدأ رحلاتها إلى الميناء يوم الاثنين', 'تنطلق أول رحلة في السادسة وأربعين دقيقة صباحًا، وتستغرق الرحلة أربع عشرة دقيقة بدلًا من إحدى عشرة.', 'النقل', 'electric-ferry'],
  ['طلاب يرصدون مذنّبًا خافتًا من سطح مدرستهم', 'سجّل ثلاثة طلاب بقعة ضوئية تتحرك ببطء، وتتابعها المراصد الآن للتأكد من مسارها.', 'علوم', 'school-comet'],
  ['المكتبة العامة تفتح أبوابها أيام الأحد', 'تفتح المكتبة من العاشرة حتى الرابعة، مع نادٍ للواجبات المدرسية في قاعة المطالعة.', 'مجتمع', 'sunday-library'],
  ['فريق المدينة يتأهل إلى نصف نهائي الكأس', 'سجّل القائد هدف الفوز برأسية في الدقائق الأخيرة من مباراة الإعادة.', 'رياضة', 'cup-semi-final'],
].map(([title, excerpt, category, name], index) => ({
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
  image: picture(name!),
}));
