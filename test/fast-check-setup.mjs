// Property tests explore new random cases on every local run; in CI (CI=true) they replay one fixed
// seed so a submission's result does not depend on luck. FC_SEED=<n> replays a reported counterexample.
import fc from 'fast-check';

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20261127 : undefined;
if (seed !== undefined) fc.configureGlobal({ seed });
