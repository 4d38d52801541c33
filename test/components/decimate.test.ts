import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { decimate } from '../../src/components/charts/decimate.js';
import { arcPath, linePath } from '../../src/components/charts/path.js';

/** The column of point i of n, as decimate documents it. */
const column = (i: number, n: number, columns: number) => Math.floor((i * columns) / n);

const series = fc.array(fc.option(fc.integer({ min: -1000, max: 1000 }), { freq: 6, nil: null }), { maxLength: 400 });

describe('decimate()', () => {
  it('decimate([3, 9, 1, 4, 4, 8, 2, 5], 2) keeps each column’s lowest and highest point and both ends', () => {
    expect(decimate([3, 9, 1, 4, 4, 8, 2, 5], 2)).to.deep.equal([0, 1, 2, 5, 6, 7]);
  });

  it('decimate(values, w) gives every index when there are at most w points', () => {
    expect(decimate([], 10)).to.deep.equal([]);
    expect(decimate([1, null, 3], 3)).to.deep.equal([0, 1, 2]);
    fc.assert(
      fc.property(series, fc.integer({ min: 1, max: 500 }), (values, w) => {
        fc.pre(values.length <= w);
        expect(decimate(values, w)).to.deep.equal(values.map((_, i) => i));
      }),
    );
  });

  it('decimate(values, w) keeps the first and last point, ascending, at most 2w + 2 indices', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 1, max: 60 }), (values, w) => {
        const kept = decimate(values, w);
        if (values.length === 0) return;
        expect(kept[0]).to.equal(0);
        expect(kept[kept.length - 1]).to.equal(values.length - 1);
        expect(kept.length).to.be.at.most(Math.max(values.length, 2 * w + 2));
        for (let k = 1; k < kept.length; k++) expect(kept[k]).to.be.greaterThan(kept[k - 1]!);
      }),
    );
  });

  it('decimate(values, w) keeps the lowest and highest value of every column, and a gap for a column of gaps', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 1, max: 60 }), (values, w) => {
        fc.pre(values.length > w);
        const kept = new Set(decimate(values, w));
        for (let c = 0; c < w; c++) {
          const inColumn = values.map((_, i) => i).filter((i) => column(i, values.length, w) === c);
          const defined = inColumn.filter((i) => values[i] !== null);
          if (defined.length === 0) {
            expect(inColumn.some((i) => kept.has(i))).to.equal(true);
            continue;
          }
          const lo = Math.min(...defined.map((i) => values[i]!));
          const hi = Math.max(...defined.map((i) => values[i]!));
          const keptValues = defined.filter((i) => kept.has(i)).map((i) => values[i]);
          expect(keptValues).to.include(lo);
          expect(keptValues).to.include(hi);
          expect(inColumn.filter((i) => kept.has(i) && i !== 0 && i !== values.length - 1).length).to.be.at.most(2);
        }
      }),
    );
  });

  it('decimate(100,000 points, 300) keeps a single spike and the range of a noisy series', () => {
    const n = 100_000;
    const values = Array.from({ length: n }, (_, i) => Math.sin(i / 500) * 10 + ((i * 7919) % 13) / 13);
    values[54_321] = 1000;
    values[12_345] = -1000;
    const kept = decimate(values, 300);
    expect(kept.length).to.be.at.most(602);
    expect(kept).to.include(54_321);
    expect(kept).to.include(12_345);
    expect(Math.min(...kept.map((i) => values[i]!))).to.equal(-1000);
    expect(Math.max(...kept.map((i) => values[i]!))).to.equal(1000);
  });

  it('decimate(values, w) treats NaN and Infinity as gaps', () => {
    expect(decimate([NaN, NaN, 1, 2, Infinity, Infinity], 3)).to.deep.equal([0, 2, 3, 4, 5]);
  });
});

// Expected strings were written by d3-shape 3.2.1: line().defined((v) => v !== null).x((_, i) => i * 7.3333).y((v) => v),
// with a bottom area().defined((v) => v !== null).x((_, i) => i * 7.3333).y0(40).y1((v) => v).digits(3),
// and arc().innerRadius(r0).outerRadius(r1).startAngle(0).endAngle(2π·f).
describe('linePath()', () => {
  const t = (values: (number | null)[], expected: string, bottom?: number) =>
    expect(
      linePath(
        values.length,
        (i) => i * 7.3333,
        (i) => values[i]!,
        bottom,
      ),
    ).to.equal(expected);

  it("writes what d3's line().defined() writes: M then L, three decimals, a gap starts a new run", () => {
    t([1, 2, 3], 'M0,1L7.333,2L14.667,3');
    t([null, 4.12345, null, null, 2, 3.5], 'M7.333,4.123ZM29.333,2L36.667,3.5');
    t([], '');
  });

  it('closes a run of one point (a value between two gaps), so a round line cap can show it', () => {
    t([5, null, 7], 'M0,5ZM14.667,7Z');
  });

  it("with a bottom, writes what d3's area().defined() writes: each run down to the bottom and back, closed", () => {
    t([1, 2, 3], 'M0,1L7.333,2L14.667,3L14.667,40L7.333,40L0,40Z', 40);
    t([null, 4.12345, null, null, 2, 3.5], 'M7.333,4.123L7.333,40ZM29.333,2L36.667,3.5L36.667,40L29.333,40Z', 40);
    t([5, null, 7], 'M0,5L0,40ZM14.667,7L14.667,40Z', 40);
    t([], '', 40);
  });
});

describe('arcPath()', () => {
  const t = (inner: number, outer: number, fraction: number, expected: string) =>
    expect(arcPath(inner, outer, 0, 2 * Math.PI * fraction)).to.equal(expected);

  it("writes what d3's arc() writes for an annular sector clockwise from 12 o'clock", () => {
    t(40, 50, 0.25, 'M0,-50A50,50,0,0,1,50,0L40,0A40,40,0,0,0,0,-40Z');
    t(40, 50, 0.75, 'M0,-50A50,50,0,1,1,-50,0L-40,0A40,40,0,1,0,0,-40Z');
    t(46, 58, 0.6, 'M0,-58A58,58,0,1,1,-34.092,46.923L-27.038,37.215A46,46,0,1,0,0,-46Z');
  });

  it('draws a whole turn as two half arcs per radius, and a pie slice when the inner radius is 0', () => {
    t(46, 58, 1, 'M0,-58A58,58,0,1,1,0,58A58,58,0,1,1,0,-58M0,-46A46,46,0,1,0,0,46A46,46,0,1,0,0,-46Z');
    t(0, 50, 0.5, 'M0,-50A50,50,0,1,1,0,50L0,0Z');
  });

  it('splits an arc whose ends round to the same point, and draws a zero span as a line', () => {
    t(46, 58, 0.9999999, 'M0,-58A58,58,0,1,1,0,58A58,58,0,1,1,0,-58L0,-46A46,46,0,1,0,0,46A46,46,0,1,0,0,-46Z');
    t(46, 58, 0, 'M0,-58L0,-46Z');
  });

  it('matches the geometry: every point it moves or draws to lies on one of the two radii', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0.5, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b, f) => {
          const [r0, r1] = a < b ? [a, b] : [b, a];
          const d = arcPath(r0, r1, 0, 2 * Math.PI * f);
          const ends = [
            ...d.matchAll(/[ML](-?[\d.e-]+),(-?[\d.e-]+)|A[^A-Z]*?,(-?[\d.e-]+),(-?[\d.e-]+)(?=[A-Z])/g),
          ].map((m) => [Number(m[1] ?? m[3]), Number(m[2] ?? m[4])] as const);
          expect(ends.length).to.be.greaterThan(0);
          for (const [x, y] of ends) {
            const r = Math.hypot(x, y);
            expect(Math.min(Math.abs(r - r0), Math.abs(r - r1))).to.be.lessThan(0.002);
          }
        },
      ),
    );
  });
});
