/** LSP positions: zero-based line, character counted in UTF-16 code units (what JavaScript strings index). */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A half-open span of UTF-16 offsets into a decoded file's text. Internal currency; converted to Range at the API edge. */
export interface Span {
  start: number;
  end: number;
}
