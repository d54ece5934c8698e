/**
 * A minimal reader of the protobuf wire format (https://protobuf.dev/programming-guides/encoding/),
 * enough to decode OTLP exports without a dependency. It knows wire types, not schemas: the
 * caller picks fields by number and reads them as what its schema says they are.
 */
export interface ProtoField {
  number: number;
  /** 0 varint, 1 fixed 64-bit, 2 length-delimited, 5 fixed 32-bit. */
  wireType: number;
  /** The varint's value (wire type 0). */
  varint: bigint;
  /** The raw bytes: the payload of a length-delimited field, or the 8 or 4 fixed bytes. */
  bytes: Uint8Array;
}

class ProtoError extends Error {
  override name = "ProtoError";
}

function readVarint(buffer: Uint8Array, start: number): { value: bigint; next: number } {
  let value = 0n;
  let shift = 0n;
  for (let index = start; index < buffer.length && shift < 70n; index += 1) {
    const byte = buffer[index] ?? 0;
    value |= BigInt(byte & 0x7f) << shift;
    if ((byte & 0x80) === 0) return { value: BigInt.asUintN(64, value), next: index + 1 };
    shift += 7n;
  }
  throw new ProtoError(`truncated or overlong varint at byte ${start}`);
}

function take(buffer: Uint8Array, start: number, length: number): Uint8Array {
  if (length < 0 || start + length > buffer.length)
    throw new ProtoError(`field of ${length} bytes at byte ${start} runs past the end`);
  return buffer.subarray(start, start + length);
}

/** Splits one message into its fields, in wire order (repeated fields appear once each). */
export function readFields(buffer: Uint8Array): ProtoField[] {
  const fields: ProtoField[] = [];
  let offset = 0;
  while (offset < buffer.length) {
    const tag = readVarint(buffer, offset);
    offset = tag.next;
    const number = Number(tag.value >> 3n);
    const wireType = Number(tag.value & 7n);
    if (number === 0) throw new ProtoError(`field number 0 at byte ${offset}`);
    let varint = 0n;
    let bytes: Uint8Array = new Uint8Array(0);
    if (wireType === 0) {
      const read = readVarint(buffer, offset);
      varint = read.value;
      offset = read.next;
    } else if (wireType === 1 || wireType === 5) {
      bytes = take(buffer, offset, wireType === 1 ? 8 : 4);
      offset += bytes.length;
    } else if (wireType === 2) {
      const length = readVarint(buffer, offset);
      bytes = take(buffer, length.next, Number(length.value));
      offset = length.next + bytes.length;
    } else {
      throw new ProtoError(`unsupported wire type ${wireType} for field ${number}`);
    }
    fields.push({ number, wireType, varint, bytes });
  }
  return fields;
}

/** The fields with this number (a repeated field, or the last one wins for a singular one). */
export function fieldsNumbered(fields: readonly ProtoField[], number: number): ProtoField[] {
  return fields.filter((field) => field.number === number);
}

export const readString = (field: ProtoField | undefined): string =>
  field ? Buffer.from(field.bytes).toString("utf8") : "";

export const readHex = (field: ProtoField | undefined): string =>
  field ? Buffer.from(field.bytes).toString("hex") : "";

/** A signed 64-bit integer (int64), as a number (precise up to 2^53). */
export const readInt64 = (field: ProtoField | undefined): number =>
  field ? Number(BigInt.asIntN(64, field.varint)) : 0;

export const readDouble = (field: ProtoField | undefined): number =>
  field && field.bytes.length === 8 ? Buffer.from(field.bytes).readDoubleLE(0) : 0;
