// @ts-check
import { createDemoApi } from './api.js';

/**
 * Serves the demo API (`./api.js`) from `vite` and `vite preview`, ahead of Vite's own middleware.
 * @param {Parameters<typeof createDemoApi>[0]} [options]
 * @returns {import('vite').Plugin}
 */
export function demoApiPlugin(options) {
  const api = createDemoApi(options);
  /** @param {import('vite').ViteDevServer | import('vite').PreviewServer} server */
  const mount = (server) => {
    server.middlewares.use((req, res, next) => {
      api.handle(req, res).then((handled) => {
        if (!handled) next();
      }, next);
    });
  };
  return { name: 'news-demo-api', configureServer: mount, configurePreviewServer: mount };
}
