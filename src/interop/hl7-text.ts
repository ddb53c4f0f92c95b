/**
 * HL7 v2 text: escaping a value for a field, component or subcomponent, and reading an escaped
 * value back. The message uses the standard encoding characters `|^~\&`; every text the library
 * writes into a message (names, ids the caller gives, units) goes through {@link escapeHl7}, so no
 * caller value can open a field, a component or a segment of its own.
 *
 * Escapes (HL7 v2.6 section 2.7): `\F\` field separator, `\S\` component, `\T\` subcomponent,
 * `\R\` repetition, `\E\` escape character; any other control character (CR and LF included,
 * which end a segment) as `\Xhh\` in hexadecimal.
 *
 * @module
 */

const ESCAPES: Readonly<Record<string, string>> = { '|': '\\F\\', '^': '\\S\\', '&': '\\T\\', '~': '\\R\\', '\\': '\\E\\' };

/** A control character (C0 or DEL): never written raw into a message. */
function isControl(code: number): boolean {
  return code < 0x20 || code === 0x7f;
}

/**
 * Escapes a text for an HL7 v2 field, component or subcomponent.
 *
 * @param text - any text
 * @returns the text with every delimiter and control character escaped
 */
export function escapeHl7(text: string): string {
  let out = '';
  for (const ch of text) {
    const escaped = ESCAPES[ch];
    const code = ch.codePointAt(0) ?? 0;
    if (escaped !== undefined) out += escaped;
    else if (isControl(code)) out += `\\X${code.toString(16).toUpperCase().padStart(2, '0')}\\`;
    else out += ch;
  }
  return out;
}

const UNESCAPES: Readonly<Record<string, string>> = { F: '|', S: '^', T: '&', R: '~', E: '\\' };

/**
 * Reads an escaped HL7 v2 text back: the five delimiter escapes and `\Xhh..\` hexadecimal. An
 * escape this reader does not know (formatting escapes such as `\H\`) is left as it is written.
 *
 * @param text - a field, component or subcomponent as it appears in a message
 * @returns the text with its escapes resolved
 */
export function unescapeHl7(text: string): string {
  return text.replace(/\\([FSTRE]|X[0-9A-Fa-f]{2,})\\/g, (whole, body: string) => {
    const plain = UNESCAPES[body];
    if (plain !== undefined) return plain;
    const hex = body.slice(1);
    if (hex.length % 2 !== 0) return whole;
    let out = '';
    for (let i = 0; i < hex.length; i += 2) out += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16));
    return out;
  });
}
