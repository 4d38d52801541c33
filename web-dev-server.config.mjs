// `npm start`: serves the demo (and the TypeScript sources it imports, compiled on the fly by esbuild).
import { esbuildPlugin } from '@web/dev-server-esbuild';

export default {
  rootDir: '.',
  nodeResolve: true,
  open: false,
  watch: false,
  port: Number(process.env.PORT) || 8000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
};
