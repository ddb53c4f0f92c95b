/** Making output quantities. */
import { type Dec, toPlainString } from '../decimal/index.js';
import type { Quantity } from './index.js';

/** An output quantity: plain decimal string (at most 6 places) and a UCUM unit. */
export function quantity(value: Dec, unit: string): Quantity {
  return { value: toPlainString(value), unit };
}
