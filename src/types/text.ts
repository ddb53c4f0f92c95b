/**
 * Recorded free text (an acknowledgement's reason, a clearance, an adverse event): blank is refused,
 * and blank means no visible character, not only no space. String.prototype.trim() keeps the
 * zero-width space (U+200B), the word joiner and other format characters, so a reason of one
 * zero-width space looked given while saying nothing.
 */

/** Separators, white space, control and format characters (zero-width space, joiners, BOM), and lone marks. */
const INVISIBLE = /^[\s\p{Z}\p{Cc}\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0]*$/u;

/** True when `s` holds no visible character. */
export function isBlankText(s: string): boolean {
  return INVISIBLE.test(s);
}
