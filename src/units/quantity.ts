/** Making output quantities. */
import { type Dec, toPlainString } from '../decimal/index.js';
import type { Quantity } from './index.js';

/**
 * The last values formatted, by value object, with their plain strings: a plan shows many of its values
 * several times over (the weight, the bag volume, the pump rate in the plan, its checks and its trace),
 * and a Dec is immutable, so a value met again is not formatted again. A short ring searched by identity
 * costs less than formatting; a WeakMap cost more than it saved.
 */
const RECENT = 32;
const recentValues: (Dec | undefined)[] = new Array<Dec | undefined>(RECENT).fill(undefined);
const recentShown: string[] = new Array<string>(RECENT).fill('');
let nextSlot = 0;

function shown(value: Dec): string {
  for (let i = 0; i < RECENT; i += 1) if (recentValues[i] === value) return recentShown[i] as string;
  const text = toPlainString(value);
  recentValues[nextSlot] = value;
  recentShown[nextSlot] = text;
  nextSlot = (nextSlot + 1) % RECENT;
  return text;
}

/** An output quantity: plain decimal string (at most 6 places) and a UCUM unit. */
export function quantity(value: Dec, unit: string): Quantity {
  return { value: shown(value), unit };
}
