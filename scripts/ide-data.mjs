// IDE hints from custom-elements.json, so editors complete every <kpi-*> tag, its attributes and their
// values from the same JSDoc as the manifest, Storybook and the README:
//   <out>/vscode.html-custom-data.json  VS Code custom HTML data ("html.customData" setting)
//   <out>/web-types.json                JetBrains web-types (found through "web-types" in package.json)
// Usage: node scripts/ide-data.mjs [out-dir]   (default: dist)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = process.argv[2] ?? join(root, 'dist');
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

/** `'light' | 'dark' | 'auto' | undefined` → ['light', 'dark', 'auto']; any other type → undefined. */
function literals(type) {
  const parts = (type ?? '')
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p && p !== 'undefined' && p !== 'null');
  if (parts.length === 0 || !parts.every((p) => /^(['"]).*\1$/.test(p))) return undefined;
  return parts.map((p) => p.slice(1, -1));
}

const isBoolean = (type) => type?.replace(/\s*\|\s*undefined/, '').trim() === 'boolean';
const isNumber = (type) => type?.replace(/\s*\|\s*undefined/, '').trim() === 'number';
const oneLine = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').trim();

/** Public instance fields: what a framework binds as a property (`.data`, `.transform`, ...). */
const properties = (el) =>
  (el.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('_'),
  );

/** One Markdown text for a tag: summary, description, then the API that VS Code has no field for. */
function tagDoc(el) {
  const list = (title, items, name = (i) => i.name) =>
    items?.length
      ? `\n\n**${title}**\n` +
        items.map((i) => `- \`${name(i)}\`${i.description ? `: ${oneLine(i.description)}` : ''}`).join('\n')
      : '';
  return (
    [el.summary, el.description].filter(Boolean).join('\n\n') +
    list('Events', el.events) +
    list('Slots', el.slots, (s) => s.name || '(default)') +
    list('CSS parts', el.cssParts) +
    list('CSS custom properties', el.cssProperties, (p) => (p.default ? `${p.name}: ${p.default}` : p.name))
  );
}

const vscode = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((el) => ({
    name: el.tagName,
    description: { kind: 'markdown', value: tagDoc(el) },
    attributes: (el.attributes ?? []).map((a) => {
      const values = literals(a.type?.text);
      return {
        name: a.name,
        ...(a.description ? { description: { kind: 'markdown', value: a.description } } : {}),
        ...(values ? { values: values.map((name) => ({ name })) } : {}),
        // "v": a valueless attribute, as `hidden` in HTML.
        ...(isBoolean(a.type?.text) ? { valueSet: 'v' } : {}),
      };
    }),
  })),
};

function attributeValue(type) {
  if (literals(type)) return { kind: 'plain', type: 'enum' };
  if (isBoolean(type)) return { kind: 'no-value' };
  if (isNumber(type)) return { kind: 'plain', type: 'number' };
  return { kind: 'plain', type: 'string' };
}

const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  'js-types-syntax': 'typescript',
  contributions: {
    html: {
      elements: elements.map((el) => ({
        name: el.tagName,
        description: [el.summary, el.description].filter(Boolean).join('\n\n'),
        // The class is exported by the package's main entry.
        source: { symbol: el.name },
        attributes: (el.attributes ?? []).map((a) => {
          const values = literals(a.type?.text);
          return {
            name: a.name,
            ...(a.description ? { description: a.description } : {}),
            ...(a.default !== undefined ? { default: a.default } : {}),
            value: attributeValue(a.type?.text),
            // With `type: "enum"`, the IDE completes the value from these.
            ...(values ? { values: values.map((name) => ({ name })) } : {}),
          };
        }),
        ...(el.slots?.length
          ? { slots: el.slots.map((s) => ({ name: s.name, ...(s.description ? { description: s.description } : {}) })) }
          : {}),
        js: {
          properties: properties(el).map((p) => ({
            name: p.name,
            ...(p.description ? { description: p.description } : {}),
            ...(p.type?.text ? { type: p.type.text } : {}),
            ...(p.default !== undefined ? { default: p.default } : {}),
          })),
          events: (el.events ?? []).map((e) => ({
            name: e.name,
            ...(e.description ? { description: e.description } : {}),
            ...(e.type?.text ? { type: e.type.text } : {}),
          })),
        },
        css: {
          properties: (el.cssProperties ?? []).map((p) => ({
            name: p.name,
            ...(p.description ? { description: p.description } : {}),
          })),
          parts: (el.cssParts ?? []).map((p) => ({
            name: p.name,
            ...(p.description ? { description: p.description } : {}),
          })),
        },
      })),
    },
  },
};

mkdirSync(out, { recursive: true });
// Compact: read by editors, not people (the readable source is custom-elements.json).
writeFileSync(join(out, 'vscode.html-custom-data.json'), JSON.stringify(vscode) + '\n');
writeFileSync(join(out, 'web-types.json'), JSON.stringify(webTypes) + '\n');
console.log(`IDE data for ${elements.length} elements in ${out}: vscode.html-custom-data.json, web-types.json`);
