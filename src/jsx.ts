/**
 * JSX types for the elements' own tags in React 19 (`<news-list layout="grid" limit={3} />`), for apps that
 * use the tags rather than the wrappers of `news-widgets/react` (which bring these types with them), and the
 * typed events. Types only, and only React apps load them: `import type {} from 'news-widgets/jsx'` once.
 *
 * Everything is derived from the one list of elements: the tags from `HTMLElementTagNameMap`, each tag's
 * attributes from its class's public properties. A property holding a plain value (text, number, flag) is
 * an attribute named in kebab case, as the elements name them (`excerpt-length`, `no-json-ld`); one holding
 * an object (`articles`, `article`, `mapping`, `messages`…) keeps its own name, which React 19 sets as a
 * property.
 */
import type { LitElement } from 'lit';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ELEMENTS } from './elements.js';

export type { NewsEventDetails, NewsEventMap } from './event-map.js';

type NewsElement = InstanceType<(typeof ELEMENTS)[number]>;

/** The tag of every element. */
export type NewsTagName = { [Tag in keyof HTMLElementTagNameMap]: HTMLElementTagNameMap[Tag] extends NewsElement ? Tag : never }[keyof HTMLElementTagNameMap];

type Kebab<Name extends string> = Name extends `${infer Head}${infer Tail}` ? `${Head extends Lowercase<Head> ? '' : '-'}${Lowercase<Head>}${Kebab<Tail>}` : Name;

/** Attributes whose name is not their property's in kebab case. */
interface Renamed {
  htmlFor: 'for';
}

type Plain = string | number | boolean | bigint | null | undefined;

/** Whether a member can be set (getters without a setter cannot). */
type Writable<Element, Key extends keyof Element> =
  (<T>() => T extends Pick<Element, Key> ? 1 : 2) extends <T>() => T extends { -readonly [K in Key]: Element[K] } ? 1 : 2 ? true : false;

/** The attributes (and object properties) an element adds to those of every HTML element. */
export type NewsElementAttributes<Element> = {
  [Key in keyof Element as Key extends keyof LitElement | `_${string}`
    ? never
    : Element[Key] extends (...args: never[]) => unknown
      ? never
      : Writable<Element, Key> extends false
        ? never
        : Key extends keyof Renamed
          ? Renamed[Key]
          : Key extends string
            ? Element[Key] extends Plain
              ? Kebab<Key>
              : Key
            : never]?: Element[Key];
};

type Props<Element> = NewsElementAttributes<Element> & Omit<DetailedHTMLProps<HTMLAttributes<Element>, Element>, keyof NewsElementAttributes<Element>>;

/** Each tag's props, as React's JSX knows them once this module is loaded. */
export type NewsIntrinsicElements = { [Tag in NewsTagName]: Props<HTMLElementTagNameMap[Tag]> };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX namespace is where tags are typed
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into React's own interface
    interface IntrinsicElements extends NewsIntrinsicElements {}
  }
}
