import { defineConfig, type BuildEnvironmentOptions } from 'vite';
import { demoApiPlugin } from './src/demo/vite-plugin.js';

const elements = ['news-article', 'news-list', 'popular-news', 'comment-form'];

/** One classic-script (IIFE) file in dist/cdn, minified, everything bundled. */
function scriptTagBuild(entry: string, fileName: string, emptyOutDir: boolean): BuildEnvironmentOptions {
  return {
    outDir: 'dist/cdn',
    emptyOutDir,
    lib: { entry, formats: ['iife'], name: 'NewsWidgets', fileName: () => fileName },
    rolldownOptions: { output: { minify: true } },
  };
}

/**
 * `vite build`: the npm ES modules, one entry per element, Lit and DOMPurify left to the consumer's bundler.
 * `vite build --mode cdn`: the one-file bundle for a <script src> tag; `--mode cdn-purify`: the DOMPurify
 * file beside it, fetched only by browsers without the HTML Sanitizer API.
 */
export default defineConfig(({ mode }) => ({
  plugins: [demoApiPlugin()],
  define: { __NEWS_CDN__: JSON.stringify(mode === 'cdn') },
  build:
    mode === 'cdn'
      ? scriptTagBuild('src/cdn.ts', 'news-widgets.js', true)
      : mode === 'cdn-purify'
        ? scriptTagBuild('src/cdn-purify.ts', 'news-widgets.purify.js', false)
        : {
            outDir: 'dist',
            emptyOutDir: true,
            lib: {
              entry: {
                index: 'src/index.ts',
                define: 'src/define.ts',
                ...Object.fromEntries(elements.map((tag) => [tag, `src/components/${tag}/define.ts`])),
                react: 'src/react.ts',
              },
              formats: ['es'],
            },
            rolldownOptions: {
              external: [/^lit($|\/)/, /^@lit\//, /^dompurify$/, /^react($|\/)/],
              output: { minify: true },
            },
          },
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      {
        // Real Chromium against what users get: the built script-tag bundle on publisher pages, the static Storybook.
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/build-bundle.ts', 'test/e2e/build-storybook.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
}));
