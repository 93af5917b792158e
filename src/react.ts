/**
 * React components for the elements (`news-widgets/react`), with typed props and `on*` event props:
 * `<NewsList src="…" onNewsSelect={(e) => router.push(e.detail.article.url)} />`. Importing this module
 * registers the elements. React 19 can also use the tags directly (typed by `news-widgets/jsx`, which this
 * module's types include); these wrappers add camel-case event props, and work on React 18 too.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { CommentFormElement } from './components/comment-form/comment-form.js';
import { CommentListElement, type CommentListLoadDetail } from './components/comment-list/comment-list.js';
import { NewsArticleElement, type NewsArticleLoadDetail } from './components/news-article/news-article.js';
import { NewsListElement, type NewsListLoadDetail } from './components/news-list/news-list.js';
import { PopularNewsElement } from './components/popular-news/popular-news.js';
import { defineElements } from './elements.js';
import type { NewsEventMap } from './event-map.js';

export type { NewsEventDetails, NewsEventMap } from './event-map.js';
export type { NewsElementAttributes, NewsIntrinsicElements, NewsTagName } from './jsx.js';

// Here rather than through an import of news-widgets/define, so that the registration stays in this entry's
// own file of the build (see `defineElements`).
defineElements();

const errorEvent = 'news-error' as EventName<NewsEventMap['news-error']>;
const listEvents = {
  onNewsLoad: 'news-load' as EventName<CustomEvent<NewsListLoadDetail>>,
  onNewsError: errorEvent,
  onNewsSelect: 'news-select' as EventName<NewsEventMap['news-select']>,
};

export const NewsArticle = createComponent({
  react: React,
  tagName: NewsArticleElement.tagName,
  elementClass: NewsArticleElement,
  events: {
    onNewsLoad: 'news-load' as EventName<CustomEvent<NewsArticleLoadDetail>>,
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
    onNewsReply: 'news-reply' as EventName<NewsEventMap['news-reply']>,
  },
});

export const CommentForm = createComponent({
  react: React,
  tagName: CommentFormElement.tagName,
  elementClass: CommentFormElement,
  events: {
    onNewsComment: 'news-comment' as EventName<NewsEventMap['news-comment']>,
    onNewsError: errorEvent,
  },
});
