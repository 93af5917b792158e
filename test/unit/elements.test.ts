import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Adding an element means adding its folder and one entry in `src/elements.ts`; everything else (the
 * npm entries, `news-widgets/define`, the script-tag bundle, the manifest) follows from those. These
 * checks name what is missing when the two disagree.
 */
const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const folders = readdirSync(new URL('src/components/', root)).filter((name) => existsSync(new URL(`src/components/${name}/define.ts`, root)));

describe('the list of elements', () => {
  it('has an element folder for every entry and an entry for every folder', () => {
    const list = read('src/elements.ts');
    const imported = [...list.matchAll(/from '\.\/components\/([\w-]+)\/\1\.js'/g)].map((match) => match[1]);
    expect(folders.sort()).toEqual(imported.sort());
    expect(folders.length).toBeGreaterThanOrEqual(4);
  });

  it.each(folders)('%s: the class knows its tag, types it and documents it', (tag) => {
    const source = read(`src/components/${tag}/${tag}.ts`);
    expect(source).toMatch(new RegExp(`static (override )?readonly tagName: string = '${tag}';`));
    expect(source).toContain(`'${tag}': `);
    expect(source).toContain(`@tagname ${tag}`);
  });

  it.each(folders)('%s: has a React wrapper', (tag) => {
    const className = read(`src/components/${tag}/define.ts`).match(/defineElement\((\w+)\)/)?.[1];
    expect(className).toBeDefined();
    expect(read('src/react.ts')).toContain(`tagName: ${className}.tagName`);
  });

  it('exports each element as news-widgets/<tag> through one pattern', () => {
    const pkg = JSON.parse(read('package.json')) as { exports: Record<string, { default: string; types: string }>; sideEffects: string[] };
    expect(pkg.exports['./*']).toEqual({ types: './dist/types/components/*/define.d.ts', default: './dist/elements/*.js' });
    expect(pkg.sideEffects).toContain('./dist/elements/*.js');
  });
});
