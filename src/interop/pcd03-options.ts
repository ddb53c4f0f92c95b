/**
 * The options of `toPcd03`, read strictly: what the caller fills in (message time, control id,
 * order id, pump id, applications) and the two choices (units, whether a plan that still needs
 * acknowledgement may be sent). Every text is bounded and is escaped where it is written.
 *
 * @module
 */
import type { Issue, Issues } from '../types/issues.js';

/** The unit vocabulary of the message: MDC (the IHE PCD preference) or UCUM (also accepted). */
export type Pcd03Units = 'mdc' | 'ucum';

/** Options of `toPcd03`. */
export interface Pcd03Options {
  /** MSH-7, the message time: HL7 DTM digits `YYYYMMDDHHMM[SS]`, optionally `+zzzz`. The library has no clock. */
  readonly messageDateTime: string;
  /** MSH-10, the message control id the caller tracks the acknowledgement by. */
  readonly messageControlId: string;
  /** ORC-2, the placer order number; default `ORDER-PLACEHOLDER`. */
  readonly orderId?: string;
  /** OBX-18 of the pump-id OBX, the pump (channel) to program; default `PUMP-PLACEHOLDER`. */
  readonly pumpId?: string;
  /** MSH-3 and MSH-5; defaults `INFUSION-DOSE` and `PUMP-PLACEHOLDER`. */
  readonly sendingApplication?: string;
  readonly receivingApplication?: string;
  /** Units as MDC codes (default) or UCUM codes. */
  readonly units?: Pcd03Units;
  /** Send a plan that still needs acknowledgement (its open findings are then the caller's). Default false. */
  readonly allowNotReady?: boolean;
}

/** The options as read, defaults applied. */
export interface ReadOptions {
  readonly messageDateTime: string;
  readonly messageControlId: string;
  readonly orderId: string;
  readonly pumpId: string;
  readonly sendingApplication: string;
  readonly receivingApplication: string;
  readonly units: Pcd03Units;
  readonly allowNotReady: boolean;
}

const KEYS = ['messageDateTime', 'messageControlId', 'orderId', 'pumpId', 'sendingApplication', 'receivingApplication', 'units', 'allowNotReady'] as const;
/** An HL7 DTM to the minute at least: YYYYMMDDHHMM, optional seconds and fraction, optional offset. */
const DTM = /^\d{12}(?:\d{2}(?:\.\d{1,4})?)?(?:[+-]\d{4})?$/;
/** Characters in an id the caller gives (MSH-10 is 199 in v2.6; ids here are kept short). */
const ID_CHARS = 199;

function invalid(path: string, message: string, expected: string): Issue {
  return { code: 'invalid_options', path: ['options', path], message, expected };
}

function readText(o: Record<string, unknown>, key: string, fallback: string | undefined, issues: Issue[]): string {
  const v = o[key];
  if (v === undefined && fallback !== undefined) return fallback;
  if (typeof v !== 'string' || v.length === 0 || v.length > ID_CHARS || v.trim() !== v) {
    issues.push(invalid(key, `${key} must be a non-empty trimmed text of at most ${ID_CHARS} characters.`, 'text'));
    return '';
  }
  return v;
}

/**
 * Reads the options of `toPcd03`.
 *
 * @param raw - the caller's options, already a plain copy
 * @returns the options with defaults, or `invalid_options` / `unknown_key` issues
 */
export function readPcd03Options(raw: unknown): { readonly ok: true; readonly options: ReadOptions } | { readonly ok: false; readonly issues: Issues } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, issues: [invalid('', 'Options must be an object with messageDateTime and messageControlId.', 'object')] };
  }
  const o = raw as Record<string, unknown>;
  const issues: Issue[] = Object.keys(o)
    .filter((k) => !(KEYS as readonly string[]).includes(k))
    .map((k) => ({ code: 'unknown_key', path: ['options', k], message: `Unknown option "${k}"; known: ${KEYS.join(', ')}.` }));
  const messageDateTime = readText(o, 'messageDateTime', undefined, issues);
  if (messageDateTime !== '' && !DTM.test(messageDateTime))
    issues.push(invalid('messageDateTime', 'messageDateTime must be an HL7 DTM such as 20260105093000.', 'YYYYMMDDHHMM[SS]'));
  const options: ReadOptions = {
    messageDateTime,
    messageControlId: readText(o, 'messageControlId', undefined, issues),
    orderId: readText(o, 'orderId', 'ORDER-PLACEHOLDER', issues),
    pumpId: readText(o, 'pumpId', 'PUMP-PLACEHOLDER', issues),
    sendingApplication: readText(o, 'sendingApplication', 'INFUSION-DOSE', issues),
    receivingApplication: readText(o, 'receivingApplication', 'PUMP-PLACEHOLDER', issues),
    units:
      o['units'] === undefined || o['units'] === 'mdc'
        ? 'mdc'
        : o['units'] === 'ucum'
          ? 'ucum'
          : (issues.push(invalid('units', 'units must be "mdc" or "ucum".', '"mdc" or "ucum"')), 'mdc'),
    allowNotReady:
      o['allowNotReady'] === undefined
        ? false
        : typeof o['allowNotReady'] === 'boolean'
          ? o['allowNotReady']
          : (issues.push(invalid('allowNotReady', 'allowNotReady must be a boolean.', 'boolean')), false),
  };
  const [first, ...rest] = issues;
  return first === undefined ? { ok: true, options } : { ok: false, issues: [first, ...rest] };
}
