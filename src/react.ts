/**
 * React components for the elements (`news-widgets/react`), with typed props and `on*` event props:
 * `<NewsList src="…" onNewsSelect={(e) => router.push(e.detail.article.url)} />`. Importing this module
 * registers the elements. React 19 can also use the tags directly; these wrappers add types and
 * camel-case event props, and work on React 18 too.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type { NewsErrorDetail } from './components/base/news-element.js';
import type { NewsCommentDetail } from './components/comment-form/comment-form.js';
import { CommentFormElement } from './components/comment-form/comment-form.js';
import { CommentListElement, type CommentListLoadDetail, type NewsReplyDetail } from './components/comment-list/comment-list.js';
import { NewsArticleElement } from './components/news-article/news-article.js';
import type { NewsListLoadDetail, NewsSelectDetail } from './components/news-list/news-list.js';
import { NewsListElement } from './components/news-list/news-list.js';
import { PopularNewsElement } from './components/popular-news/popular-news.js';
import type { NewsArticle as Article } from './data/model.js';
import './define.js';

const errorEvent = 'news-error' as EventName<CustomEvent<NewsErrorDetail>>;
const listEvents = {
  onNewsLoad: 'news-load' as EventName<CustomEvent<NewsListLoadDetail>>,
  onNewsError: errorEvent,
  onNewsSelect: 'news-select' as EventName<CustomEvent<NewsSelectDetail>>,
};

export const NewsArticle = createComponent({
  react: React,
  tagName: NewsArticleElement.tagName,
  elementClass: NewsArticleElement,
  events: {
    onNewsLoad: 'news-load' as EventName<CustomEvent<{ article?: Article }>>,
    onNewsError: errorEvent,
  },
});

export const NewsList = createComponent({ react: React, tagName: NewsListElement.tagName, elementClass: NewsListElement, events: listEvents });

export const PopularNews = createComponent({ react: React, tagName: PopularNewsElement.tagName, elementClass: PopularNewsElement, events: listEvents });

export const CommentList = createComponent({
  react: React,
  tagName: CommentListElement.tagName,
  elementClass: CommentListElement,
  events: {
    onNewsLoad: 'news-load' as EventName<CustomEvent<CommentListLoadDetail>>,
    onNewsError: errorEvent,
    onNewsReply: 'news-reply' as EventName<CustomEvent<NewsReplyDetail>>,
  },
});

export const CommentForm = createComponent({
  react: React,
  tagName: CommentFormElement.tagName,
  elementClass: CommentFormElement,
  events: {
    onNewsComment: 'news-comment' as EventName<CustomEvent<NewsCommentDetail>>,
    onNewsError: errorEvent,
  },
});
