/**
 * Issue 16 item 2: decimal-method mutants of src/compounding that survived its test subset
 * (npm run mutate:decimal), each pinned by a hand-worked case: the container count and leftover of
 * a drawn additive, the sizes the whole-vial search may use, and the search's step unit and bound.
 */
import { describe, expect, it } from 'vitest';
import type { Product } from '../../src/catalogue/types.js';
import type { AmountCeiling } from '../../src/compounding/prepare.js';
import { drawAdditive } from '../../src/compounding/draw.js';
import { chooseWholeVials } from '../../src/compounding/whole-vials.js';
import { dec } from '../../src/decimal/index.js';

const never: AmountCeiling = () => false;
const source = { citation: 'Test product', grade: 'hosp', verified: true } as const;
/** A vial of `ml` mL at `mgPerMl` mg/mL. */
const vial = (id: string, ml: string, mgPerMl: string): Product =>
  ({
    id,
    agent: 'test-agent',
    name: id,
    form: 'vial',
    strength: { value: mgPerMl, unit: 'mg/mL' },
    volume: { value: ml, unit: 'mL' },
    multiDose: false,
    dilution: 'ready-to-use',
    source,
  }) as unknown as Product;

describe('drawAdditive: containers to open and what is left (src/compounding/draw.ts 53, 55)', () => {
  it('3 mL from 2 mL vials opens 2 vials and leaves 1 mL', () => {
    // 30 mg at 10 mg/mL = 3 mL (measurable as it is). 3 / 2 = 1.5 vials, so 2 are opened:
    // 2 x 2 mL = 4 mL, of which 4 - 3 = 1 mL is left.
    const d = drawAdditive(vial('ten-mg-2ml', '2', '10'), dec(30), never);
    expect([d.drawn.value.toString(), d.containers, d.leftoverMl?.toString()]).toEqual(['3', 2, '1']);
  });

  it('7 mL from 2 mL vials opens 4 and leaves 1 mL; 8 mL opens exactly 4 and leaves none', () => {
    // 70 mg / 10 mg/mL = 7 mL: 7 / 2 = 3.5, so 4 vials, 8 - 7 = 1 mL left. 80 mg = 8 mL = 4 vials, 0 left.
    const seven = drawAdditive(vial('ten-mg-2ml', '2', '10'), dec(70), never);
    expect([seven.containers, seven.leftoverMl?.toString()]).toEqual([4, '1']);
    const eight = drawAdditive(vial('ten-mg-2ml', '2', '10'), dec(80), never);
    expect([eight.containers, eight.leftoverMl?.toString()]).toEqual([4, '0']);
  });
});

describe('chooseWholeVials: only sizes that hold a dose are counted (src/compounding/whole-vials.ts 51)', () => {
  it('a size of 0 mL, or of 0 mg/mL, holds no whole-vial amount: with only such sizes there is no choice', () => {
    expect(chooseWholeVials([vial('empty', '0', '100')], dec(100), true, never)).toBeUndefined();
    expect(chooseWholeVials([vial('no-strength', '25', '0')], dec(100), true, never)).toBeUndefined();
  });

  it('beside a real size, a 0 mg/mL size is ignored: 100 mg from 25 mL x 2 mg/mL vials is 2 vials', () => {
    // 25 mL x 2 mg/mL = 50 mg a vial; 100 mg = 2 vials exactly, 50 mL.
    const c = chooseWholeVials([vial('fifty-mg', '25', '2'), vial('no-strength', '25', '0')], dec(100), true, never);
    expect([c?.amountMg.toString(), c?.volumeMl.toString(), c?.containers]).toEqual(['100', '50', 2]);
  });
});

// Two sizes whose amounts are decimals of a mg: 2 mL and 7 mL of 0.1 mg/mL hold 0.2 mg and 0.7 mg,
// so the common step is 0.1 mg (the greatest common divisor of 0.2 and 0.7). The sizes are combined
// (`mix`) by a search over every amount up to the order plus one smallest vial, in steps; past
// 20,000 steps the search takes one size at a time instead (the bound on its work).
const SMALL = [vial('point-two-mg', '2', '0.1'), vial('point-seven-mg', '7', '0.1')];
const counts = (c: ReturnType<typeof chooseWholeVials>) => c?.vials.map((v) => `${v.count} x ${v.product.id}`);

describe('the whole-vial search: its step and its bound (src/compounding/whole-vials.ts 58, 60, 72, 77)', () => {
  it('1999.5 mg is 19,995 steps of 0.1 mg; the bound 19,995 + 2 (the smallest vial) = 19,997 is searched mixed: exact', () => {
    // Fewest vials for 19,995 steps of sizes 2 and 7: as many 7s as leave an even rest:
    // 2,855 x 7 = 19,985, rest 10 = 5 x 2: 2,860 vials; 2,855 x 7 mL + 5 x 2 mL = 19,995 mL.
    const c = chooseWholeVials(SMALL, dec('1999.5'), true, never);
    expect([c?.amountMg.toString(), c?.volumeMl.toString(), c?.containers]).toEqual(['1999.5', '19995', 2860]);
    expect(counts(c)).toEqual(['2855 x point-seven-mg', '5 x point-two-mg']);
  });

  it('1999.85 mg is 19,998.5 steps; the bound rounds up, 19,999 + 2 = 20,001 > 20,000: one size at a time', () => {
    // 0.2 mg vials: 1999.85 / 0.2 = 9,999.25 -> 9,999 (1999.8 mg, 0.05 under) or 10,000 (2000 mg,
    // 0.15 over); 0.7 mg vials: 1999.85 / 0.7 = 2,856.93 -> 2,856 (1999.2 mg) or 2,857 (1999.9 mg,
    // 0.05 over). 1999.8 and 1999.9 are equally close: the smaller, 9,999 vials of 0.2 mg.
    const c = chooseWholeVials(SMALL, dec('1999.85'), true, never);
    expect([c?.amountMg.toString(), c?.containers]).toEqual(['1999.8', 9999]);
    expect(counts(c)).toEqual(['9999 x point-two-mg']);
  });
});
