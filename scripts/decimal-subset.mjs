// A rollup plugin that builds decimal.js without the functions no KPI needs: powers, roots, exponentials
// and logarithms, trigonometric, hyperbolic and their inverses, cube root, hypot, random, the binary /
// octal / hexadecimal / fraction conversions, significant digits, toNearest, clamp, integer division and
// remainder, and the static twins of instance methods (`Decimal.add`), with the 1,025 digits of ln 10 and
// π that only some of them use. They are two thirds of decimal.js (7.6 KB of its 12.8 KB min+gzip);
// everything money needs stays, unchanged: arithmetic, comparisons, rounding to decimal places,
// toString / toFixed / toNumber / toJSON and the other conversions.
// The statements that attach the dropped methods (`P.sine = P.sin = function …`, `Decimal.sin = sin`) are
// cut from decimal.mjs; terser then drops the private helpers that only they used.
import MagicString from 'magic-string';

/** Instance and static method names the kit's decimal.js does not carry. */
export const DROPPED = [
  'sin',
  'sine',
  'cos',
  'cosine',
  'tan',
  'tangent',
  'sinh',
  'hyperbolicSine',
  'cosh',
  'hyperbolicCosine',
  'tanh',
  'hyperbolicTangent',
  'asin',
  'inverseSine',
  'acos',
  'inverseCosine',
  'atan',
  'inverseTangent',
  'atan2',
  'asinh',
  'inverseHyperbolicSine',
  'acosh',
  'inverseHyperbolicCosine',
  'atanh',
  'inverseHyperbolicTangent',
  'cbrt',
  'cubeRoot',
  'hypot',
  'random',
  'toBinary',
  'toOctal',
  'toHex',
  'toHexadecimal',
  'toFraction',
  'pow',
  'toPower',
  'sqrt',
  'squareRoot',
  'exp',
  'naturalExponential',
  'ln',
  'naturalLogarithm',
  'log',
  'logarithm',
  'log2',
  'log10',
  // Not money: significant digits, rounding to a multiple, clamping, integer division and remainder.
  'toSignificantDigits',
  'toSD',
  'toPrecision',
  'precision',
  'sd',
  'toNearest',
  'clampedTo',
  'clamp',
  'dividedToIntegerBy',
  'divToInt',
  'modulo',
  'mod',
];

/**
 * Static twins of instance methods (`Decimal.add(a, b)` is `new Decimal(a).plus(b)`): one way to do
 * each thing. `set`, `config`, `clone` and `isDecimal` stay.
 */
export const DROPPED_STATICS = [
  'abs',
  'add',
  'ceil',
  'clamp',
  'div',
  'floor',
  'max',
  'min',
  'mod',
  'mul',
  'round',
  'sign',
  'sub',
  'sum',
  'trunc',
];

const drop = new Set(DROPPED);
const dropStatic = new Set([...DROPPED, ...DROPPED_STATICS]);
const CONSTANTS = ['LN10', 'PI'];

/** `NAME = new Decimal(NAME);` */
function isSelfWrap(statement, name) {
  const e = statement.type === 'ExpressionStatement' ? statement.expression : undefined;
  return (
    e?.type === 'AssignmentExpression' &&
    e.left.type === 'Identifier' &&
    e.left.name === name &&
    e.right.type === 'NewExpression' &&
    e.right.arguments[0]?.type === 'Identifier' &&
    e.right.arguments[0].name === name
  );
}

/** The names a statement `A.x = A.y = … = value` assigns on object `A`, or [] for anything else. */
function assigned(statement, object) {
  const names = [];
  let e = statement.type === 'ExpressionStatement' ? statement.expression : undefined;
  while (e?.type === 'AssignmentExpression' && e.left.type === 'MemberExpression') {
    if (e.left.object.type !== 'Identifier' || e.left.object.name !== object) return [];
    names.push(e.left.property.name);
    e = e.right;
  }
  return names;
}

export function decimalSubset() {
  return {
    name: 'decimal-subset',
    transform(code, id) {
      if (!/[\\/]decimal\.js[\\/]decimal\.mjs$/.test(id)) return null;
      const ast = this.parse(code);
      const out = new MagicString(code);
      let cuts = 0;
      const cut = (s) => {
        out.remove(s.start, s.end);
        cuts++;
      };
      for (const statement of ast.body) {
        if (assigned(statement, 'P').some((n) => drop.has(n))) cut(statement);
        // The 1,025 digits of ln 10 and of π serve only ln, log, exp, pow, sqrt and the trigonometric
        // functions: their text goes, and so does turning them into Decimals when the module loads.
        if (statement.type === 'VariableDeclaration') {
          for (const d of statement.declarations) {
            if (CONSTANTS.includes(d.id.name) && d.init?.type === 'Literal') {
              out.overwrite(d.init.start, d.init.end, "''");
              cuts++;
            }
          }
        }
        if (CONSTANTS.some((name) => assigned(statement, name).length === 0 && isSelfWrap(statement, name)))
          cut(statement);
        // The statics (`Decimal.sin = sin;`) are attached inside clone().
        if (statement.type === 'FunctionDeclaration' && statement.id.name === 'clone') {
          for (const inner of statement.body.body) {
            if (assigned(inner, 'Decimal').some((n) => dropStatic.has(n))) cut(inner);
          }
        }
      }
      if (cuts < 30) this.error(`decimal-subset: found ${cuts} of the dropped methods; has decimal.js changed shape?`);
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}
