import type { NewsArticle } from '../src/data/model.js';
import posts from '../test/fixtures/wordpress-posts-embed.json';
import { demoMedia } from './demo-media.js';

/**
 * The articles the stories show, with their pictures from the demo API (see `demo-media.ts`): the
 * `<news-article>` stories and the Page story.
 */

/** WordPress's uploads folder in the fixture, an image's name and its size in the file name, if any (`-1024x683`). */
const UPLOADS = /https:\/\/kelsby-courier\.example\/wp-content\/uploads\/\d{4}\/\d{2}\/([a-z0-9-]+?)(?:-(\d+)x(\d+))?\.jpg/g;
/** The size of the original upload, as the fixture's `media_details` give it. */
const original = { width: 1600, height: 1067 };

/**
 * The WordPress posts of the test fixture (`/wp-json/wp/v2/posts?_embed`), their images drawn by the
 * demo API: the fixture's own point at a made-up site and would not load.
 */
export const wordpressPosts: unknown = JSON.parse(
  JSON.stringify(posts).replace(UPLOADS, (_url, name: string, width?: string, height?: string) =>
    demoMedia(name, width ? Number(width) : original.width, height ? Number(height) : original.height),
  ),
);

/** A long article of our own, with every kind of body content a CMS sends. */
export const longArticle: NewsArticle = {
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
<figure><img src="${demoMedia('gull-point-cottage', 1200, 800)}" alt="The whitewashed keeper’s cottage beside the tower" width="1200" height="800"><figcaption>The cottage after its restoration, seen from the cliff path.</figcaption></figure>
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
    url: demoMedia('gull-point-light', 1600, 900),
    alt: 'Gull Point lighthouse at dusk, its lamp lit',
    width: 1600,
    height: 900,
    srcset: `${demoMedia('gull-point-light', 800, 450)} 800w, ${demoMedia('gull-point-light', 1600, 900)} 1600w`,
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
export const arabicArticle: NewsArticle = {
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
  image: { url: demoMedia('city-library', 1600, 900), alt: 'واجهة المكتبة الجديدة', width: 1600, height: 900 },
  author: { name: 'سلمى حداد' },
  authors: [{ name: 'سلمى حداد' }],
  published: '2026-03-02T08:00:00.000Z',
  categories: [{ name: 'ثقافة', url: 'https://courier.example/ar/category/culture/' }],
  tags: [{ name: 'مكتبات' }],
  readingTimeMinutes: 2,
  metrics: {},
};
