// A rollup plugin that shrinks the text of Lit's tagged templates in our own modules: `css` loses comments
// and the whitespace CSS ignores; `html` and `svg` lose indentation (a run of whitespace that holds a line
// break becomes one space, which is how HTML renders it anyway). Runs after TypeScript is compiled, keeps
// source maps, and leaves every `${…}` expression and every other string alone. Lit's own files ship
// minified already.
import MagicString from 'magic-string';

const TAGS = new Set(['css', 'html', 'svg']);

/** CSS text of one quasi: no comments, no whitespace next to punctuation, single spaces elsewhere. */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
}

/** HTML/SVG text of one quasi: indentation and line breaks collapse to one space. */
export function minifyMarkup(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const child = node[key];
    if (Array.isArray(child)) for (const c of child) walk(c, visit);
    else if (child && typeof child === 'object' && typeof child.type === 'string') walk(child, visit);
  }
}

export function minifyLiterals({ include = /\/src\/.*\.[cm]?[jt]s$/ } = {}) {
  return {
    name: 'minify-literals',
    transform(code, id) {
      if (!include.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
      const ast = this.parse(code);
      const out = new MagicString(code);
      let changed = false;
      walk(ast, (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        if (!TAGS.has(node.tag.name)) return;
        const minify = node.tag.name === 'css' ? minifyCss : minifyMarkup;
        const quasis = node.quasi.quasis;
        quasis.forEach((q, i) => {
          let text = minify(q.value.raw);
          if (node.tag.name === 'css') {
            if (i === 0) text = text.trimStart();
            if (i === quasis.length - 1) text = text.trimEnd();
          }
          if (text === q.value.raw) return;
          // A quasi's node covers its raw text only (the backticks and `${` / `}` sit outside it).
          out.overwrite(q.start, q.end, text);
          changed = true;
        });
      });
      return changed ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
    },
  };
}
