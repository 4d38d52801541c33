/**
 * Known chart-library XSS strings, each rewritten so that running it sets `window.__xss` (instead of
 * calling `alert`), which a test can read without a dialog. Sources:
 * - OWASP "XSS Filter Evasion Cheat Sheet" (cheatsheetseries.owasp.org): `<img onerror>`, `<svg onload>`,
 *   the `javascript:` scheme split by a tab or entity and spelled in mixed case, malformed and unclosed
 *   tags, `</style>` and `</title>` breakouts, the polyglot below.
 * - Highcharts issue #13559 / GHSA-gr4j-r575-g665: an `<a href="javascript:...">` in a label turned into an
 *   SVG `tspan` with a click handler.
 * - ApexCharts issue #3328: a series name `"><img src=x onerror=...>` ran in the legend and labels.
 * - dygraphs pull request #290 ("fix XSS in labels"): axis and legend labels written as HTML.
 * - Template-injection forms (AngularJS `{{constructor.constructor(...)()}}` sandbox escape, `${...}`
 *   template literals) for kits that evaluate text as a template.
 * - Unicode tricks: right-to-left override, zero-width characters, a long RTL run (label layout).
 */
export const XSS_CORPUS: readonly string[] = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror=window.__xss=1>',
  '<img src="x" onerror="window.__xss=1">',
  '<svg onload=window.__xss=1>',
  '<svg><script>window.__xss=1</script></svg>',
  '"><img/src/onerror=window.__xss=1>',
  "'><svg/onload=window.__xss=1>",
  '<img src="x',
  '<iframe src="javascript:window.__xss=1"></iframe>',
  '<object data="javascript:window.__xss=1"></object>',
  '<embed src="javascript:window.__xss=1">',
  '<a href="javascript:window.__xss=1">click</a>',
  '<svg><a xlink:href="javascript:window.__xss=1"><text x="20" y="20">click</text></a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
  'javascript:window.__xss=1',
  'JaVaScRiPt:window.__xss=1',
  'jav&#x09;ascript:window.__xss=1',
  'jav\tascript:window.__xss=1',
  '&#106;avascript:window.__xss=1',
  '&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;window.__xss=1',
  // The escape written out, as JSON or a template would carry it (the evaluated form is the line above's twin).
  '\\u006aavascript:window.__xss=1',
  ' \u0001javascript:window.__xss=1',
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==',
  '</style><script>window.__xss=1</script>',
  '</title><script>window.__xss=1</script>',
  '</textarea><script>window.__xss=1</script>',
  '<div style="background:url(javascript:window.__xss=1)">',
  '<body onload=window.__xss=1>',
  '<details open ontoggle=window.__xss=1>',
  '<input autofocus onfocus=window.__xss=1>',
  '<<SCRIPT>window.__xss=1//<</SCRIPT>',
  '<IMG """><SCRIPT>window.__xss=1</SCRIPT>">',
  '<scr<script>ipt>window.__xss=1</scr</script>ipt>',
  // The OWASP/0xSobky polyglot, breaking out of attributes, comments, styles, titles and scripts.
  'jaVasCript:/*-/*`/*\\`/*\'/*"/**/(/* */oNcliCk=window.__xss=1 )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=window.__xss=1//>\\x3e',
  "{{constructor.constructor('window.__xss=1')()}}",
  '${window.__xss=1}',
  '#{window.__xss=1}',
  '<!--<img src="--><img src=x onerror=window.__xss=1//">',
  '&lt;script&gt;window.__xss=1&lt;/script&gt;',
  '\u202Egnp.exe\u202C',
  'a\u200Bb\u200Cc\u200Dd\uFEFFe',
  '\u05E9\u05DC\u05D5\u05DD '.repeat(60),
];

/** A few of the corpus for inputs that are shown only in error messages: one of each kind of trick. */
export const XSS_SAMPLE: readonly string[] = [
  '<img src=x onerror=window.__xss=1>',
  '"><img/src/onerror=window.__xss=1>',
  '<svg><a xlink:href="javascript:window.__xss=1"><text>x</text></a></svg>',
  'jav&#x09;ascript:window.__xss=1',
  '</style><script>window.__xss=1</script>',
  "{{constructor.constructor('window.__xss=1')()}}",
  '\u202Egnp.exe\u202C',
];
