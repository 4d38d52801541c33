// Not rendered: proves to `tsc` that the JSX of kpi-* tags is typed, not `any`. Each line below must
// be an error; if the types were loose, `@ts-expect-error` itself would fail the build. (TypeScript
// never reports an unknown JSX attribute whose name has a dash, so a misspelt `onkpi-*` goes unseen.)
import type {} from 'kpi-elements/react';

export const wrong = [
  // @ts-expect-error period is text such as "2025-05", not a number
  <kpi-mrr period={202505}></kpi-mrr>,
  // @ts-expect-error discount-policy is one of all, forever-only, none
  <kpi-mrr discount-policy="some"></kpi-mrr>,
  // @ts-expect-error the handler gets a KpiSelectEvent, whose detail has no `channel`
  <kpi-cac-by-channel onkpi-select={(e) => e.detail.channel}></kpi-cac-by-channel>,
  // @ts-expect-error data is a Dataset object
  <kpi-cac-by-channel data={42}></kpi-cac-by-channel>,
  // @ts-expect-error no such tag in the kit
  <kpi-nothing></kpi-nothing>,
];
