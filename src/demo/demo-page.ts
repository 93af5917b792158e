/**
 * The demo page routes as an app would: the story being read is in the address (`?post=ID`), so Back,
 * Forward, a reload and a shared link all show that story, with its comments under it.
 *
 * - A story opened from "Read Now" or "Popular": the list shows it in the `<news-article>` named by its
 *   `article-target` (scrolled to and focused, the link not followed); the page only records its address.
 *   (A list without `article-target` would need `preventDefault()` and `.article` set by the page.)
 * - Back and Forward (`popstate`), and a page opened at such an address: the article loads the story named.
 * - Whichever way a story comes, its `news-load` points the comment list and the form (which Reply
 *   points at) to it.
 *
 * This script runs before the elements are defined, so a page opened at `?post=ID` requests that story
 * and never the lead one.
 */
const story = document.querySelector('news-article');
const list = document.querySelector('comment-list');
const form = document.querySelector('comment-form');
/** The lead story, shown at the page's own address. */
const lead = story?.getAttribute('src') ?? '';

/** The post the address names, if any. */
function postInAddress(): number | undefined {
  const id = Number(new URLSearchParams(location.search).get('post'));
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

/** Points the comment list and the form at a post. */
function followPost(id: number): void {
  const post = String(id);
  if (list && list.getAttribute('post-id') !== post) {
    list.setAttribute('post-id', post);
    list.setAttribute('src', `/wp-json/wp/v2/comments?post=${post}`);
  }
  form?.setAttribute('post-id', post);
}

/** Shows the story the address names (the lead story when it names none). */
function showAddressed(): void {
  if (!story) return;
  const id = postInAddress();
  // A story a list handed in takes precedence over `src`: let go of it.
  if (story.article) story.article = undefined;
  story.setAttribute('src', id ? `/wp-json/wp/v2/posts/${id}?_embed` : lead);
  if (id) followPost(id);
}

document.addEventListener('news-select', (event) => {
  const id = (event as CustomEvent<{ article: { postId?: number } }>).detail.article.postId;
  if (id && id !== postInAddress()) history.pushState(null, '', `?post=${id}`);
});

story?.addEventListener('news-load', (event) => {
  const id = (event as CustomEvent<{ article?: { postId?: number } }>).detail.article?.postId;
  if (id) followPost(id);
});

addEventListener('popstate', showAddressed);
if (postInAddress()) showAddressed();
