import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

/** A fixture from test/fixtures, parsed (`name` with or without `.json`). */
export function fixture(name: string): unknown {
  const file = name.endsWith('.json') ? name : `${name}.json`;
  return JSON.parse(readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8'));
}

/** Every string anywhere in a value, for checking that nothing leaked as `undefined` or `[object Object]`. */
export function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(strings);
}

/** Fails when any string in the value is serializer junk. */
export function expectNoJunk(value: unknown): void {
  for (const text of strings(value)) expect(['undefined', 'null', '[object Object]', 'NaN']).not.toContain(text);
}
