import { deserialize, serialize } from 'node:v8';

/*
 * A snapshot section as a block: its value's typed arrays as raw bytes, each at a multiple of 8, and
 * the rest of the value (small objects, strings, the arrays' places) V8-serialised before them:
 *
 *   the outline's length (4 bytes), the outline, zero bytes to a multiple of 8, the arrays' bytes
 *
 * Read back from a buffer that starts at a multiple of 8, each typed array is a view of that buffer:
 * nothing is copied. V8 serialises a typed array inside its stream at any offset, and its
 * deserialiser copies each one not aligned to its element size (most are) into a new buffer: at
 * 100,000 articles, 50 MB copied and collected on every warm start.
 *
 * Only the typed arrays that are properties of plain objects are placed apart (arrays and maps are
 * kept whole in the outline), so that reading the outline back does not walk their elements.
 */

type Column = Int32Array | Uint32Array | Uint8Array | Float64Array;

const KINDS = { Int32Array, Uint32Array, Uint8Array, Float64Array } as const;
type Kind = keyof typeof KINDS;

/** Where a typed array was put: in the outline in its place. */
interface Place {
  readonly [PLACE]: Kind;
  offset: number;
  length: number;
}

const PLACE = '\u0000column';

/** A value's block as buffers, written one after another. */
export function encodeBlock(value: object): Buffer[] {
  const columns: Column[] = [];
  let at = 0;
  const place = (column: Column): Place => {
    const placed = { [PLACE]: column.constructor.name as Kind, offset: at, length: column.length };
    columns.push(column);
    at += padded(column.byteLength);
    return placed;
  };
  const outline = serialize(outlineOf(value, place));
  const head = Buffer.alloc(padded(4 + outline.length));
  head.writeUInt32LE(outline.length);
  outline.copy(head, 4);
  return [head, ...columns.flatMap((column) => [bytesOf(column), Buffer.alloc(padded(column.byteLength) - column.byteLength)])];
}

/** A value's block as one buffer. */
export function encodeBlockBuffer(value: object): Buffer {
  return Buffer.concat(encodeBlock(value));
}

/** The value of a block; its typed arrays are views of `bytes` (copied once first if `bytes` is not at a multiple of 8). */
export function decodeBlock<T>(bytes: Uint8Array): T {
  // A copy (not `slice`, which a Buffer makes a view): its buffer starts at 0.
  const block = bytes.byteOffset % 8 === 0 ? bytes : new Uint8Array(bytes);
  const length = new DataView(block.buffer, block.byteOffset, 4).getUint32(0, true);
  const outline = deserialize(block.subarray(4, 4 + length)) as object;
  const base = block.byteOffset + padded(4 + length);
  const column = (placed: Place): Column => {
    const kind = KINDS[placed[PLACE]];
    if (!kind || base + placed.offset + placed.length * kind.BYTES_PER_ELEMENT > block.byteOffset + block.length) throw new Error('a column of the block lies outside it');
    return new kind(block.buffer as ArrayBuffer, base + placed.offset, placed.length);
  };
  return valueOf(outline, column) as T;
}

function outlineOf(value: object, place: (column: Column) => Place): object {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) out[key] = isColumn(field) ? place(field) : isPlainObject(field) ? outlineOf(field, place) : field;
  return out;
}

function valueOf(outline: object, column: (placed: Place) => Column): object {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(outline)) {
    if (!isPlainObject(field)) out[key] = field;
    else out[key] = PLACE in field ? column(field as Place) : valueOf(field, column);
  }
  return out;
}

function isColumn(value: unknown): value is Column {
  return ArrayBuffer.isView(value) && (value.constructor.name as Kind) in KINDS && value.constructor === KINDS[value.constructor.name as Kind];
}

function isPlainObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

function bytesOf(column: Column): Buffer {
  return Buffer.from(column.buffer, column.byteOffset, column.byteLength);
}

function padded(length: number): number {
  return Math.ceil(length / 8) * 8;
}
