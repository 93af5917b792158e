/**
 * Keeps the comments on the story being read when a reader opens another one from the list: the list
 * reads that story's comments, and the form (which Reply points at) posts to it.
 */
const story = document.querySelector('news-article');
const list = document.querySelector('comment-list');
const form = document.querySelector('comment-form');

story?.addEventListener('news-load', (event) => {
  const { article } = (event as CustomEvent<{ article?: { postId?: number } }>).detail;
  if (!article?.postId) return;
  const id = String(article.postId);
  if (list && list.getAttribute('post-id') !== id) {
    list.setAttribute('post-id', id);
    list.setAttribute('src', `/wp-json/wp/v2/comments?post=${id}`);
  }
  form?.setAttribute('post-id', id);
});
