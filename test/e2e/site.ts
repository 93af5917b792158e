import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { createDemoApi } from '../../src/demo/api.js';
import { CHROMIUM_ARGS, chromiumPath } from '../support/chromium.js';

const dist = fileURLToPath(new URL('../../dist/cdn/', import.meta.url));

export interface Page_ {
  html: string;
  headers?: Record<string, string>;
}

export interface Site {
  origin: string;
  /** Requests the server received, by path (with query). */
  requests: string[];
  close(): Promise<void>;
}

/**
 * A stand-in publisher site: static pages we write per test, the script-tag bundle from dist/cdn, and the
 * demo API as the publisher's endpoint. `/slow/...` delays any API path by a second; `/hang/...` never
 * answers, so its request ends only when the page gives it up.
 */
export async function startSite(pages: Record<string, Page_>): Promise<Site> {
  const api = createDemoApi({ floodSeconds: 0 });
  const requests: string[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const path = req.url ?? '/';
      requests.push(path);
      if (path.startsWith('/hang/')) return;
      if (path.startsWith('/slow/')) {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        req.url = path.slice('/slow'.length);
      }
      const page = pages[path.split('?')[0] ?? ''];
      if (page) {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...page.headers });
        res.end(page.html);
        return;
      }
      if (/^\/news-widgets[\w.-]*\.js$/.test(path)) {
        try {
          const body = await readFile(`${dist}${path.slice(1)}`);
          res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
          res.end(body);
        } catch {
          res.writeHead(404).end();
        }
        return;
      }
      if (await api.handle(req, res)) return;
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}
