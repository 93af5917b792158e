/** Keeps the comment form on the story being read when a reader opens another one from the list. */
const story = document.querySelector('news-article');
const form = document.querySelector('comment-form');

story?.addEventListener('news-load', (event) => {
  const { article } = (event as CustomEvent<{ article?: { postId?: number } }>).detail;
  if (form && article?.postId) form.setAttribute('post-id', String(article.postId));
});
