// After `tsc` has written declarations under dist/types, gives each built entry its .d.ts beside it,
// so `kpi-elements`, `kpi-elements/engine` and `kpi-elements/kpi-*.js` are typed for every resolver.
import { writeFileSync } from 'node:fs';
import { entries } from '../rollup.config.mjs';

for (const [name, source] of Object.entries(entries())) {
  const target = './types/' + source.replace(/^src\//, '').replace(/\.ts$/, '.js');
  writeFileSync(`dist/${name}.d.ts`, `export * from '${target}';\n`);
}
