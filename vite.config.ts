import { existsSync, readdirSync } from 'node:fs';
import { defineConfig, type BuildEnvironmentOptions, type Plugin } from 'vite';
import { demoApiPlugin } from './src/demo/vite-plugin.js';

/** Every element folder with a registering entry (`src/components/<tag>/define.ts`) gets its own npm entry. */
const elements = readdirSync('src/components').filter((name) => existsSync(`src/components/${name}/define.ts`));

/**
 * Minifies the CSS in `*.styles.ts` files (Lit's css`` literals keep their indentation otherwise): drops
 * comments and the white space that carries no meaning. Those files hold no interpolations or strings with
 * runs of spaces, which keeps this simple and safe.
 */
function minifyCssLiterals(): Plugin {
  const minify = (cssText: string): string =>
    cssText
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>~])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim();
  return {
    name: 'news-minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return undefined;
      return { code: code.replace(/css`([^`]*)`/g, (_, cssText: string) => `css\`${minify(cssText)}\``), map: null };
    },
  };
}

/** Files beside the script-tag bundle, fetched only by pages that need them (`news-widgets.<name>.js`). */
const CDN_EXTRAS: Record<string, string> = {
  purify: 'src/cdn-purify.ts',
  fr: 'src/i18n/packs/fr.ts',
  ar: 'src/i18n/packs/ar.ts',
};

/** One classic-script (IIFE) file in dist/cdn, minified, everything bundled. */
function scriptTagBuild(entry: string, name: string, emptyOutDir: boolean): BuildEnvironmentOptions {
  return {
    outDir: 'dist/cdn',
    emptyOutDir,
    lib: { entry, formats: ['iife'], name: name === 'news-widgets' ? 'NewsWidgets' : `NewsWidgets_${name}`, fileName: () => `${name}.js` },
    rolldownOptions: { output: { minify: true } },
  };
}

/**
 * `vite build`: the npm ES modules, one entry per element, Lit and DOMPurify left to the consumer's bundler.
 * `vite build --mode cdn`: the one-file bundle for a <script src> tag; `--mode cdn-<extra>`: each file
 * beside it that only some pages fetch (DOMPurify, language packs).
 */
export default defineConfig(({ mode }) => ({
  plugins: [demoApiPlugin(), minifyCssLiterals()],
  define: { __NEWS_CDN__: JSON.stringify(mode === 'cdn') },
  // `npm start` serves the demo and opens nothing (`--open=false` would be read as a path to open).
  server: { open: false },
  build:
    mode === 'cdn'
      ? scriptTagBuild('src/cdn.ts', 'news-widgets', true)
      : mode.startsWith('cdn-') && CDN_EXTRAS[mode.slice(4)]
        ? scriptTagBuild(CDN_EXTRAS[mode.slice(4)]!, `news-widgets.${mode.slice(4)}`, false)
        : {
            outDir: 'dist',
            emptyOutDir: true,
            lib: {
              entry: {
                index: 'src/index.ts',
                define: 'src/define.ts',
                ...Object.fromEntries(elements.map((tag) => [`elements/${tag}`, `src/components/${tag}/define.ts`])),
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
      {
        // The built script-tag bundle in Chromium against a real, stock WordPress (Debian's packages, run
        // privately by test/wordpress/wordpress.mjs). Only `npm run test:wordpress` runs it.
        test: {
          name: 'wordpress',
          include: ['test/wordpress/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/wordpress/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
}));
