import { readFileSync } from "node:fs";
import { parseDocument } from "yaml";

/** The specs the generation benchmark times, as microforge.yaml text for one stack. */
export interface BenchSpec {
  id: string;
  resources: number;
  /** The target for the median, in milliseconds, on the 2-core reference machine. */
  targetMs: number | undefined;
  text(stack: string): string;
}

const CONFORMANCE = readFileSync(new URL("../conformance/spec.yaml", import.meta.url), "utf8");
const NOUNS = [
  "Order",
  "Invoice",
  "Customer",
  "Product",
  "Shipment",
  "Payment",
  "Review",
  "Ticket",
  "Account",
  "Supplier",
];
const KINDS = ["Line", "Note", "Entry", "Record", "Event"];

/** The fields every synthetic resource has: one of each type, with the usual modifiers. */
const FIELDS = [
  { name: "name", type: "string", required: true, maxLength: 120 },
  { name: "code", type: "string", unique: true, maxLength: 32 },
  { name: "description", type: "text" },
  { name: "amount", type: "decimal", required: true, precision: 12, scale: 2, min: "0" },
  { name: "quantity", type: "integer", default: 1, min: 1 },
  { name: "active", type: "boolean", default: true },
  { name: "status", type: "enum", values: ["draft", "live", "archived"], default: "draft" },
  { name: "dueOn", type: "date" },
  { name: "sentAt", type: "datetime" },
  { name: "ownerId", type: "uuid" },
  { name: "contact", type: "email" },
];

/** The conformance spec's service and features (every platform option on) with n resources. */
function syntheticSpec(count: number) {
  return (stack: string) => {
    const document = parseDocument(CONFORMANCE);
    document.set("stack", stack);
    document.set(
      "resources",
      Array.from({ length: count }, (_, index) => ({
        name: `${NOUNS[index % NOUNS.length]}${KINDS[Math.floor(index / NOUNS.length) % KINDS.length]}`,
        fields: FIELDS,
      })),
    );
    return document.toString();
  };
}

export const BENCH_SPECS: BenchSpec[] = [
  {
    id: "conformance",
    resources: 3,
    targetMs: 150,
    text: (stack) => CONFORMANCE.replace(/^stack: .*$/m, `stack: ${stack}`),
  },
  {
    id: "10-resources",
    resources: 10,
    targetMs: undefined,
    text: syntheticSpec(10),
  },
  {
    id: "50-resources",
    resources: 50,
    targetMs: 1000,
    text: syntheticSpec(50),
  },
];
