// `npm run docs`: rewrites the README's generated sections from their sources, so they cannot drift:
//   widgets  <- custom-elements.json (tags, summaries, attributes, events)
//   records  <- src/engine/types.ts (the Dataset's record kinds: fields, CSV columns)
//   kpis     <- listKpis() of src/engine (ids, names in en and zh-TW, unit, polarity, formula, inputs)
//   theming  <- custom-elements.json (custom properties with defaults, parts)
// Each section sits between `<!-- NAME:start -->` and `<!-- NAME:end -->`; the text around them is written
// by hand. `node scripts/docs.mjs --check` changes nothing and exits 1 when the README is stale
// (test/engine/docs.test.ts runs it, so a stale README fails `npm test`).
// The engine is loaded from source through tsx, so no build is needed first.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');
// `--readme=PATH` works on another file (the test checks a stale copy); the default is the project's.
const README = process.argv.find((a) => a.startsWith('--readme='))?.slice('--readme='.length) ?? `${root}README.md`;

const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
const { listKpis } = await tsImport('../src/engine/index.ts', import.meta.url);

/** Text for one cell of a GitHub table: one line, pipes escaped. */
const cell = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text) => `\`${cell(text)}\``;
const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join(
    '\n',
  );

// ---- the manifest ----

/** Every custom element of the manifest, in tag order, `<kpi-card>` and `<kpi-source>` included. */
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));
const visual = elements.filter((d) => d.tagName !== 'kpi-source');
const base = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.name === 'KpiWidget');
if (!base || visual.length === 0)
  throw new Error('custom-elements.json has no KpiWidget or no widgets: run `npm run analyze`.');

const own = (list) => (list ?? []).filter((x) => !x.inheritedFrom);
const tagList = (tags) => (tags.length === visual.length ? 'every widget' : tags.map((t) => `\`<${t}>\``).join(', '));

function widgetsSection() {
  const rows = elements.map((d) => [
    `\`<${d.tagName}>\``,
    cell(d.summary),
    own(d.attributes)
      .filter((a) => d.tagName !== 'kpi-source' || a.name !== 'state')
      .map((a) => code(a.name))
      .join(', ') || '—',
    (d.events ?? [])
      .map((e) => e.name)
      .sort()
      .map(code)
      .join(', '),
  ]);
  const common = (base.attributes ?? []).map((a) => [
    code(a.name),
    a.type ? code(a.type.text) : '',
    cell(a.description),
  ]);
  // One row per event; an event whose detail differs from widget to widget gets a table of its own.
  const events = new Map();
  for (const d of elements) {
    for (const e of d.events ?? []) {
      const entry = events.get(e.name) ?? { type: e.type?.text, tags: [], byTag: [] };
      entry.tags.push(d.tagName);
      entry.byTag.push([d.tagName, e.description]);
      events.set(e.name, entry);
    }
  }
  const perWidget = [];
  const eventRows = [...events]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, e]) => {
      const visualTags = e.tags.filter((t) => t !== 'kpi-source');
      const from = [tagList(visualTags), ...(e.tags.includes('kpi-source') ? ['`<kpi-source>`'] : [])].join('; ');
      // The wording most widgets share, then the widgets that say something else.
      const groups = new Map();
      for (const [t, text] of e.byTag) groups.set(text, [...(groups.get(text) ?? []), t]);
      const ranked = [...groups].sort((a, b) => b[1].length - a[1].length);
      let detail;
      if (ranked[0][1].length * 2 >= e.byTag.length) {
        detail = [
          ranked[0][0],
          ...ranked.slice(1).map(([text, tags]) => `${tags.map((t) => `\`<${t}>\``).join(', ')}: ${text}`),
        ].join(' ');
      } else {
        detail = 'per widget, below';
        perWidget.push(
          '',
          `\`${name}\` per widget:`,
          '',
          table(
            ['tag', 'detail'],
            e.byTag.map(([t, text]) => [`\`<${t}>\``, cell(text)]),
          ),
        );
      }
      return [code(name), e.type ? code(e.type) : '', from, cell(detail)];
    });
  return [
    table(['tag', 'what it shows', 'its own attributes', 'events'], rows),
    '',
    `Attributes every widget takes (all but \`<kpi-source>\`, from \`KpiWidget\`):`,
    '',
    table(['attribute', 'type', 'meaning'], common),
    '',
    'Events (they bubble and cross shadow roots; each is typed in `GlobalEventHandlersEventMap`):',
    '',
    table(['event', 'type', 'fired by', 'detail'], eventRows),
    ...perWidget,
  ].join('\n');
}

function themingSection() {
  const group = (key) => {
    const byName = new Map();
    for (const d of visual) {
      for (const x of d[key] ?? []) {
        const entry = byName.get(x.name) ?? { ...x, tags: [] };
        entry.tags.push(d.tagName);
        byName.set(x.name, entry);
      }
    }
    return [...byName.values()];
  };
  const everyFirst = (a, b) => Number(b.tags.length === visual.length) - Number(a.tags.length === visual.length);
  const properties = group('cssProperties')
    .sort(everyFirst)
    .map((p) => [code(p.name), p.default ? code(p.default) : '', cell(p.description), tagList(p.tags)]);
  const parts = group('cssParts');
  const common = parts.filter((p) => p.tags.length === visual.length);
  // Chart parts mean a different shape in each widget: a matrix of widget × part, in each widget's words.
  const chartParts = parts.filter((p) => p.tags.length < visual.length).map((p) => p.name);
  const chartRows = visual
    .filter((d) => (d.cssParts ?? []).some((x) => chartParts.includes(x.name)))
    .map((d) => [
      `\`<${d.tagName}>\``,
      ...chartParts.map((name) => cell(d.cssParts.find((x) => x.name === name)?.description) || '—'),
    ]);
  return [
    table(['custom property', 'default (light)', 'what it sets', 'read by'], properties),
    '',
    'Parts of every widget:',
    '',
    table(
      ['part', 'what it is'],
      common.map((p) => [code(p.name), cell(p.description)]),
    ),
    '',
    'Chart parts:',
    '',
    table(['widget', ...chartParts.map((name) => `\`${name}\``)], chartRows),
  ].join('\n');
}

// ---- the engine's record types ----

function recordsSection() {
  const file = `${root}src/engine/types.ts`;
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const docOf = (node) =>
    ts
      .getJSDocCommentsAndTags(node)
      .map((d) => (typeof d.comment === 'string' ? d.comment : ''))
      .join(' ');
  const interfaces = new Map();
  const aliases = new Map();
  const scalarDocs = new Map();
  source.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node)) interfaces.set(node.name.text, node);
    if (ts.isTypeAliasDeclaration(node)) {
      aliases.set(node.name.text, node.type.getText(source));
      scalarDocs.set(node.name.text, docOf(node));
    }
  });
  const dataset = interfaces.get('Dataset');
  if (!dataset) throw new Error('src/engine/types.ts has no Dataset interface.');
  const rows = dataset.members.map((member) => {
    const kind = member.name.getText(source);
    // `leads?: Lead[]` -> the Lead interface.
    const recordType = member.type.getText(source).replace(/\[\]$/, '');
    const record = interfaces.get(recordType);
    if (!record) throw new Error(`types.ts: ${kind} is of ${recordType}, not an interface.`);
    const fields = record.members.filter(ts.isPropertySignature).map((f) => {
      const name = f.name.getText(source);
      const type = f.type.getText(source);
      const literal = aliases.get(type);
      // Literal unions are spelled out (`'won' | 'lost'`); named scalars (Amount, Timestamp) keep their name.
      const shown = literal && literal.includes("'") ? literal : type;
      return { name, optional: Boolean(f.questionToken), type: shown, doc: docOf(f) };
    });
    const fmt = (f) => `${code(f.name)}${f.type === 'string' ? '' : ` (${cell(f.type)})`}`;
    return [
      `\`${kind}\``,
      fields
        .filter((f) => !f.optional)
        .map(fmt)
        .join(', '),
      fields
        .filter((f) => f.optional)
        .map(fmt)
        .join(', '),
    ];
  });
  // The named scalars the tables use, each with its own JSDoc from types.ts.
  const scalars = [...new Set(rows.flatMap((r) => [...r.join(' ').matchAll(/\(([A-Z]\w+)\)/g)].map((m) => m[1])))]
    .sort()
    .map((name) => `\`${name}\`: ${(scalarDocs.get(name) || aliases.get(name)).replace(/\.$/, '')}`);
  return [
    table(['kind (`src-kind`)', 'required fields', 'optional fields'], rows),
    '',
    `Field types are text unless named: ${scalars.join('; ')}.`,
  ].join('\n');
}

// ---- the KPI catalogue ----

function kpisSection() {
  const kpis = listKpis();
  const rows = kpis.map((k) => [
    code(k.id),
    cell(k.names.en),
    cell(k.names['zh-TW']),
    k.unit,
    k.polarity,
    cell(k.formula),
    k.inputs.join(', '),
  ]);
  return [
    `${kpis.length} KPIs, from \`listKpis()\` of \`kpi-elements/engine\`:`,
    '',
    table(['id', 'name', '名稱 (zh-TW)', 'unit', 'polarity', 'formula', 'records read'], rows),
  ].join('\n');
}

// ---- the README ----

const sections = {
  widgets: widgetsSection(),
  records: recordsSection(),
  kpis: kpisSection(),
  theming: themingSection(),
};

const before = readFileSync(README, 'utf8');
let after = before;
const missing = [];
for (const [name, body] of Object.entries(sections)) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = after.indexOf(start);
  const j = after.indexOf(end);
  if (i < 0 || j < i) {
    missing.push(name);
    continue;
  }
  after = `${after.slice(0, i + start.length)}\n<!-- Generated by \`npm run docs\` from ${
    name === 'kpis' ? 'listKpis()' : name === 'records' ? 'src/engine/types.ts' : 'custom-elements.json'
  }: do not edit by hand. -->\n\n${body}\n\n${after.slice(j)}`;
}

if (missing.length) {
  console.error(`README.md lacks the markers of: ${missing.join(', ')} (<!-- NAME:start --> ... <!-- NAME:end -->).`);
  process.exit(1);
}
if (check) {
  if (after !== before) {
    const stale = Object.keys(sections).filter((name) => {
      const part = (text) => text.slice(text.indexOf(`<!-- ${name}:start -->`), text.indexOf(`<!-- ${name}:end -->`));
      return part(before) !== part(after);
    });
    console.error(`README.md is stale in: ${stale.join(', ')}. Run \`npm run docs\` and commit README.md.`);
    process.exit(1);
  }
  console.log('README.md is current with custom-elements.json, src/engine/types.ts and listKpis().');
} else if (after !== before) {
  writeFileSync(README, after);
  console.log(`README.md: rewrote ${Object.keys(sections).join(', ')}.`);
} else {
  console.log('README.md is already current.');
}
