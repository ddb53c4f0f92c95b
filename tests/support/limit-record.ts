/** A catalogue limit record for validation tests: a test source and the fields a case names. */
import type { Limit } from '../../src/catalogue/types.js';

export const TEST_LIMIT_SOURCE = { citation: 'test', grade: 'expert-opinion', verified: true } as unknown as Limit['source'];

export const limitRecord = (
  id: string,
  bound: Limit['bound'],
  severity: Limit['severity'],
  value: string,
  unit = 'mg/h',
  more: Partial<Limit> = {},
): Limit => ({
  id,
  bound,
  severity,
  value,
  unit,
  source: TEST_LIMIT_SOURCE,
  ...more,
});
