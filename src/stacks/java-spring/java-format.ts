/** google-java-format's column limit. */
export const LINE_LENGTH = 100;

const spaces = (count: number) => " ".repeat(count);

/**
 * A parameter, record component or argument with its annotations, laid out as
 * google-java-format does: on one line when it fits at `indent` (with `suffix`), otherwise one
 * annotation per line and the declaration below them, continued 4 columns further in.
 */
export function formatAnnotated(
  indent: number,
  annotations: readonly string[],
  declaration: string,
  suffix = "",
): string {
  const line = [...annotations, declaration].join(" ");
  if (indent + line.length + suffix.length <= LINE_LENGTH)
    return `${spaces(indent)}${line}${suffix}`;
  const [first, ...rest] = [...annotations, declaration];
  return [`${spaces(indent)}${first}`, ...rest.map((part) => `${spaces(indent + 4)}${part}`)]
    .join("\n")
    .concat(suffix);
}

export interface ListItem {
  annotations?: readonly string[];
  text: string;
}

/**
 * `<head><items>` + `tail` as google-java-format breaks a parameter or argument list: all on
 * the head's line, else all on one continuation line, else one item per line. `head` is the
 * text before the list on a line starting at `indent`, e.g. `public record Product(`.
 */
export function formatList(
  indent: number,
  head: string,
  items: readonly ListItem[],
  tail: string,
): string {
  const flat = items.map((item) => [...(item.annotations ?? []), item.text].join(" "));
  const joined = flat.join(", ");
  if (indent + head.length + joined.length + tail.length <= LINE_LENGTH) {
    return `${spaces(indent)}${head}${joined}${tail}`;
  }
  const inner = indent + 4;
  if (inner + joined.length + tail.length <= LINE_LENGTH) {
    return `${spaces(indent)}${head}\n${spaces(inner)}${joined}${tail}`;
  }
  const lines = items.map((item, index) =>
    formatAnnotated(
      inner,
      item.annotations ?? [],
      item.text,
      index === items.length - 1 ? tail : ",",
    ),
  );
  return `${spaces(indent)}${head}\n${lines.join("\n")}`;
}
