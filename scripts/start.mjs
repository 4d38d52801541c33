// npm start: the demo dashboard on the built-in sample company, served by @web/dev-server.
import { startDevServer } from '@web/dev-server';
import config from '../web-dev-server.config.mjs';

const server = await startDevServer({
  config: { ...config },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port } = server.config;
console.log(`kpi-elements demo: open http://localhost:${port}/demo/ (Ctrl+C to stop)`);
