/**
 * schema.org JSON-LD: one article (NewsArticle, BlogPosting, any `...Article` type), an array of them, a
 * `@graph` holding them, or an `ItemList` of `ListItem`s.
 */
import type { NewsImage, NewsPage, NewsPerson, NewsTerm } from '../model.js';
import { asArray, asCount, asId, asIsoDate, asNumber, asPositiveInt, asRecord, decodedText, safeUrl } from '../values.js';
import type { AdapterContext, FormatAdapter } from './adapter.js';
import { type ArticleDraft, finishAll, makePerson } from '../finish.js';
import { isJsonLd, isLdArticle, isLdItemList, localName, typesOf } from './detect.js';
import { textToHtml } from './text-to-html.js';

type LdNode = Record<string, unknown>;

interface ReadContext {
  base: string | undefined;
  /** Nodes by `@id`, so `{"@id": "...#author"}` references (as Yoast and others write them) can be followed. */
  nodes: Map<string, LdNode>;
}

/** One article to read, with what the `ListItem` around it said, if any. */
interface Entry {
  node: LdNode;
  listUrl?: unknown;
  listName?: unknown;
}

/** JSON-LD is small in practice; the bound keeps hostile nesting from costing a deep recursion. */
const MAX_DEPTH = 6;
const MAX_ENTRIES = 500;

/** A JSON-LD value as one scalar: the first of an array, the `@value` of a value object. */
function unwrap(value: unknown): unknown {
  const first = Array.isArray(value) ? value[0] : value;
  const record = asRecord(first);
  return record && Object.hasOwn(record, '@value') ? record['@value'] : first;
}

function text(value: unknown): string {
  return decodedText(unwrap(value));
}

function httpId(value: unknown): string | undefined {
  return typeof value === 'string' && /^https?:\/\//i.test(value.trim()) ? safeUrl(value) : undefined;
}

/** The node a bare `{"@id": ...}` reference points at, merged with what the reference itself says. */
function resolve(value: unknown, context: ReadContext): LdNode | undefined {
  const record = asRecord(value);
  const id = record?.['@id'];
  if (!record || typeof id !== 'string' || record['@type'] !== undefined) return record;
  const target = context.nodes.get(id);
  return target ? { ...target, ...record } : record;
}

/** A link from a URL string or from a node's `url` / `@id` (`mainEntityOfPage: {"@id": ...}`, followed to the page node when present). */
function linkOf(value: unknown, context: ReadContext): string | undefined {
  for (const candidate of Array.isArray(value) ? value : [value]) {
    if (typeof candidate === 'string') {
      const url = safeUrl(candidate, { base: context.base });
      if (url) return url;
    }
    const record = resolve(candidate, context);
    const url = record ? (safeUrl(unwrap(record.url), { base: context.base }) ?? httpId(record['@id'])) : undefined;
    if (url) return url;
  }
  return undefined;
}

/** Width/height: a number, a numeric string, or a QuantitativeValue `{value}`. */
function dimension(value: unknown): number | undefined {
  const unwrapped = unwrap(value);
  return asPositiveInt(unwrapped) ?? asPositiveInt(asRecord(unwrapped)?.value);
}

/** The first usable image: a URL, an ImageObject, or an array of either (publishers list their preferred crop first). */
function readImage(value: unknown, context: ReadContext): NewsImage | undefined {
  for (const candidate of Array.isArray(value) ? value : [value]) {
    if (typeof candidate === 'string') {
      const url = safeUrl(candidate, { base: context.base });
      if (url) return { url, alt: '' };
      continue;
    }
    const record = resolve(candidate, context);
    if (!record) continue;
    const url = safeUrl(unwrap(record.url), { base: context.base }) ?? safeUrl(unwrap(record.contentUrl), { base: context.base });
    if (!url) continue;
    const image: NewsImage = { url, alt: text(record.caption) };
    const width = dimension(record.width);
    const height = dimension(record.height);
    if (width !== undefined) image.width = width;
    if (height !== undefined) image.height = height;
    return image;
  }
  return undefined;
}

function readPeople(value: unknown, context: ReadContext): NewsPerson[] {
  const people: NewsPerson[] = [];
  for (const candidate of Array.isArray(value) ? value : [value]) {
    if (typeof candidate === 'string') {
      const name = decodedText(candidate);
      if (name !== '') people.push({ name });
      continue;
    }
    const record = resolve(candidate, context);
    if (!record) continue;
    const name = text(record.name) || [text(record.givenName), text(record.familyName)].filter((part) => part !== '').join(' ');
    const person = makePerson(name, unwrap(record.url), readImage(record.image, context)?.url, context.base);
    if (person) people.push(person);
  }
  return people;
}

function terms(names: string[]): NewsTerm[] {
  const seen = new Set<string>();
  const result: NewsTerm[] = [];
  for (const name of names) {
    const key = name.toLowerCase();
    if (name === '' || seen.has(key)) continue;
    seen.add(key);
    result.push({ name });
  }
  return result;
}

/** `keywords` is a comma-separated string, or an array of strings or DefinedTerms. */
function readKeywords(value: unknown): NewsTerm[] {
  if (typeof value === 'string') return terms(value.split(',').map(decodedText));
  return terms(asArray(value).map((keyword) => (typeof keyword === 'string' ? decodedText(keyword) : text(asRecord(keyword)?.name))));
}

function readSections(value: unknown): NewsTerm[] {
  return terms((Array.isArray(value) ? value : [value]).map(text));
}

/** Which metric an InteractionCounter's `interactionType` counts. */
const INTERACTION_METRICS: Record<string, string> = {
  ViewAction: 'views',
  ReadAction: 'views',
  WatchAction: 'views',
  CommentAction: 'commentCount',
  LikeAction: 'likes',
  ShareAction: 'shares',
};

/** `interactionType` is written as a name, an IRI, or an Action node (`{"@type": "CommentAction"}`). */
function actionName(value: unknown): string {
  const type = unwrap(value);
  if (typeof type === 'string') return localName(type);
  const record = asRecord(type);
  const id = record?.['@id'];
  return (record ? typesOf(record)[0] : undefined) ?? (typeof id === 'string' ? localName(id) : '');
}

function readInteractions(value: unknown): Record<string, number> {
  const metrics: Record<string, number> = {};
  for (const candidate of Array.isArray(value) ? value : [value]) {
    const counter = asRecord(candidate);
    if (!counter) continue;
    const metric = INTERACTION_METRICS[actionName(counter.interactionType)];
    const count = asCount(unwrap(counter.userInteractionCount));
    // Views and reads count the same visits, so the larger is kept rather than their sum.
    if (metric !== undefined && count !== undefined) metrics[metric] = Math.max(metrics[metric] ?? 0, count);
  }
  return metrics;
}

const DURATION = /^P(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/i;

/** Minutes from an ISO 8601 duration (`PT5M`, `PT1H10M`, `PT90S`); years and months make no sense for reading. */
function readMinutes(value: unknown): number | undefined {
  const raw = unwrap(value);
  const match = typeof raw === 'string' ? DURATION.exec(raw.trim()) : null;
  if (!match) return undefined;
  const [weeks, days, hours, minutes, seconds] = match.slice(1).map((part) => (part ? Number(part.replace(',', '.')) : 0));
  const total = (weeks ?? 0) * 10080 + (days ?? 0) * 1440 + (hours ?? 0) * 60 + (minutes ?? 0) + (seconds ?? 0) / 60;
  return total > 0 ? asPositiveInt(Math.max(1, Math.round(total))) : undefined;
}

/** `articleBody` is plain text; an array of strings is read as consecutive paragraphs. */
function readBody(value: unknown): string {
  const parts = (Array.isArray(value) ? value : [value]).map(unwrap).filter((part): part is string => typeof part === 'string');
  return textToHtml(parts.join('\n\n'));
}

function readIdentifier(value: unknown): string | undefined {
  const identifier = unwrap(value);
  const record = asRecord(identifier);
  return record ? asId(unwrap(record.value)) : asId(identifier);
}

function readEntry(entry: Entry, context: ReadContext): ArticleDraft {
  const node = resolve(entry.node, context) ?? {};
  const url = linkOf(node.url, context) ?? linkOf(node.mainEntityOfPage, context) ?? linkOf(entry.listUrl, context) ?? httpId(node['@id']);
  const metrics = readInteractions(node.interactionStatistic);
  const commentCount = asCount(unwrap(node.commentCount)) ?? metrics.commentCount;
  delete metrics.commentCount;
  return {
    id: asId(node['@id']) ?? readIdentifier(node.identifier) ?? url,
    url,
    title: text(node.headline) || text(node.name) || text(entry.listName),
    excerpt: text(node.description),
    bodyHtml: readBody(node.articleBody),
    image: readImage(node.image, context) ?? readImage(node.thumbnailUrl, context),
    authors: readPeople(node.author, context),
    published: asIsoDate(unwrap(node.datePublished)),
    modified: asIsoDate(unwrap(node.dateModified)),
    categories: readSections(node.articleSection),
    tags: readKeywords(node.keywords),
    readingTimeMinutes: readMinutes(node.timeRequired),
    commentCount,
    metrics,
  };
}

/** Records every node that has an `@id` and a type, so references elsewhere in the document can be followed. */
function indexNodes(value: unknown, nodes: Map<string, LdNode>, depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (const inner of value) indexNodes(inner, nodes, depth + 1);
    return;
  }
  const node = asRecord(value);
  if (!node) return;
  const id = node['@id'];
  if (typeof id === 'string' && node['@type'] !== undefined && !nodes.has(id)) nodes.set(id, node);
  indexNodes(node['@graph'], nodes, depth + 1);
}

/** The entries of an ItemList, in `position` order (elements without one keep their place after the rest). */
function listEntries(list: LdNode): Entry[] {
  const raw = list.itemListElement;
  const ranked = (Array.isArray(raw) ? raw : [raw]).map((element, index) => ({
    element,
    index,
    position: asNumber(asRecord(element)?.position) ?? Number.MAX_SAFE_INTEGER,
  }));
  ranked.sort((a, b) => a.position - b.position || a.index - b.index);
  const entries: Entry[] = [];
  for (const { element } of ranked) {
    if (typeof element === 'string') {
      entries.push({ node: {}, listUrl: element });
      continue;
    }
    const record = asRecord(element);
    if (!record) continue;
    if (!typesOf(record).includes('ListItem')) {
      entries.push({ node: record });
      continue;
    }
    const item = record.item;
    const node = asRecord(item) ?? {};
    entries.push({ node, listUrl: typeof item === 'string' ? item : record.url, listName: record.name });
  }
  return entries;
}

/** Finds the articles in document order: through arrays, `@graph`, ItemLists and a page's `mainEntity`. */
function collect(value: unknown, entries: Entry[], seen: Set<string>, depth: number): void {
  if (depth > MAX_DEPTH || entries.length >= MAX_ENTRIES) return;
  if (Array.isArray(value)) {
    for (const inner of value) collect(inner, entries, seen, depth + 1);
    return;
  }
  const node = asRecord(value);
  if (!node) return;
  const found = isLdArticle(node) ? [{ node }] : isLdItemList(node) ? listEntries(node) : [];
  for (const entry of found) {
    // The same article often appears twice (in the @graph and as a list item or main entity); keep the first.
    const id = entry.node['@id'];
    if (typeof id === 'string') {
      if (seen.has(id)) continue;
      seen.add(id);
    }
    if (entries.length < MAX_ENTRIES) entries.push(entry);
  }
  if (isLdArticle(node) || isLdItemList(node)) return;
  collect(node['@graph'], entries, seen, depth + 1);
  collect(node.mainEntity, entries, seen, depth + 1);
}

export const jsonLd: FormatAdapter = {
  name: 'json-ld',

  detect: isJsonLd,

  parse(json: unknown, context: AdapterContext): NewsPage {
    const read: ReadContext = { base: context.url, nodes: new Map() };
    indexNodes(json, read.nodes, 0);
    const entries: Entry[] = [];
    collect(json, entries, new Set(), 0);
    return { articles: finishAll(entries, (entry) => readEntry(entry as Entry, read)) };
  },
};
