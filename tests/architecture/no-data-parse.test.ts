// Issue 10 item 1: stages never parse a data string. Every number a plan reads from the catalogue is
// read once, when the protocol is prepared (src/prepare/exact.ts); the stages, the pipeline and the
// rules read those values. This test reads the source of src/stages, src/pipeline and src/rules and
// fails on any call of `dec(...)` inside a function whose argument is not a numeric or string literal:
// such a call parses per plan. A call at module level (a constant read once when the module loads) is
// fine. The calls that remain are listed in KNOWN_DATA_PARSES, which may only shrink.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const FOLDERS = ['src/stages', 'src/pipeline', 'src/rules'];

/** A call of `dec` with a non-literal argument inside a function: `file: dec(argument text)`. */
export function dataParses(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node, inFunction: boolean): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'dec' && inFunction) {
      const [arg] = node.arguments;
      const literal = arg !== undefined && (ts.isNumericLiteral(arg) || ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg));
      if (!literal) found.push(`${file}: dec(${arg?.getText(source) ?? ''})`);
    }
    const inside = inFunction || ts.isFunctionLike(node);
    node.forEachChild((child) => visit(child, inside));
  };
  visit(source, false);
  return found;
}

/**
 * KNOWN_DATA_PARSES: each data string still parsed per plan, and why it is not prepared yet (none now).
 * THIS LIST MUST STAY EMPTY: prepare the value in src/prepare/exact.ts instead of adding one.
 */
const KNOWN_DATA_PARSES: readonly { readonly at: string; readonly why: string }[] = [];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name).replaceAll('\\', '/')] : [],
  );
}

const found = FOLDERS.flatMap(sourceFiles).flatMap((f) => dataParses(f, readFileSync(f, 'utf8')));
const known = new Set(KNOWN_DATA_PARSES.map((k) => k.at));

describe('no data string parsed per plan in src/stages, src/pipeline and src/rules', () => {
  it('finds a parse of a data string in a function, and passes a literal or a module-level constant', () => {
    const text = [
      'const ONCE = dec(TABLE.value);',
      'function perPlan(p: { value: string }) {',
      "  const a = dec('0.1') .add(dec(10));",
      '  return a.add(dec(p.value));',
      '}',
      'const arrow = (x: string) => dec(x);',
    ].join('\n');
    expect(dataParses('x.ts', text)).toEqual(['x.ts: dec(p.value)', 'x.ts: dec(x)']);
  });

  it('has no parse outside the known list', () => {
    expect(found.filter((f) => !known.has(f))).toEqual([]);
  });

  it('lists each known parse only while it is still there', () => {
    expect(new Set(KNOWN_DATA_PARSES.map((k) => k.at)).size).toBe(KNOWN_DATA_PARSES.length);
    expect([...known].filter((k) => !found.includes(k))).toEqual([]);
  });

  it('the stages read no data string at all', () => {
    expect(found.filter((f) => f.startsWith('src/stages/'))).toEqual([]);
  });
});
