#!/usr/bin/env node
/**
 * `npx news-widgets render`: the server renderer (`renderPage`) for static sites, at build time.
 *
 *   news-widgets render page.html                  the page drawn, to standard output
 *   news-widgets render page.html -o out.html      ... to a file
 *   news-widgets render public -o dist             every .html file under a folder, into another
 *   news-widgets render public --in-place          ... over the files themselves
 *   --base-url https://news.example/               what relative `src` resolve against (the site's address)
 *
 * A widget that cannot be drawn is left as written (the browser loads it) and named on standard error; the
 * command fails (exit 1) only when a page cannot be read or written, or with `--strict`, when any widget
 * could not be drawn.
 */
import { runCli } from './run-cli.js';

runCli(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`news-widgets: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
