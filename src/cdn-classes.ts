/**
 * The script-tag build's classes, recognised across its copies. The core carries its own `NewsError` (for
 * an element whose file did not load), the element files and the data API share another, the all-in-one
 * file has a third. Each loaded copy of a class is recorded here under its export name, and the classes
 * on `window.NewsWidgets` that must answer for every copy (the core's `NewsError`, the stand-ins for
 * classes not loaded yet) check against them all: `error instanceof NewsWidgets.NewsError` is right
 * whichever file made the error, and whether `NewsWidgets.NewsError` was read before or after it loaded.
 */
const copies = ((globalThis as Record<symbol, unknown>)[Symbol.for('news-widgets.classes')] ??= {}) as Record<string, object[]>;
/** `instanceof` as it is without a class's own `Symbol.hasInstance`. */
export const ordinary = Function.prototype[Symbol.hasInstance];

/** A class by the usual convention: a capitalised name (`NewsError`, `NewsListElement`; `FORMATS` is not). */
export const CLASS_NAME = /^[A-Z][a-z]/;

/** Whether `value` is an instance of any loaded copy of the class exported as `name`. */
export function isInstance(name: string, value: unknown): boolean {
  return !!copies[name]?.some((copy) => ordinary.call(copy, value));
}

/**
 * Records the classes among a loaded file's exports and puts the exports on `window.NewsWidgets`, over
 * the stand-ins; the core's `NewsError` and its `registerMessages` (which every copy listens to) stay.
 */
export function adoptExports(api: Record<string, unknown>, exports: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(exports)) {
    if (CLASS_NAME.test(name)) (copies[name] ??= []).push(value as object);
    if (name !== 'NewsError' && name !== 'registerMessages') api[name] = value;
  }
}
