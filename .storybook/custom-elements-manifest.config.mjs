// The custom-elements manifest (Storybook autodocs, editors, the npm package) and the editor data made from it: `npm run manifest`.
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

/**
 * Gives each attribute the type of the value an editor should offer, as `expandedType`. The manifest's
 * own `type` names aliases (`NewsListLayout`, `Theme | undefined`) and editors would offer those words
 * as values; TypeScript resolves them here: a union of literals (`'list' | 'grid' | 'compact'`), else
 * `boolean`, `number` or free `string` text.
 */
function attributeValueTypes() {
  let ts;
  return {
    name: 'news-attribute-value-types',
    initialize({ ts: analyzerTs }) {
      ts = analyzerTs;
    },
    packageLinkPhase({ customElementsManifest }) {
      const config = ts.getParsedCommandLineOfConfigFile('tsconfig.json', {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
      const program = ts.createProgram(['src/index.ts'], config.options);
      const checker = program.getTypeChecker();
      // Every element class is exported from the package's entry.
      const exported = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile('src/index.ts')));
      const classes = new Map(exported.map((symbol) => [symbol.name, checker.getAliasedSymbol(symbol)]));
      for (const element of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        const cls = element.tagName && classes.get(element.name);
        if (!cls) continue;
        const instance = checker.getDeclaredTypeOfSymbol(cls);
        for (const attribute of element.attributes ?? []) {
          const property = attribute.fieldName && instance.getProperty(attribute.fieldName);
          if (!property) continue;
          const type = checker.getNonNullableType(checker.getTypeOfSymbol(property));
          const parts = type.isUnion() ? type.types : [type];
          let text;
          if (parts.every((part) => part.isLiteral())) {
            text = parts.filter((part) => part.value !== '').map((part) => (typeof part.value === 'string' ? `'${part.value}'` : `${part.value}`)).join(' | ');
          } else if (type.flags & ts.TypeFlags.BooleanLike) text = 'boolean';
          else if (type.flags & ts.TypeFlags.NumberLike) text = 'number';
          else text = 'string';
          attribute.expandedType = { text };
        }
      }
    },
  };
}

/**
 * Gives each CSS custom property the default its JSDoc states in words ("(default `#1a5fb4`)",
 * "(default: inherited from the page)") as `default`, so editors' hovers and Storybook's tables show it
 * without a second place to write it.
 */
function cssPropertyDefaults() {
  return {
    name: 'news-css-property-defaults',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        for (const property of declaration.cssProperties ?? []) {
          const stated = /\(default:? ([^)]*)\)/.exec(property.description ?? '')?.[1];
          if (property.default === undefined && stated) property.default = stated.replace(/`([^`]*)`/g, '$1').trim();
        }
      }
    },
  };
}

/**
 * Leaves out the members TypeScript marks `private` or `protected` (the analyzer keeps them, with their
 * `privacy`): the manifest describes what a page or an app may use, and Storybook's docs tables list
 * every member it holds as a property to set. Also the attributes the analyzer gives them: it reads every
 * entry of `static properties` as an attribute, internal state (`{ state: true }`) included, which has none.
 */
function publicMembersOnly() {
  return {
    name: 'news-public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        // Internal state is named with a leading underscore: the analyzer may list it as public where it is
        // declared in `static properties` or inherited.
        const internal = (member) => (member.privacy ?? 'public') !== 'public' || member.name.startsWith('_');
        const hidden = new Set((declaration.members ?? []).filter(internal).map((member) => member.name));
        if (declaration.members) declaration.members = declaration.members.filter((member) => !internal(member));
        if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName) && !attribute.name.startsWith('_'));
      }
    },
  };
}

/**
 * `npm run manifest`: custom-elements.json at the package root, and from it the editors' data in dist/,
 * shipped in the package: VS Code's HTML and CSS custom data (`html.customData` / `css.customData`, see
 * the README) and JetBrains' web-types.json (found through package.json's `web-types`).
 */
export default {
  litelement: true,
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  plugins: [
    publicMembersOnly(),
    attributeValueTypes(),
    cssPropertyDefaults(),
    customElementVsCodePlugin({ outdir: 'dist', typesSrc: 'expandedType', hideLogs: true }),
    customElementJetBrainsPlugin({ outdir: 'dist', typesSrc: 'expandedType', hideLogs: true }),
  ],
};
