/**
 * The stories' sample pictures and avatars, drawn by the demo API's picture route (`src/demo/api.js`).
 * `npm run storybook`'s dev server answers `/demo-media/` itself; for the static build,
 * `.storybook/main.ts` writes each picture asked for here as a file, `demo-media/<name>.svg`. It learns
 * which by loading `sample-media.ts`, which reads the sample modules: call `demoMedia()` in a sample
 * module as its data is built, not later in a story, or the static build lacks that picture (and the
 * Storybook e2e check, which fails on any image that does not load, says so).
 */

/** Each picture asked for, at the largest size asked (a static file has one size; the others scale). */
const asked = new Map<string, { width: number; height: number }>();

/**
 * The URL of a sample picture: absolute (a relative link in an article's body would belong to the
 * article's site), against Storybook's own page, so a static build served from a sub-folder finds it too.
 */
export function demoMedia(name: string, width: number, height: number): string {
  const before = asked.get(name);
  if (!before || width * height > before.width * before.height) asked.set(name, { width, height });
  const base = globalThis.document?.baseURI ?? 'http://localhost/';
  return new URL(`demo-media/${name}.svg?w=${width}&h=${height}`, base).href;
}

/** Every picture asked for so far, for the static build. */
export function askedMedia(): { name: string; width: number; height: number }[] {
  return [...asked].map(([name, size]) => ({ name, ...size }));
}
