import { expect } from '@open-wc/testing';
import { linePath } from '../../src/components/charts/path.js';

// Expected strings were written by d3-shape 3.2.1: area().defined((v) => v !== null).x((_, i) => i * 7.3333)
// .y0(40).y1((v) => v).digits(3).
describe('linePath() with a bottom', () => {
  const t = (values: (number | null)[], expected: string) =>
    expect(
      linePath(
        values.length,
        (i) => i * 7.3333,
        (i) => values[i]!,
        40,
      ),
    ).to.equal(expected);

  it("writes what d3's area().defined() writes: each run down to the bottom and back, closed", () => {
    t([1, 2, 3], 'M0,1L7.333,2L14.667,3L14.667,40L7.333,40L0,40Z');
    t([null, 4.12345, null, null, 2, 3.5], 'M7.333,4.123L7.333,40ZM29.333,2L36.667,3.5L36.667,40L29.333,40Z');
    t([5, null, 7], 'M0,5L0,40ZM14.667,7L14.667,40Z');
    t([], '');
  });
});
