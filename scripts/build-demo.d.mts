/** Builds the demo as a static site into `out` (default test-results/demo-build); resolves to `out`. */
export function buildDemo(out?: string): Promise<string>;
