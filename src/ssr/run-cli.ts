/**
 * The command line's work (`news-widgets render ...`, see cli.ts), apart from the process it runs in, so that
 * it can be run as a function too.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { renderPage } from './index.js';

const USAGE = `Usage: news-widgets render <page.html | folder> [-o <file | folder>] [--in-place] [--base-url <url>] [--strict]`;

/** Every .html file under a folder, as paths relative to it. */
async function htmlFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && /\.html?$/i.test(entry.name)).map((entry) => relative(folder, join(entry.parentPath, entry.name))).sort();
}

/** Runs the command line with `argv` (what follows `news-widgets`); resolves to the exit code. */
export async function runCli(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      'in-place': { type: 'boolean' },
      'base-url': { type: 'string' },
      strict: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, input, ...extra] = positionals;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command !== 'render' || !input || extra.length > 0 || (values.output && values['in-place'])) {
    console.error(USAGE);
    return 2;
  }
  let failures = 0;
  // Each page of a folder at its own address under the site's (`blog/a.html` at `<base-url>blog/a.html`).
  const draw = async (file: string, label: string, address = values['base-url']): Promise<string> =>
    renderPage(await readFile(file, 'utf8'), {
      ...(address ? { baseUrl: address } : {}),
      onError: (error, tag) => {
        failures += 1;
        console.error(`news-widgets: ${label}: <${tag}> left to the browser: ${error instanceof Error ? error.message : String(error)}`);
      },
    });

  if ((await stat(input)).isDirectory()) {
    const target = values['in-place'] ? input : values.output;
    if (!target) {
      console.error(`news-widgets: ${input} is a folder: give an output folder (-o) or --in-place`);
      return 2;
    }
    const files = await htmlFiles(input);
    for (const file of files) {
      const address = values['base-url'] && new URL(file.replaceAll('\\', '/'), values['base-url']).href;
      const html = await draw(join(input, file), file, address);
      const out = join(target, file);
      await mkdir(dirname(out), { recursive: true });
      await writeFile(out, html);
    }
    console.error(`news-widgets: ${files.length} page${files.length === 1 ? '' : 's'} drawn into ${target}`);
  } else {
    const html = await draw(input, input);
    const target = values['in-place'] ? input : values.output;
    if (target) await writeFile(target, html);
    else process.stdout.write(html);
  }
  return values.strict && failures > 0 ? 1 : 0;
}
