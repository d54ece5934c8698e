/** The line length of generated Python (pyproject's ruff `line-length`). */
export const LINE_LENGTH = 100;

/**
 * `<prefix><callee>(<args>)<suffix>` on one line when it fits at `indent` spaces, otherwise one
 * argument per line with a trailing comma: the layout ruff format keeps as it is.
 */
export function formatCall(
  indent: number,
  prefix: string,
  callee: string,
  args: readonly string[],
  suffix = "",
): string {
  const line = `${prefix}${callee}(${args.join(", ")})${suffix}`;
  if (indent + line.length <= LINE_LENGTH) return line;
  const inner = " ".repeat(indent + 4);
  const lines = args.map((arg) => `${inner}${arg},\n`).join("");
  return `${prefix}${callee}(\n${lines}${" ".repeat(indent)})${suffix}`;
}
