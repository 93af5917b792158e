import { defineConfig } from 'vite';
import { demoApiPlugin } from './src/demo/vite-plugin.js';

const elements = ['news-article', 'news-list', 'popular-news', 'comment-form'];

// `vite build` writes the npm ES modules (Lit left to the consumer's bundler);
// `vite build --mode cdn` writes the one-file bundle for a <script src> tag.
export default defineConfig(({ mode }) => ({
  plugins: [demoApiPlugin()],
  build:
    mode === 'cdn'
      ? {
          outDir: 'dist/cdn',
          emptyOutDir: true,
          lib: {
            entry: 'src/cdn.ts',
            formats: ['iife'],
            name: 'NewsWidgets',
            fileName: () => 'news-widgets.js',
          },
          rolldownOptions: { output: { minify: true } },
        }
      : {
          outDir: 'dist',
          emptyOutDir: true,
          lib: {
            entry: {
              index: 'src/index.ts',
              define: 'src/define.ts',
              ...Object.fromEntries(elements.map((tag) => [tag, `src/components/${tag}/define.ts`])),
            },
            formats: ['es'],
          },
          rolldownOptions: {
            external: [/^lit($|\/)/, /^@lit\//, /^dompurify$/],
            output: { minify: true },
          },
        },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
}));
