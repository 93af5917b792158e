import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, defineConfig, minifySync, parseSync, type BuildEnvironmentOptions, type Plugin } from 'vite';
import { isFormatName } from './src/data/formats/names.js';
import { demoApiPlugin } from './src/demo/vite-plugin.js';
import { PACKED_LANGUAGES } from './src/i18n/languages.js';

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
      // `0.5` as `.5`; `a + .b` (a sibling selector, never a sum in calc(), which needs its spaces) as `a+.b`.
      .replace(/([\s:,(*/])0\.(\d)/g, '$1.$2')
      .replace(/ \+ (?=\.)/g, '+')
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

/**
 * The indentation inside the widgets' HTML templates, as one space: in minified files the only line breaks
 * left are inside template literals, and a break with the indentation after it is, in HTML outside `<pre>`
 * and `<textarea>` (which the templates do not indent into), the same as one space. The npm build and the
 * script-tag files alike: a page drawn on the server (news-widgets/ssr) is taken over in the browser only
 * by the very same templates (Lit compares a digest of each template's text), whichever build draws it.
 */
function collapseTemplateIndentation(): Plugin {
  return {
    name: 'news-collapse-template-indentation',
    apply: 'build',
    // After minifying (renderChunk comes before it, when comments and line breaks in code are still there).
    generateBundle(_, bundle) {
      for (const item of Object.values(bundle)) if (item.type === 'chunk') item.code = item.code.replace(/\n[ \t]+/g, ' ');
    },
  };
}

/** Every `_name` in a piece of parsed code: as a property (`this._name`, a member, an object's key), or in a string or template. */
function underscoreNames(node: unknown, properties: Set<string>, inText: Set<string>): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) underscoreNames(item, properties, inText);
    return;
  }
  const { type, key, property, computed, value } = node as { type?: string; key?: { type: string; name: string }; property?: { type: string; name: string }; computed?: boolean; value?: unknown };
  const name = type === 'MemberExpression' ? property : /^(?:PropertyDefinition|MethodDefinition|Property|TSPropertySignature)$/.test(type ?? '') && !computed ? key : undefined;
  if (name?.type === 'Identifier' && /^_[a-zA-Z]/.test(name.name)) properties.add(name.name);
  const text = type === 'Literal' && typeof value === 'string' ? value : type === 'TemplateElement' ? (value as { raw: string }).raw : '';
  for (const word of text.match(/_[a-zA-Z]\w*/g) ?? []) inText.add(word);
  for (const child of Object.values(node)) if (child && typeof child === 'object') underscoreNames(child, properties, inText);
}

/**
 * The script-tag files shorten our own members named `_name` (the elements' private state, which no page
 * reads) to `_0`, `_1`, ..., `_0a`...: the same short name in every file, since one element's class is built
 * on another's in another file. Renamed only where a property is named (the minifier's own renaming),
 * never inside a string or a template, and never a name that is also written in a string in our code
 * (`changed.has('_x')`), the JSON the data layer reads names (`_embedded`, `_links`), or the server renderer,
 * the demo or the end-to-end tests use. The same code and templates otherwise: what a server drew is taken over alike.
 */
function shortPrivateNames(): Plugin {
  const names = new Map<string, string>();
  return {
    name: 'news-short-private-names',
    apply: 'build',
    buildStart() {
      const own = new Map<string, number>();
      const kept = new Set<string>();
      for (const file of readdirSync('src', { recursive: true, encoding: 'utf8' })) {
        if (!/\.ts$/.test(file)) continue;
        const properties = new Set<string>();
        const code = readFileSync(`src/${file}`, 'utf8');
        underscoreNames(parseSync(file, code).program, properties, kept);
        if (/^(?:data|ssr|demo)[\\/]/.test(file)) for (const name of properties) kept.add(name);
        else for (const name of properties) own.set(name, (own.get(name) ?? 0) + (code.match(new RegExp(`\\b${name}\\b`, 'g'))?.length ?? 0));
      }
      for (const dir of ['test/e2e', 'test/wordpress'])
        for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.[cm]?[jt]s$/.test(name))) for (const word of readFileSync(`${dir}/${file}`, 'utf8').match(/_[a-zA-Z]\w*/g) ?? []) kept.add(word);
      // The most used get the shortest names.
      const order = [...own].filter(([name]) => !kept.has(name)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      names.clear();
      order.forEach(([name], i) => names.set(name, i < 10 ? `_${i}` : `_${Math.floor((i - 10) / 36)}${((i - 10) % 36).toString(36)}`));
    },
    generateBundle(_, bundle) {
      if (!names.size) return;
      const include = new RegExp(`^(?:${[...names.keys()].join('|')})$`);
      const cache = Object.fromEntries(names);
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        const result = minifySync(item.fileName, item.code, { module: true, compress: false, mangle: false, mangleProps: { include, cache } });
        if (result.errors.length) this.error(`short private names: ${item.fileName}: ${result.errors.map((error) => error.message).join('; ')}`);
        item.code = result.code;
      }
    },
  };
}

/** A script-tag language file's entry: `news-widgets-language:<code>`, written by `languageFiles()`. */
const LANGUAGE_ENTRY = 'news-widgets-language:';

/**
 * Files beside the script-tag bundle, fetched only by pages that need them (`news-widgets.<name>.js`):
 * DOMPurify, and one file per language of the table in `src/i18n/languages.ts` but English.
 */
const CDN_EXTRAS: Record<string, string> = {
  purify: 'src/cdn-purify.ts',
  ...Object.fromEntries(PACKED_LANGUAGES.map((code) => [code, `${LANGUAGE_ENTRY}${code}`])),
};

/**
 * The script-tag language files. In `--mode cdn-<code>`: the file's entry, which registers the catalog
 * `src/i18n/<code>.ts` with the bundle on the page. In `--mode cdn`: builds them all once the bundle is written.
 */
function languageFiles(mode: string): Plugin {
  let root: string | undefined;
  return {
    name: 'news-language-files',
    apply: 'build',
    configResolved: (config) => {
      root = config.root;
    },
    // Vite hands a library entry over as a path (`<root>/news-widgets-language:fr`).
    resolveId: (id) => (id.includes(LANGUAGE_ENTRY) ? `\0${LANGUAGE_ENTRY}${id.split(LANGUAGE_ENTRY)[1]}` : undefined),
    load(id) {
      if (!id.startsWith(`\0${LANGUAGE_ENTRY}`)) return undefined;
      const code = id.slice(LANGUAGE_ENTRY.length + 1);
      return [
        `import { registerPack } from ${JSON.stringify(resolve('src/i18n/pack.ts'))};`,
        `import { ${code} as messages } from ${JSON.stringify(resolve(`src/i18n/${code}.ts`))};`,
        `registerPack(${JSON.stringify(code)}, messages);`,
      ].join('\n');
    },
    async closeBundle() {
      if (mode !== 'cdn') return;
      for (const code of PACKED_LANGUAGES) await build({ root, mode: `cdn-${code}`, logLevel: 'warn' });
    },
  };
}

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
 * The script-tag bundle (`--mode cdn`), in two steps. First ES modules in dist/cdn: one entry per element
 * (`news-widgets.<tag>.js`) and one for the data API (`news-widgets.api.js`), sharing chunks
 * (`news-widgets.<name>-<hash>.js`: Lit, the base classes, the data layer) so that a page loads shared code
 * once. Then the core a page includes, `news-widgets.js` (a classic script, IIFE), written last with the
 * chunk graph inlined: for each part every file it needs, so it can request them all at once.
 */
const CDN_ENTRY = 'news-widgets-cdn:';
/** Modules whose values the script-tag core already holds: its files take them from it (src/cdn-from-core.ts). */
const FROM_CORE = /[\\/]src[\\/](?:defaults|cdn-early|data[\\/]news-error)\.ts$/;
const ONLY_SOME = /[\\/]src[\\/](?:components[\\/]base[\\/]error-state|i18n[\\/]en-errors)\.ts$|[\\/]src[\\/]data[\\/](?:http-error|sanitize|sanitize-rules|sanitize-embeds|quiet-markup|formats[\\/]detect|formats[\\/]detect-feed|formats[\\/]items-path|formats[\\/]mapping|formats[\\/]text-to-html)\.ts$/;
function scriptTagParts(): Plugin {
  // Each part sets up its copy of the shared code first (src/cdn-setup.ts, in a module imported first and
  // marked as having side effects), then exports its element's class, which the core defines. A part whose
  // element is built on another's (<popular-news> on <news-list>) imports that element's part, so the
  // other's code is that part's file (one file for a page with either), not a third file beside both.
  const entryCode = (name: string): { code: string; moduleSideEffects: true } => {
    if (name === 'setup') return { code: `import { setUp } from ${JSON.stringify(resolve('src/cdn-setup.ts'))};\nsetUp();`, moduleSideEffects: true };
    // Lit's hydration support, which the core loads with the files of an element a server drew.
    if (name === 'hydrate') return { code: `import ${JSON.stringify(resolve('src/hydrate.ts'))};`, moduleSideEffects: true };
    const module = name === 'api' ? 'src/cdn-api.ts' : `src/components/${name}/${name}.ts`;
    const bases = [...readFileSync(module, 'utf8').matchAll(/from '\.\.\/([\w-]+)\/\1\.js'/g)].map((match) => match[1]).filter((tag) => tag && elements.includes(tag));
    return {
      code: [`import '${CDN_ENTRY}setup';`, ...bases.map((tag) => `import '${CDN_ENTRY}${tag}';`), `export * from ${JSON.stringify(resolve(module))};`].join('\n'),
      moduleSideEffects: true,
    };
  };
  let manifest:
    | {
        elements: Record<string, { files: string[]; exports: string[] }>;
        formats: Record<string, { files: string[] }>;
        api?: { files: string[]; exports: string[] };
        hydrate?: { files: string[] };
      }
    | undefined;
  return {
    name: 'news-script-tag-parts',
    enforce: 'pre',
    apply: 'build',
    async resolveId(id, importer, options) {
      if (id.startsWith(CDN_ENTRY)) return `\0${id}`;
      // What the core holds (the page-wide defaults, the early requests, NewsError) is taken from it, not carried again.
      if (!importer || !/\/(?:defaults|cdn-early|news-error)\.js$/.test(id)) return undefined;
      const resolved = await this.resolve(id, importer, { ...options, skipSelf: true });
      return resolved && FROM_CORE.test(resolved.id) ? resolve('src/cdn-from-core.ts') : resolved;
    },
    load: (id) => (id.startsWith(`\0${CDN_ENTRY}`) ? entryCode(id.slice(CDN_ENTRY.length + 1)) : undefined),
    generateBundle(_, bundle) {
      const chunks = Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [item] : []));
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      /** The file and every file it imports, directly or not. */
      const closure = (file: string, seen = new Set<string>()): string[] => {
        if (seen.has(file)) return [];
        seen.add(file);
        return [file, ...(byFile.get(file)?.imports ?? []).flatMap((dep) => closure(dep, seen))];
      };
      manifest = { elements: {}, formats: {} };
      for (const chunk of chunks) {
        // Each format's reading code, which a widget imports once its data turns out to be in that format.
        for (const id of chunk.moduleIds) {
          const format = id.match(/[\\/]src[\\/]data[\\/]formats[\\/]([\w-]+)\.ts$/)?.[1];
          // feed.ts reads the three feed formats.
          for (const name of format === 'feed' ? ['rss', 'rdf', 'atom'] : [format]) {
            if (isFormatName(name)) manifest.formats[name] = { files: closure(chunk.fileName) };
          }
        }
        if (!chunk.isEntry) continue;
        const part = { files: closure(chunk.fileName), exports: chunk.exports };
        if (chunk.name === 'api') manifest.api = part;
        else if (chunk.name === 'hydrate') manifest.hydrate = { files: part.files };
        else manifest.elements[chunk.name] = part;
      }
      // The same graph for tools and tests (a server could write preload hints from it); pages never fetch it.
      this.emitFile({ type: 'asset', fileName: 'news-widgets.manifest.json', source: `${JSON.stringify(manifest, null, 2)}\n` });
    },
    async closeBundle() {
      if (!manifest) return;
      await build({
        configFile: false,
        logLevel: 'warn',
        define: { __NEWS_CDN__: 'true', __NEWS_CDN_MANIFEST__: JSON.stringify(coreManifest(manifest)) },
        build: {
          outDir: 'dist/cdn',
          emptyOutDir: false,
          lib: { entry: 'src/cdn.ts', formats: ['iife'], name: 'NewsWidgetsCore', fileName: () => 'news-widgets.js' },
          rolldownOptions: { output: { minify: true } },
        },
      });
      // What a widget whose file could not be loaded shows: loaded by the core only then.
      await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          outDir: 'dist/cdn',
          emptyOutDir: false,
          lib: { entry: 'src/cdn-unavailable.ts', formats: ['iife'], name: 'NewsWidgetsUnavailable', fileName: () => 'news-widgets.unavailable.js' },
          rolldownOptions: { output: { minify: true } },
        },
      });
      // For hosts that serve the files to other origins without CORS: everything in one classic script.
      await build({ mode: 'cdn-single', logLevel: 'warn', build: { outDir: 'dist/cdn', emptyOutDir: false } });
    },
  };
}

/** A file's name without what every file's has (`news-widgets.` and `.js`): the core adds them back. */
const middle = (file: string): string => file.slice('news-widgets.'.length, -'.js'.length);

/**
 * What the core needs of the manifest: each element's files, the data API's files and exports, and the
 * WordPress reader's files (other formats load themselves), files by their middle part.
 */
function coreManifest(manifest: {
  elements: Record<string, { files: string[] }>;
  formats: Record<string, { files: string[] }>;
  api?: { files: string[]; exports: string[] };
  hydrate?: { files: string[] };
}) {
  return {
    elements: Object.fromEntries(Object.entries(manifest.elements).map(([tag, { files }]) => [tag, { files: files.map(middle) }])),
    api: manifest.api && { ...manifest.api, files: manifest.api.files.map(middle) },
    // WordPress's reader, which the core loads beside an early request to a WordPress endpoint.
    wordpress: (manifest.formats.wordpress?.files ?? []).map(middle),
    hydrate: manifest.hydrate && { files: manifest.hydrate.files.map(middle) },
  };
}

function scriptTagPartsBuild(): BuildEnvironmentOptions {
  return {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    // Library mode (no preload helpers); the entries are the parts above.
    lib: { entry: 'src/cdn-api.ts', formats: ['es'] },
    rolldownOptions: {
      input: Object.fromEntries(['api', 'hydrate', ...elements].map((name) => [name, `${CDN_ENTRY}${name}`])),
      // A part another part imports is then that part's own file (it exports what the other needs), not a
      // facade re-exporting a separate chunk. Parts export their classes only: the core puts those on NewsWidgets.
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: true,
        comments: false,
        entryFileNames: 'news-widgets.[name].js',
        // Six characters of hash (rolldown's least): enough to tell one release's chunk from another's, and
        // each name is written again in the core's manifest and in every import of it, where random
        // characters do not compress.
        chunkFileNames: 'news-widgets.[name]-[hash:6].js',
        // What three or more parts use goes in one shared chunk (Lit, the base classes, the data layer); the
        // rest is split by who uses it. Fewer, larger files compress better and mean fewer requests. Kept
        // out of it: code that only some widgets need although three parts reach it (the data API is one),
        // so that a page without those widgets does not download it: the sanitizer (widgets that show
        // HTML), the mapped reader (a `mapping` or `items` attribute), plain text to HTML (feeds), the
        // reading of a server's refusal (loaded when one refuses), and the error state with its texts
        // (loaded with a page's first failure).
        codeSplitting: { groups: [{ name: 'shared', minShareCount: 3, test: (id) => !ONLY_SOME.test(id) }] },
      },
    },
  };
}

/**
 * `vite build`: the npm ES modules, one entry per element, Lit and DOMPurify left to the consumer's bundler.
 * `vite build --mode cdn`: the script-tag bundle (the core a <script src> tag loads and the parts it
 * loads, above, and the language files); `--mode cdn-<extra>`: each other file beside it that only some
 * pages fetch (DOMPurify, a language); `--mode cdn-single`: everything in one classic file (`news-widgets.all.js`, which the core falls back on,
 * and the baseline of `npm run bench`), also built by `--mode cdn`.
 */
export default defineConfig(({ mode }) => ({
  plugins: [demoApiPlugin(), minifyCssLiterals(), languageFiles(mode), ...(mode === 'cdn' ? [scriptTagParts(), shortPrivateNames()] : []), ...(mode === 'cdn' || !mode.startsWith('cdn') ? [collapseTemplateIndentation()] : [])],
  define: { __NEWS_CDN__: JSON.stringify(mode === 'cdn' || mode === 'cdn-single') },
  // `npm start` serves the demo and opens nothing (`--open=false` would be read as a path to open).
  server: { open: false },
  // The script-tag files are what publishers serve: Lit's production build whatever NODE_ENV the build runs
  // under (a test runner's `test` would otherwise pick its development build, warnings and all).
  ...(mode.startsWith('cdn') ? { resolve: { conditions: ['module', 'browser', 'production'] } } : {}),
  build:
    mode === 'cdn'
      ? scriptTagPartsBuild()
      : mode === 'cdn-single'
        ? scriptTagBuild('src/cdn-single.ts', 'news-widgets.all', false)
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
                // Server rendering (Node) and the hydration support pages it drew load first.
                ssr: 'src/ssr/index.ts',
                cli: 'src/ssr/cli.ts',
                hydrate: 'src/hydrate.ts',
                // Types only (JSX for the tags): an empty module, so that `import 'news-widgets/jsx'` resolves too.
                jsx: 'src/jsx.ts',
              },
              formats: ['es'],
            },
            rolldownOptions: {
              external: [/^lit($|\/)/, /^lit-element\//, /^@lit\//, /^@lit-labs\//, /^dompurify$/, /^react($|\/)/, /^@xmldom\//, /^jsdom$/, /^parse5$/, /^node:/],
              output: { minify: true },
            },
          },
  test: {
    // A test is named as slow from a minute on: on a busy machine every browser check takes seconds, and a
    // list of them would bury the results (speed is for `npm run bench`).
    slowTestThreshold: 60_000,
    projects: [
      // Every time limit in these projects is a guard against a hang, not a measure of speed: the checks wait for
      // what they check, and speed is measured by `npm run bench`. The limits are many times what a test or a
      // hook (a build, `npm pack` and installs, a browser's start) takes on a 2-core machine busy with other work.
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 } },
      {
        // Real Chromium against what users get: the built script-tag bundle on publisher pages, the static Storybook.
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          exclude: ['test/e2e/storybook.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/build-bundle.ts'],
          testTimeout: 180_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
      {
        // The static Storybook as designers share it, built once before its checks.
        test: {
          name: 'storybook',
          include: ['test/e2e/storybook.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/build-storybook.ts'],
          testTimeout: 180_000,
          hookTimeout: 600_000,
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
