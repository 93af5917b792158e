import type { ArgTypes, InputType } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

/**
 * Controls for an element's attributes, from the types `custom-elements.json` gives them (`expandedType`,
 * see the manifest's config): a radio or a menu of the values a union of literals allows
 * (`'list' | 'grid' | 'compact'`), a switch, a number or a text box. Storybook reads the declared types
 * instead (`NewsListLayout`), finds no control for an alias and offers to "Set object". A property that
 * an attribute of another name sets (`loadMore`, `load-more`) shows once, as that attribute: a second row
 * would be a second control of the same value. Storybook keeps one row per name, so a part or slot named
 * as an attribute (`load-more`) would hide the attribute: it gets a key of its own. Events and parts,
 * there to be read about, get no control at all.
 */
interface Attribute {
  name: string;
  description?: string;
  fieldName?: string;
  default?: string;
  expandedType?: { text: string };
}

interface Declaration {
  tagName?: string;
  attributes?: Attribute[];
}

const declarations = (manifest as { modules: { declarations?: Declaration[] }[] }).modules.flatMap((module) => module.declarations ?? []);

/** The values of a union of string literals, or undefined for any other type. */
export function literalValues(type: string | undefined): string[] | undefined {
  const values = type?.split('|').map((part) => /^\s*'([^']*)'\s*$/.exec(part)?.[1]);
  return values?.every((value) => value !== undefined) ? (values as string[]) : undefined;
}

/** The docs tables' sections of what an element documents but a story does not set. */
const READ_ONLY = new Set(['events', 'css shadow parts']);

/** Up to this many values show as radio buttons, more as a menu. */
const RADIO_MAX = 4;

function control(attribute: Attribute): Partial<InputType> {
  const text = attribute.expandedType?.text;
  const values = literalValues(text);
  if (values) {
    // An attribute with no default may also be left out: the first choice removes it.
    const options = attribute.default === undefined ? [undefined, ...values] : values;
    return { type: { name: 'enum', value: values, required: false }, control: { type: values.length <= RADIO_MAX ? 'inline-radio' : 'select' }, options };
  }
  if (text === 'boolean') return { type: { name: 'boolean', required: false }, control: { type: 'boolean' } };
  if (text === 'number') return { type: { name: 'number', required: false }, control: { type: 'number' } };
  return { type: { name: 'string', required: false }, control: { type: 'text' } };
}

/** The argTypes of an element's attributes, events and parts, over the ones Storybook made; controls a story sets itself are kept. */
export function attributeArgTypes(tag: string | undefined, existing: ArgTypes): ArgTypes {
  const attributes = declarations.find((declaration) => declaration.tagName === tag)?.attributes ?? [];
  const argTypes: ArgTypes = { ...existing };
  for (const attribute of attributes) {
    const extracted = existing[attribute.name];
    const other = extracted?.table?.category && extracted.table.category !== 'attributes' ? extracted : undefined;
    if (other) argTypes[`${other.table!.category}: ${attribute.name}`] = other;
    const own = other ? undefined : extracted;
    const property = attribute.fieldName !== attribute.name ? attribute.fieldName : undefined;
    argTypes[attribute.name] = {
      ...own,
      name: attribute.name,
      description: [own?.description ?? attribute.description, property && `Property: \`${property}\`.`].filter(Boolean).join('\n\n'),
      ...(own?.control === undefined ? control(attribute) : {}),
      table: {
        ...own?.table,
        category: 'attributes',
        ...(attribute.expandedType ? { type: { summary: attribute.expandedType.text } } : {}),
        ...(attribute.default !== undefined ? { defaultValue: { summary: attribute.default } } : {}),
      },
    };
    if (property && existing[property]) argTypes[property] = { ...existing[property], control: false, table: { disable: true } };
  }
  // Events and parts are there to read about, not to set: no "Set object" for them.
  for (const [name, argType] of Object.entries(argTypes)) {
    if (READ_ONLY.has(String(argType.table?.category)) && argType.control === undefined) argTypes[name] = { ...argType, control: { disable: true } };
  }
  return argTypes;
}
