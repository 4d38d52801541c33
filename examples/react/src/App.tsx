import { useState } from 'react';
// Registers the two tags (side effect); `kpi-elements/react` types every kpi-* tag in JSX.
import 'kpi-elements/kpi-mrr.js';
import 'kpi-elements/kpi-cac-by-channel.js';
import type {} from 'kpi-elements/react';
import type { KpiLoadEvent, KpiSelectEvent } from 'kpi-elements';
import { dataset } from './dataset.js';

export function App() {
  const [selected, setSelected] = useState('');
  const [loaded, setLoaded] = useState('');
  // React 19 sets `data` as a property (the element has one), and adds `onkpi-select` as a listener
  // for the `kpi-select` event, named as written.
  const onSelect = (e: KpiSelectEvent) => setSelected(`${e.detail.key} ${e.detail.value ?? '—'}`);
  const onLoad = (e: KpiLoadEvent) => setLoaded(e.detail.result?.value?.toString() ?? '');
  return (
    <main>
      <h1>kpi-elements in React 19</h1>
      <kpi-mrr id="mrr" data={dataset} period="2025-05" currency="USD" timeZone="UTC" onkpi-load={onLoad}></kpi-mrr>
      <kpi-cac-by-channel
        id="cac"
        data={dataset}
        period="2025-05"
        currency="USD"
        time-zone="UTC"
        onkpi-select={onSelect}
      ></kpi-cac-by-channel>
      <p>
        MRR loaded: <output id="loaded">{loaded}</output>
      </p>
      <p>
        Selected channel: <output id="selected">{selected}</output>
      </p>
    </main>
  );
}
