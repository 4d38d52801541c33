// npm run bench: engine throughput on the sample company, from the built dist/engine.js (run
// `npm run build` first). Prints figures; budgets come with the performance work.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const engine = await import('../dist/engine.js');
const json = readFileSync('demo/data/company.json', 'utf8');
const csv = readFileSync('demo/data/subscriptions.csv', 'utf8');
const options = { currency: 'USD', timeZone: 'America/New_York' };

function bench(name, fn, rounds = 20) {
  fn(); // warm-up
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(
    `${name.padEnd(58)} median ${median.toFixed(2).padStart(8)} ms  (min ${times[0].toFixed(2)}, ${rounds} runs)`,
  );
}

const records = JSON.parse(json);
console.log(
  `sample company: ${records.subscriptions.length} subscription rows, ${records.deals.length} deals, ${records.leads.length} leads`,
);
bench('parseCsv(subscriptions.csv)', () => engine.parseCsv(csv, 'subscriptions'));
bench('compute(mrr, 2025-12) on a new dataset object (index built)', () =>
  engine.compute('mrr', JSON.parse(json), { ...options, period: '2025-12' }),
);
bench('compute(each KPI, 2025-12) on one indexed dataset', () => {
  for (const { id } of engine.listKpis()) engine.compute(id, records, { ...options, period: '2025-12' });
});
bench('computeSeries(mrr, 24 months) on a new dataset object', () =>
  engine.computeSeries('mrr', JSON.parse(json), { ...options, from: '2024-01', to: '2025-12' }),
);
