import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig, runnerImport, type Plugin } from 'vite';
import { createDemoApi } from '../src/demo/api.js';
import type * as SampleMedia from '../stories/sample-media.js';

/**
 * The stories' sample pictures as files of the static build (`demo-media/<name>.svg`), drawn by the demo
 * API as the dev server draws them (the project's Vite config serves `/demo-media/` there). Which ones:
 * those the sample modules ask for, read through `stories/sample-media.ts`.
 */
function demoMediaFiles(): Plugin {
  return {
    name: 'news-demo-media-files',
    apply: 'build',
    async generateBundle() {
      const samples = fileURLToPath(new URL('../stories/sample-media.ts', import.meta.url));
      const { module } = await runnerImport<typeof SampleMedia>(samples, { configFile: false, logLevel: 'warn' });
      const api = createDemoApi();
      for (const { name, width, height } of module.askedMedia()) {
        let status = 0;
        let body = '';
        const res = {
          writeHead: (code: number) => ((status = code), res),
          end: (payload: string) => void (body = payload),
        };
        const req = { url: `/demo-media/${name}.svg?w=${width}&h=${height}`, method: 'GET', headers: {} };
        await api.handle(req as IncomingMessage, res as unknown as ServerResponse);
        if (status !== 200) this.error(`the demo API answered ${status} for ${req.url}`);
        this.emitFile({ type: 'asset', fileName: `demo-media/${name}.svg`, source: body });
      }
    },
  };
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  viteFinal: (vite) =>
    mergeConfig(vite, {
      plugins: [demoMediaFiles()],
      // @storybook/web-components imports `lit/directive-helpers.js`, which the stories do not: left out of
      // the pre-bundled dependencies, it loaded a second lit-html beside the pre-bundled `lit` in the dev
      // server ("Multiple versions of Lit loaded"). Pre-bundled with it, both share one copy.
      optimizeDeps: { include: ['lit/directive-helpers.js'] },
    }),
};

export default config;
