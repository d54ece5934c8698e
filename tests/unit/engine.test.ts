import { describe, expect, it } from "vitest";
import { FileTree, normalizeContent } from "../../src/engine/file-tree.js";
import { buildModel } from "../../src/engine/model.js";
import { fillPlaceholders, renderEntries, renderTemplate } from "../../src/engine/render.js";
import type { TemplateSource } from "../../src/engine/types.js";
import { MicroforgeError } from "../../src/errors.js";
import { parseSpec } from "../../src/spec/load.js";
import { demoRegistry, demoStack } from "../fixtures/demo-stack/index.js";

const spec = parseSpec(
  {
    name: "orders-service",
    stack: "demo",
    resources: [
      { name: "OrderItem", fields: [{ name: "class", type: "text" }] },
      { name: "Person", fields: [{ name: "order", type: "integer", required: true }] },
    ],
  },
  demoRegistry,
);
const model = buildModel(spec, demoStack, "9.9.9");

const memory = (files: Record<string, string>): TemplateSource => ({
  read: (path) => {
    const text = files[path];
    if (text === undefined) throw new Error(`no template ${path}`);
    return text;
  },
});

describe("normalizeContent", () => {
  it.each([
    ["a\r\nb", "a\nb\n"],
    ["a\rb\n\n\n", "a\nb\n"],
    ["a", "a\n"],
    ["", ""],
    ["  \n\n", ""],
    ["a\n", "a\n"],
  ])("%j → %j", (input, output) => {
    expect(normalizeContent(input)).toBe(output);
  });
});

describe("FileTree", () => {
  it("lists files sorted by path whatever the order they were added in", () => {
    const tree = new FileTree();
    for (const path of ["b.txt", "a/z.txt", "A.txt", "a/b.txt"]) tree.add(path, path);
    expect(tree.list().map((file) => file.path)).toEqual(["A.txt", "a/b.txt", "a/z.txt", "b.txt"]);
  });

  it.each(["/etc/passwd", "../escape.txt", "a/../../b", "a//b", "a/./b"])(
    "refuses the path %s",
    (path) => {
      expect(() => new FileTree().add(path, "x")).toThrow(MicroforgeError);
    },
  );

  it("refuses two templates writing one file", () => {
    const tree = new FileTree();
    tree.add("README.md", "one");
    expect(() => tree.add("./README.md", "two")).toThrow(
      "two templates produce the same file: README.md",
    );
  });
});

describe("renderTemplate", () => {
  it.each([
    [
      "drops lines that hold only a control tag",
      "a\n<% if (true) { %>\nb\n<% } %>\nc\n",
      "a\nb\nc\n",
    ],
    ["keeps the newline after an interpolation", "x=<%= it.port %>\ny\n", "x=8000\ny\n"],
    [
      "drops indented control lines",
      "  <% for (const r of it.resources) { %>\n- <%= r.name %>\n  <% } %>\n",
      "- OrderItem\n- Person\n",
    ],
    ["does not escape HTML", "<%= '<a & b>' %>\n", "<a & b>\n"],
  ])("%s", (_title, source, expected) => {
    expect(renderTemplate("t.eta", source, model)).toBe(expected);
  });

  it("names the template when rendering fails", () => {
    expect(() => renderTemplate("broken.txt.eta", "<%= it.nothing.here %>", model)).toThrow(
      /^template broken\.txt\.eta failed: /,
    );
  });
});

describe("fillPlaceholders", () => {
  const resource = model.resources[0];
  it.each([
    ["app/__resource.module__.py", "app/order_item.py"],
    ["app/__init__.py", "app/__init__.py"],
    ["__service.kebab__/__resource.plural.kebab__.txt", "orders-service/order-items.txt"],
  ])("%s → %s", (path, expected) => {
    expect(fillPlaceholders(path, { ...model, resource })).toBe(expected);
  });

  it("refuses a placeholder without a value", () => {
    expect(() => fillPlaceholders("__resource.nothing__.txt", model)).toThrow(
      "placeholder __resource.nothing__ in __resource.nothing__.txt has no value",
    );
  });
});

describe("renderEntries", () => {
  const templates = memory({
    "one.txt.eta": "<%= it.service.kebab %>",
    "each/__resource.module__.txt.eta": "<%= it.resource.identifier %>",
    "plain.sh": "#!/bin/sh\necho <%= not rendered %>\n",
    "never.txt": "never",
  });
  const tree = new FileTree();
  renderEntries(
    tree,
    [
      { template: "one.txt.eta" },
      { template: "each/__resource.module__.txt.eta", each: "resource" },
      { template: "plain.sh", executable: true },
      { template: "never.txt", when: () => false },
      { template: "one.txt.eta", output: "elsewhere/__service.snake__.txt" },
    ],
    templates,
    model,
  );

  it("expands per-resource entries, copies plain files, writes a template to another output and skips entries whose condition fails", () => {
    expect(tree.list()).toEqual([
      { path: "each/order_item.txt", content: "OrderItem\n", mode: 0o644 },
      { path: "each/person.txt", content: "Person\n", mode: 0o644 },
      { path: "elsewhere/orders_service.txt", content: "orders-service\n", mode: 0o644 },
      { path: "one.txt", content: "orders-service\n", mode: 0o644 },
      { path: "plain.sh", content: "#!/bin/sh\necho <%= not rendered %>\n", mode: 0o755 },
    ]);
  });
});

describe("buildModel", () => {
  it("computes every name templates print, escaped for the stack's language", () => {
    const [orderItem, person] = model.resources;
    expect(orderItem).toMatchObject({
      name: "OrderItem",
      identifier: "OrderItem",
      module: "order_item",
      table: "order_items",
      path: "/api/v1/order-items",
    });
    expect(orderItem?.fields[0]).toMatchObject({
      name: "class",
      identifier: "class_",
      column: "class",
      nullable: true,
    });
    expect(person?.fields[0]).toMatchObject({
      name: "order",
      identifier: "order",
      column: '"order"',
      nullable: false,
    });
    expect(model.version).toBe("9.9.9");
    expect(model.apiPrefix).toBe("/api/v1");
  });
});
