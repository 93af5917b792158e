import type { NewsComment } from '../src/data/model.js';
import { demoMedia } from './demo-media.js';

/**
 * The comments the stories show: readers on "Northgate library reopens with a makerspace and longer
 * hours", in English, Arabic and French, each with an avatar from the demo API (their initials on a colour,
 * see `demo-media.ts`).
 */

const slug = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** The sample readers' avatar keys (`wyn-carrow`), each seen in a comment below. */
const faces = new Set<string>();

const avatar = (key: string): string => {
  faces.add(key);
  return demoMedia(`avatar-${key}`, 96, 96);
};

/** The avatar of anyone else. */
const ANONYMOUS = 'anonymous';
avatar(ANONYMOUS);

/**
 * The avatar key for a comment a reader posts from a story: the sample reader's of that name, else the
 * generic one (the static build has files for these only).
 */
export function faceOf(name: string): string {
  const key = slug(name);
  return faces.has(key) ? key : ANONYMOUS;
}

const STORY_URL = 'https://alder-bay.example/news/northgate-library-reopens/';
export const PUBLISHED = Date.parse('2026-11-17T09:15:00Z');

interface Said {
  /** Whom it answers (an id of this list), 0 for none. */
  parent?: number;
  minutes: number;
  /** A Latin key for the avatar, for names in other scripts. */
  face?: string;
  site?: string;
  status?: string;
  post?: number;
}

/** A comment in the normalized shape, `minutes` after the story went up. */
export function say(id: number, name: string, text: string, { parent = 0, minutes, face, site, status = 'approved', post = 2 }: Said): NewsComment {
  return {
    id: String(id),
    parent,
    postId: post,
    authorName: name,
    ...(site ? { authorUrl: site } : {}),
    authorAvatar: avatar(face ?? slug(name)),
    date: new Date(PUBLISHED + minutes * 60_000).toISOString(),
    contentHtml: text
      .split('\n\n')
      .map((paragraph) => `<p>${paragraph}</p>\n`)
      .join(''),
    url: `${STORY_URL}#comment-${id}`,
    status,
  };
}

/** Readers on "Northgate library reopens with a makerspace and longer hours": three conversations. */
export const DISCUSSION: NewsComment[] = [
  say(1, 'Wyn Carrow', 'Two years of walking to the community centre with a bag of returns, and it was worth the wait. The light in the top-floor reading room is lovely now.', { minutes: 42 }),
  say(2, 'Esther Blakely', 'It really is. They kept the old oak shelves as well, which I did not expect.', { parent: 1, minutes: 77, site: 'https://esther-reads.example/' }),
  say(3, 'Wyn Carrow', 'Someone on the staff told me the shelves went off to a joiner in Millbrook for the whole two years.', { parent: 2, minutes: 95 }),
  say(4, 'Omar Feld', 'Has anyone booked the makerspace yet? I would like to bring a sewing machine that has not run since about 1998.', { minutes: 130 }),
  say(5, 'Rosa Delaney', 'Booked it on Tuesday. The hourly slots go fast in the evenings, so go for a morning if you can. The staff member on duty helped me rethread mine.', { parent: 4, minutes: 188 }),
  say(6, 'Omar Feld', 'Good to know, thank you. A morning it is.', { parent: 5, minutes: 203 }),
  say(7, 'Priya Achterberg', 'The <a href="https://alder-bay.example/libraries/opening-hours/">opening hours page</a> still says 6pm on Thursdays. Is it 8pm or not?', { minutes: 260 }),
  say(8, 'Northgate Library', 'It is 8pm, Monday to Thursday. Thank you for spotting it: the page is being corrected today.', { parent: 7, minutes: 301, site: 'https://alder-bay.example/libraries/northgate/' }),
];

/** One conversation that goes back and forth, deeper than `max-depth` lets it nest. */
export const BACK_AND_FORTH: NewsComment[] = [
  ['Joss Whitlow', 'Evening opening is great, but why only until Thursday? Friday is when most of us have the time.'],
  ['Mira Santos', 'Staffing, I would guess. Four late evenings is already more than any other branch gets.'],
  ['Joss Whitlow', 'Then swap Monday for Friday. Nobody goes to the library on a Monday night.'],
  ['Mira Santos', 'I do! Monday is the only evening my shift finishes early.'],
  ['Joss Whitlow', 'Fair enough. Maybe the answer is a survey rather than the two of us guessing.'],
  ['Mira Santos', 'There is one at the front desk until the end of the month. Paper forms, but they read every one.'],
  ['Joss Whitlow', 'Then I will fill one in on Thursday evening, while it is still open.'],
].map(([name, text], i) => say(20 + i, name!, text!, { parent: i === 0 ? 0 : 19 + i, minutes: 60 + i * 35 }));

/** Short comments of their own, more than one screen's worth. */
export const MANY: NewsComment[] = [
  ['Hal Brennan', 'The lift makes all the difference for my dad. Thank you.'],
  ['Ada Quill', 'Is the local history room open yet, or still in storage?'],
  ['Sunita Rao', 'Children’s corner by the garden is a brilliant idea.'],
  ['Tom Ellery', 'Parking is still impossible on Mill Street on a weekday.'],
  ['Greta Nyland', 'Came for the 3D printer, stayed for the quiet floor.'],
  ['Ivo Marsh', 'Please keep the Saturday story time, it is the best hour of our week.'],
  ['Lena Cobb', 'Heating works properly at last. Remember the winter of 2023?'],
].map(([name, text], i) => say(40 + i, name!, text!, { minutes: 20 + i * 40 }));

/** Original Arabic sample comments, for the right-to-left layout. */
export const ARABIC: NewsComment[] = [
  say(60, 'سلمى حداد', 'أخيرًا عادت المكتبة! ابنتي تسأل عنها كل أسبوع منذ أن أُغلقت.', { minutes: 50, face: 'salma-haddad' }),
  say(61, 'يوسف القاسم', 'هل يحتاج نادي الواجبات المدرسية إلى تسجيل مسبق؟', { parent: 60, minutes: 85, face: 'yusuf-alqasim' }),
  say(62, 'سلمى حداد', 'لا، يكفي الحضور قبل الرابعة عصرًا.', { parent: 61, minutes: 110, face: 'salma-haddad' }),
  say(63, 'ليلى منصور', 'الطابق الهادئ رائع للمذاكرة، لكن المقاعد قليلة في المساء.', { minutes: 240, face: 'layla-mansour' }),
];

/** Original French sample comments. */
export const FRENCH: NewsComment[] = [
  say(70, 'Camille Roux', 'Enfin rouverte ! Les horaires du soir vont changer la vie de celles et ceux qui travaillent en journée.', { minutes: 35 }),
  say(71, 'Hugo Lefèvre', 'Tout à fait d’accord. Reste à savoir si l’atelier sera ouvert le week-end.', { parent: 70, minutes: 70 }),
  say(72, 'Camille Roux', 'D’après l’accueil, oui : le samedi matin, sur réservation.', { parent: 71, minutes: 98 }),
  say(73, 'Inès Marchand', 'Bravo à l’équipe pour le fonds d’histoire locale, j’ai hâte de le retrouver.', { minutes: 300 }),
];
