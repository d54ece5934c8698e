import {
  fieldsNumbered,
  type ProtoField,
  readDouble,
  readFields,
  readHex,
  readInt64,
  readString,
} from "./protobuf.js";

/**
 * Decodes OTLP trace exports (opentelemetry-proto, collector/trace/v1) into flat spans, from
 * the protobuf encoding or the JSON one. Only what the tracing checks read is kept.
 */
export type AttributeValue = string | number | boolean | null;
export type Attributes = Record<string, AttributeValue>;

export const SPAN_KIND = { internal: 1, server: 2, client: 3 } as const;

export interface ReceivedSpan {
  /** Lower-case hex, 32 digits. */
  traceId: string;
  spanId: string;
  /** "" for a root span. */
  parentSpanId: string;
  name: string;
  kind: number;
  attributes: Attributes;
  /** The attributes of the resource that exported the span (service.name, ...). */
  resource: Attributes;
}

const last = (fields: readonly ProtoField[], number: number) =>
  fieldsNumbered(fields, number).at(-1);

/** AnyValue{string_value=1, bool_value=2, int_value=3, double_value=4}; others read as null. */
function decodeAnyValue(bytes: Uint8Array): AttributeValue {
  const field = readFields(bytes).at(-1);
  if (field?.number === 1) return readString(field);
  if (field?.number === 2) return field.varint !== 0n;
  if (field?.number === 3) return readInt64(field);
  if (field?.number === 4) return readDouble(field);
  return null;
}

/** Repeated KeyValue{key=1, value=2} under `number`. */
function decodeAttributes(fields: readonly ProtoField[], number: number): Attributes {
  const attributes: Attributes = {};
  for (const keyValue of fieldsNumbered(fields, number)) {
    const parts = readFields(keyValue.bytes);
    const value = last(parts, 2);
    attributes[readString(last(parts, 1))] = value ? decodeAnyValue(value.bytes) : null;
  }
  return attributes;
}

/** ExportTraceServiceRequest{resource_spans=1} in the protobuf encoding. */
export function decodeTraceRequest(body: Uint8Array): ReceivedSpan[] {
  const spans: ReceivedSpan[] = [];
  for (const resourceSpans of fieldsNumbered(readFields(body), 1)) {
    const outer = readFields(resourceSpans.bytes);
    const resourceField = last(outer, 1);
    const resource = resourceField ? decodeAttributes(readFields(resourceField.bytes), 1) : {};
    for (const scopeSpans of fieldsNumbered(outer, 2)) {
      for (const span of fieldsNumbered(readFields(scopeSpans.bytes), 2)) {
        const fields = readFields(span.bytes);
        spans.push({
          traceId: readHex(last(fields, 1)),
          spanId: readHex(last(fields, 2)),
          parentSpanId: readHex(last(fields, 4)),
          name: readString(last(fields, 5)),
          kind: readInt64(last(fields, 6)),
          attributes: decodeAttributes(fields, 9),
          resource,
        });
      }
    }
  }
  return spans;
}

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const KIND_NAMES: Record<string, number> = {
  SPAN_KIND_INTERNAL: 1,
  SPAN_KIND_SERVER: 2,
  SPAN_KIND_CLIENT: 3,
  SPAN_KIND_PRODUCER: 4,
  SPAN_KIND_CONSUMER: 5,
};

function decodeJsonAttributes(list: unknown): Attributes {
  const attributes: Attributes = {};
  for (const item of asList(list)) {
    const { key, value } = asRecord(item);
    const any = asRecord(value);
    const decoded =
      "stringValue" in any
        ? String(any.stringValue)
        : "boolValue" in any
          ? any.boolValue === true
          : "intValue" in any
            ? Number(any.intValue)
            : "doubleValue" in any
              ? Number(any.doubleValue)
              : null;
    attributes[String(key)] = decoded;
  }
  return attributes;
}

/** The same request in the OTLP/JSON encoding (ids as hex strings, kind as a number or name). */
export function decodeTraceRequestJson(text: string): ReceivedSpan[] {
  const spans: ReceivedSpan[] = [];
  for (const resourceSpans of asList(asRecord(JSON.parse(text)).resourceSpans)) {
    const outer = asRecord(resourceSpans);
    const resource = decodeJsonAttributes(asRecord(outer.resource).attributes);
    for (const scopeSpans of asList(outer.scopeSpans)) {
      for (const item of asList(asRecord(scopeSpans).spans)) {
        const span = asRecord(item);
        const kind =
          typeof span.kind === "number" ? span.kind : (KIND_NAMES[String(span.kind)] ?? 0);
        spans.push({
          traceId: String(span.traceId ?? "").toLowerCase(),
          spanId: String(span.spanId ?? "").toLowerCase(),
          parentSpanId: String(span.parentSpanId ?? "").toLowerCase(),
          name: String(span.name ?? ""),
          kind,
          attributes: decodeJsonAttributes(span.attributes),
          resource,
        });
      }
    }
  }
  return spans;
}
