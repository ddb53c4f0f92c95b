/**
 * Duplicate keys in a JSON text. JSON.parse keeps the last of two equal keys in silence, so
 * `{"value":8200,"value":82}` planned 82 kg; the command line refuses such a request instead.
 * One pass over text that JSON.parse has already accepted, with an explicit stack (no recursion,
 * so nesting depth cannot overflow it); keys are compared after unescaping (`"\u0076alue"` is `value`).
 */

type Frame = { readonly keys: Set<string>; expectKey: boolean; key: string } | { readonly keys: null; index: number };

/** The index of the quote that closes the string opening at `start`. */
function stringEnd(text: string, start: number): number {
  let j = start + 1;
  while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
  return j;
}

/** Records `key` as the object's current key; false when the object already had it. */
function addKey(frame: { readonly keys: Set<string>; expectKey: boolean; key: string }, key: string): boolean {
  frame.key = key;
  frame.expectKey = false;
  if (frame.keys.has(key)) return false;
  frame.keys.add(key);
  return true;
}

/** The path of each duplicate key, in order of appearance (the second and later occurrences). */
export function duplicateKeyPaths(text: string): (string | number)[][] {
  const stack: Frame[] = [];
  const found: (string | number)[][] = [];
  const path = (): (string | number)[] => stack.map((f) => (f.keys === null ? f.index : f.key));
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const top = stack[stack.length - 1];
    if (c === '"') {
      const j = stringEnd(text, i);
      if (top !== undefined && top.keys !== null && top.expectKey && !addKey(top, JSON.parse(text.slice(i, j + 1)) as string)) found.push(path());
      i = j;
    } else if (c === '{') stack.push({ keys: new Set(), expectKey: true, key: '' });
    else if (c === '[') stack.push({ keys: null, index: 0 });
    else if (c === '}' || c === ']') stack.pop();
    else if (c === ',' && top !== undefined) {
      if (top.keys === null) top.index += 1;
      else top.expectKey = true;
    }
  }
  return found;
}
