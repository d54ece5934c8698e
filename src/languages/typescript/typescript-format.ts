/** The line width of generated TypeScript (the generated biome.json's `lineWidth`). */
export const LINE_WIDTH = 100;

/** A call `callee(args)`; an object-literal last argument is given as its `key: value` entries. */
export interface Call {
  callee: string;
  args: readonly string[];
  objectArg?: readonly string[];
}

/**
 * `<prefix><call><chain><suffix>` laid out as Biome lays it out at `indent` spaces: on one line
 * when it fits; otherwise a chain of two or more calls goes one call per line (after the object
 * of a method call such as `z.enum(...)`), and a call that still does not fit breaks its object
 * argument (or else its arguments) over several lines.
 * Generated projects are checked with Biome, so a test runs it over long-named specs.
 */
export function formatChain(
  indent: number,
  prefix: string,
  call: Call,
  chain: readonly string[] = [],
  suffix = "",
): string {
  const head = `${prefix}${printCall(call)}`;
  const line = `${head}${chain.join("")}${suffix}`;
  if (indent + line.length <= LINE_WIDTH) return line;
  const chainIndent = " ".repeat(indent + 2);
  const brokenChain = chain.map((link) => `\n${chainIndent}${link}`).join("");
  // `z.enum(values).optional()`: Biome breaks the chain after the object, `z`.
  const dot = call.callee.lastIndexOf(".");
  if (dot > 0 && chain.length > 0) {
    const first = printCall({ ...call, callee: call.callee.slice(dot) });
    return `${prefix}${call.callee.slice(0, dot)}\n${chainIndent}${first}${brokenChain}${suffix}`;
  }
  if (chain.length >= 2 && indent + head.length <= LINE_WIDTH)
    return `${head}${brokenChain}${suffix}`;
  const opened = breakCall(indent, prefix, call);
  return chain.length >= 2
    ? `${opened}${brokenChain}${suffix}`
    : `${opened}${chain.join("")}${suffix}`;
}

function printCall(call: Call): string {
  const object = call.objectArg ? [`{ ${call.objectArg.join(", ")} }`] : [];
  return `${call.callee}(${[...call.args, ...object].join(", ")})`;
}

function breakCall(indent: number, prefix: string, call: Call): string {
  const inner = " ".repeat(indent + 2);
  const close = " ".repeat(indent);
  if (call.objectArg) {
    const leading = call.args.map((arg) => `${arg}, `).join("");
    const entries = call.objectArg.map((entry) => `${inner}${entry},\n`).join("");
    return `${prefix}${call.callee}(${leading}{\n${entries}${close}})`;
  }
  const args = call.args.map((arg) => `${inner}${arg},\n`).join("");
  return `${prefix}${call.callee}(\n${args}${close})`;
}

/**
 * `import { a, b } from "module";` with the names in Biome's order, on one line when it fits,
 * otherwise one name per line.
 */
export function formatImport(names: readonly string[], module: string, keyword = "import"): string {
  const sorted = [...names].sort((left, right) =>
    compareNatural(localName(left), localName(right)),
  );
  const line = `${keyword} { ${sorted.join(", ")} } from "${module}";`;
  // Biome never breaks an import of a single name, however long.
  if (line.length <= LINE_WIDTH || sorted.length === 1) return line;
  return `${keyword} {\n${sorted.map((name) => `  ${name},\n`).join("")}} from "${module}";`;
}

/** `type Row` → `Row`, `products as table` → `table`: Biome sorts specifiers by local name. */
function localName(specifier: string): string {
  return specifier
    .replace(/^type /, "")
    .split(" as ")
    .at(-1) as string;
}

/**
 * Biome's natural order: letters compared without case, an upper-case letter before the same
 * letter in lower case, and runs of digits by their value (`item2` before `item10`).
 */
export function compareNatural(left: string, right: string): number {
  const tokens = (text: string) => text.match(/\d+|\D/g) ?? [];
  const [a, b] = [tokens(left), tokens(right)];
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const [x, y] = [a[index] as string, b[index] as string];
    if (x === y) continue;
    if (/^\d/.test(x) && /^\d/.test(y)) return Number(x) - Number(y);
    const [lowerX, lowerY] = [x.toLowerCase(), y.toLowerCase()];
    if (lowerX !== lowerY) return lowerX < lowerY ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

/** `<prefix>[a, b]<suffix>` on one line when it fits at `indent`, otherwise one item per line. */
export function formatArray(
  indent: number,
  prefix: string,
  items: readonly string[],
  suffix: string,
): string {
  const line = `${prefix}[${items.join(", ")}]${suffix}`;
  if (indent + line.length <= LINE_WIDTH) return line;
  const inner = " ".repeat(indent + 2);
  return `${prefix}[\n${items.map((item) => `${inner}${item},\n`).join("")}${" ".repeat(indent)}]${suffix}`;
}

/** `<head>(<params>)<tail>` on one line when it fits at `indent`, otherwise one parameter per line. */
export function formatParameters(
  indent: number,
  head: string,
  params: readonly string[],
  tail: string,
): string {
  const line = `${head}(${params.join(", ")})${tail}`;
  if (indent + line.length <= LINE_WIDTH) return line;
  const inner = " ".repeat(indent + 2);
  return `${head}(\n${params.map((param) => `${inner}${param},\n`).join("")}${" ".repeat(indent)})${tail}`;
}

/** One import statement: the names it imports and where from (`import type` for types only). */
export interface ImportSpec {
  names: readonly string[];
  from: string;
  keyword?: string;
}

/**
 * Import statements in Biome's order: `node:` modules, then packages, then relative paths, each
 * group in natural order, every statement laid out by formatImport.
 */
export function formatImports(imports: readonly ImportSpec[]): string {
  const rank = (from: string) => (from.startsWith("node:") ? 0 : from.startsWith(".") ? 2 : 1);
  return [...imports]
    .filter((spec) => spec.names.length > 0)
    .sort(
      (left, right) => rank(left.from) - rank(right.from) || compareNatural(left.from, right.from),
    )
    .map((spec) => formatImport(spec.names, spec.from, spec.keyword))
    .join("\n");
}
