/**
 * JSON Schemas of the public requests and results, generated from the TypeScript types the library
 * exports (src/types/requests.ts, src/types/plan.ts and the result types beside their functions), so
 * the schemas, the types and the TypeDoc text are one source (issue 13 item 6):
 * - each property's `description` is its TypeDoc comment (or, where it has none, its type's comment);
 * - a closed set (a unit, a code, a kind) is the `enum` of its literal union, and those unions are the
 *   project's own lists (the door's unit spelling tables, `RULE_CODES`, `ISSUE_CODES`);
 * - a number a request takes (`DecimalInput`) is a JSON number or a string matching the door's own
 *   plain-decimal pattern, at most `INPUT_LIMITS.numberChars` long; a `Quantity` a plan writes is a
 *   plain decimal string and a unit of `PLAN_UNITS`;
 * - each object is closed (`additionalProperties: false`) unless its type is a record.
 * Named interfaces go to `$defs`, so a type used in many places is written once.
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { PLAIN_DECIMAL } from '../../src/decimal/index.js';
import { PLAN_UNITS } from '../../src/schema/plan-schema.js';
import { INPUT_LIMITS } from '../../src/types/input-limits.js';
import { MASS_UNITS } from '../../src/units/index.js';

export type JsonSchema = { [key: string]: unknown };

const root = fileURLToPath(new URL('../../', import.meta.url));

let cached: { checker: ts.TypeChecker; exports: Map<string, ts.Symbol> } | undefined;

/** The type checker over src/index.ts and the symbols it exports, built once. */
function program(): { checker: ts.TypeChecker; exports: Map<string, ts.Symbol> } {
  if (cached) return cached;
  const config = ts.readConfigFile(`${root}tsconfig.json`, (f) => ts.sys.readFile(f));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const p = ts.createProgram([`${root}src/index.ts`], parsed.options);
  const checker = p.getTypeChecker();
  const file = p.getSourceFile(`${root}src/index.ts`);
  const module = file && checker.getSymbolAtLocation(file);
  if (!module) throw new Error('src/index.ts has no module symbol');
  const exports = new Map(checker.getExportsOfModule(module).map((s) => [s.name, s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s]));
  cached = { checker, exports };
  return cached;
}

/** A symbol's TypeDoc text on one line, `{@link x}` written as `x`. */
const doc = (checker: ts.TypeChecker, s: ts.Symbol | undefined): string =>
  s === undefined
    ? ''
    : ts
        .displayPartsToString(s.getDocumentationComment(checker))
        .replace(/\{@link\s+([^}\s]+)\s*\}/g, '$1')
        .replace(/\s+/g, ' ')
        .trim();

/** The number a request takes: a JSON number, or a plain decimal string as the door reads it. */
const DECIMAL_INPUT: JsonSchema = {
  anyOf: [{ type: 'number' }, { type: 'string', pattern: PLAIN_DECIMAL.source, maxLength: INPUT_LIMITS.numberChars }],
};
/**
 * Every unit a result states: the plan's closed set ({@link PLAN_UNITS}) and the counts a nasal-spray plan
 * writes (src/nasal: a dose per spray, sprays and doses, per day).
 */
const OUTPUT_UNITS: readonly string[] = [...PLAN_UNITS, ...MASS_UNITS.map((m) => `${m}/{spray}`), '{spray}/d', '{dose}', '{dose}/d'];

/** A quantity as the library writes it. */
const QUANTITY: JsonSchema = {
  type: 'object',
  description: 'A quantity as the library writes it: a plain decimal string and a UCUM unit.',
  properties: {
    value: { type: 'string', pattern: PLAIN_DECIMAL.source, description: 'A plain decimal string: no exponent, hex or grouping.' },
    unit: { type: 'string', enum: [...OUTPUT_UNITS], description: 'A UCUM unit code of the closed set the library writes.' },
  },
  required: ['value', 'unit'],
  additionalProperties: false,
};

class Writer {
  readonly defs: Record<string, JsonSchema> = {};
  constructor(private readonly checker: ts.TypeChecker) {}

  /** The schema of a type; a named, non-generic interface is written once in `$defs`. */
  schema(type: ts.Type): JsonSchema {
    const alias = type.aliasSymbol?.name;
    if (alias === 'DecimalInput') return { ...DECIMAL_INPUT };
    if (alias === 'Quantity' || (type.symbol?.name === 'Quantity' && !type.aliasSymbol)) return this.ref('Quantity', () => QUANTITY);
    if (type.flags & ts.TypeFlags.Union) return this.union(type as ts.UnionType);
    if (type.flags & ts.TypeFlags.StringLiteral) return { type: 'string', const: (type as ts.StringLiteralType).value };
    if (type.flags & ts.TypeFlags.NumberLiteral) return { type: 'number', const: (type as ts.NumberLiteralType).value };
    if (type.flags & ts.TypeFlags.BooleanLiteral) return { type: 'boolean', const: this.checker.typeToString(type) === 'true' };
    if (type.flags & ts.TypeFlags.String) return { type: 'string' };
    if (type.flags & ts.TypeFlags.Number) return { type: 'number' };
    if (type.flags & ts.TypeFlags.Boolean) return { type: 'boolean' };
    if (type.flags & ts.TypeFlags.Null) return { type: 'null' };
    if (type.flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any)) return {};
    if (this.checker.isTupleType(type)) return this.tuple(type as ts.TupleTypeReference);
    if (this.checker.isArrayType(type)) {
      const [item] = this.checker.getTypeArguments(type as ts.TypeReference);
      return { type: 'array', items: item ? this.schema(item) : {} };
    }
    const name = this.nameOf(type);
    return name ? this.ref(name, () => this.object(type)) : this.object(type);
  }

  /** A tuple: its fixed elements, then any rest element (`[Issue, ...Issue[]]` is a non-empty list). */
  private tuple(type: ts.TupleTypeReference): JsonSchema {
    const args = this.checker.getTypeArguments(type);
    const flags = type.target.elementFlags;
    const fixed = args.filter((_, i) => !((flags[i] ?? 0) & ts.ElementFlags.Variable)).map((t) => this.schema(t));
    const restAt = flags.findIndex((f) => f & ts.ElementFlags.Variable);
    const rest = restAt >= 0 ? args[restAt] : undefined;
    const minItems = flags.filter((f) => f & ts.ElementFlags.Required).length;
    // A non-empty list of one type (`[Issue, ...Issue[]]`): that type's list with a minimum length.
    if (rest !== undefined && args.every((t) => t === rest)) return { type: 'array', items: this.schema(rest), minItems };
    return {
      type: 'array',
      ...(fixed.length > 0 ? { prefixItems: fixed } : {}),
      ...(rest !== undefined ? { items: this.schema(rest) } : { items: false }),
      ...(minItems > 0 ? { minItems } : {}),
      ...(rest === undefined ? { maxItems: fixed.length } : {}),
    };
  }

  /** A name for `$defs`: an interface or alias with no type arguments. */
  private nameOf(type: ts.Type): string | undefined {
    if (type.aliasSymbol && !type.aliasTypeArguments?.length) return type.aliasSymbol.name;
    const s = type.symbol;
    const generic = ((type as ts.TypeReference).typeArguments?.length ?? 0) > 0;
    return s && s.flags & ts.SymbolFlags.Interface && !generic ? s.name : undefined;
  }

  private ref(name: string, build: () => JsonSchema): JsonSchema {
    if (!(name in this.defs)) {
      this.defs[name] = {};
      this.defs[name] = build();
    }
    return { $ref: `#/$defs/${name}` };
  }

  private union(type: ts.UnionType): JsonSchema {
    const members = type.types.filter((t) => !(t.flags & ts.TypeFlags.Undefined));
    const bools = members.filter((t) => t.flags & ts.TypeFlags.BooleanLiteral);
    const rest = members.filter((t) => !(t.flags & ts.TypeFlags.BooleanLiteral));
    if (rest.length > 0 && rest.every((t) => t.flags & ts.TypeFlags.StringLiteral) && bools.length === 0) {
      return { type: 'string', enum: rest.map((t) => (t as ts.StringLiteralType).value) };
    }
    const schemas = [...(bools.length === 2 ? [{ type: 'boolean' }] : bools.map((t) => this.schema(t))), ...rest.map((t) => this.schema(t))];
    return schemas.length === 1 ? (schemas[0] as JsonSchema) : { anyOf: schemas };
  }

  /** The TypeDoc text of a type (of a list's element type for a list), for a property with none of its own. */
  private typeDoc(t: ts.Type): string {
    const own = doc(this.checker, t.aliasSymbol ?? t.symbol);
    if (own || !this.checker.isArrayType(t)) return own;
    const [item] = this.checker.getTypeArguments(t as ts.TypeReference);
    return item ? `A list; each: ${doc(this.checker, item.aliasSymbol ?? item.symbol)}` : '';
  }

  /** An object: each property with its description; closed unless the type has an index signature. */
  private object(type: ts.Type): JsonSchema {
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const p of this.checker.getPropertiesOfType(type)) {
      const t = this.checker.getNonNullableType(this.checker.getTypeOfSymbol(p));
      const own = this.checker.getTypeOfSymbol(p);
      const nullable = own.flags & ts.TypeFlags.Union && (own as ts.UnionType).types.some((m) => m.flags & ts.TypeFlags.Null);
      const schema = this.schema(nullable ? own : t);
      const description = doc(this.checker, p) || this.typeDoc(t);
      properties[p.name] = description ? { ...schema, description } : schema;
      if (!(p.flags & ts.SymbolFlags.Optional)) required.push(p.name);
    }
    const index = this.checker.getIndexInfosOfType(type)[0];
    const description = doc(this.checker, type.aliasSymbol ?? type.symbol);
    return {
      type: 'object',
      ...(description ? { description } : {}),
      properties,
      ...(required.length > 0 ? { required } : {}),
      additionalProperties: index ? this.schema(index.type) : false,
    };
  }
}

/** The JSON Schema of an exported type of src/index.ts, with its `$defs`. */
export function schemaOfType(name: string, title: string, file: string): JsonSchema {
  const { checker, exports } = program();
  const symbol = exports.get(name);
  if (!symbol) throw new Error(`src/index.ts exports no type ${name}`);
  const type = checker.getDeclaredTypeOfSymbol(symbol);
  const writer = new Writer(checker);
  // The top level is written in place (not as a $ref), so a reader sees its properties first.
  const top = writer.schema(type);
  const ref = typeof top['$ref'] === 'string' ? top['$ref'].replace('#/$defs/', '') : undefined;
  const body = ref !== undefined ? (writer.defs[ref] as JsonSchema) : top;
  const defs = Object.fromEntries(Object.entries(writer.defs).filter(([k]) => k !== ref || JSON.stringify(writer.defs).includes(`"#/$defs/${k}"`)));
  const description = body['description'] ?? doc(checker, symbol);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `infusion-dose/schemas/${file}`,
    title,
    ...(description ? { description } : {}),
    ...body,
    ...(Object.keys(defs).length > 0 ? { $defs: defs } : {}),
  };
}
