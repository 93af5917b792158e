import type { ArgTypes, Args } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

/**
 * The theme tokens (`--news-*` CSS custom properties) as Storybook controls, read from
 * `custom-elements.json`: a token documented with `@cssprop` in an element's JSDoc becomes a control
 * of that element's stories (and of the Page story) with no list kept here.
 */
export interface Token {
  name: string;
  description: string;
  /** The default the JSDoc states, as the manifest holds it (see the manifest's config). */
  default?: string;
  control: 'color' | 'text';
}

interface Declaration {
  tagName?: string;
  cssProperties?: { name: string; description?: string; default?: string }[];
  cssParts?: { name: string; description?: string }[];
}

const declarations = (manifest as { modules: { declarations?: Declaration[] }[] }).modules.flatMap((module) => module.declarations ?? []);

/** Tokens whose value is a colour, by the last word of their name. */
const COLOUR = /-(accent|text|surface|muted|border|tint|danger|skeleton|color)$/;

function tokensOfDeclaration(declaration: Declaration | undefined): Token[] {
  return (declaration?.cssProperties ?? [])
    .filter((property) => property.name.startsWith('--news-'))
    .map((property) => {
      const description = property.description ?? '';
      return { name: property.name, description, ...(property.default ? { default: property.default } : {}), control: COLOUR.test(property.name) ? 'color' : 'text' };
    });
}

/** The tokens one element documents. */
export function tokensOf(tag: string | undefined): Token[] {
  return tokensOfDeclaration(declarations.find((declaration) => declaration.tagName === tag));
}

/** Every element's tokens, each once (the first element's wording of a shared token). */
export function allTokens(): Token[] {
  const byName = new Map<string, Token>();
  for (const declaration of declarations) for (const token of tokensOfDeclaration(declaration)) if (!byName.has(token.name)) byName.set(token.name, token);
  return [...byName.values()];
}

/** The shadow parts one element documents. */
export function partsOf(tag: string): { name: string; description: string }[] {
  return (declarations.find((declaration) => declaration.tagName === tag)?.cssParts ?? []).map((part) => ({ name: part.name, description: part.description ?? '' }));
}

export const TOKEN_CATEGORY = 'css custom properties';

/** Controls for tokens: a colour picker or a text box each, with the default in the table. */
export function tokenArgTypes(tokens: Token[], existing: ArgTypes = {}): ArgTypes {
  return Object.fromEntries(
    tokens.map((token) => [
      token.name,
      {
        ...existing[token.name],
        name: token.name,
        // A string, not the manifest's "void": Storybook maps URL and control values through the type.
        type: { name: 'string', required: false },
        description: token.description,
        control: token.control === 'color' ? { type: 'color' } : { type: 'text' },
        table: { ...existing[token.name]?.table, category: TOKEN_CATEGORY, ...(token.default ? { defaultValue: { summary: token.default } } : {}) },
      },
    ]),
  );
}

/** The tokens set in a story's args, as an inline style (`--news-accent: #c00; ...`); empty ones are left to the default. */
export function tokenStyle(args: Args): string {
  return Object.entries(args)
    .filter(([name, value]) => name.startsWith('--news-') && typeof value === 'string' && value.trim() !== '')
    .map(([name, value]) => `${name}: ${String(value).replace(/[;{}<>]/g, '')}`)
    .join('; ');
}
