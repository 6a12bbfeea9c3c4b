// The byte marks of a cold index's files, as the analysing workers made them (analyzeWorker.ts),
// kept until the snapshot is written: its writer then reads the sentences the cards quote through
// them, not every file again (readySentenceParts in the corpus package).
import type { AnalysedMarks, ByteMarks } from '@dossier/corpus/query';

/**
 * The marks as plain columns (they go to a merge thread in a message): the marks of the file at
 * place n of `order` are values[starts[n], starts[n] + lengths[n]); a length of 0: none known.
 */
export interface MarksColumns {
  order: ReadonlyMap<string, number>;
  starts: Int32Array;
  lengths: Int32Array;
  values: Uint32Array;
}

/** Marks collected as the files' analyses come, in any order, into one growing column (36,035 files' in 0.9 MB at 100,000 articles). */
export class MarksCollector {
  private values = new Uint32Array(1 << 12);
  private used = 0;
  private readonly starts: Int32Array;
  private readonly lengths: Int32Array;

  /** `order`: each file's place (its path's in the corpus). */
  constructor(private readonly order: ReadonlyMap<string, number>) {
    this.starts = new Int32Array(order.size);
    this.lengths = new Int32Array(order.size);
  }

  add(path: string, marks: ByteMarks | null | undefined): void {
    const n = this.order.get(path);
    if (n === undefined || !marks || marks.length === 0) return;
    if (this.used + marks.length > this.values.length) {
      const grown = new Uint32Array(Math.max(this.values.length * 2, this.used + marks.length));
      grown.set(this.values.subarray(0, this.used));
      this.values = grown;
    }
    this.values.set(marks, this.used);
    this.starts[n] = this.used;
    this.lengths[n] = marks.length;
    this.used += marks.length;
  }

  columns(): MarksColumns {
    return { order: this.order, starts: this.starts, lengths: this.lengths, values: this.values.slice(0, this.used) };
  }
}

/** The marks of a file by path, undefined when none is known (the snapshot's writer reads it whole). */
export function marksByPath(columns: MarksColumns): AnalysedMarks {
  return (path) => {
    const n = columns.order.get(path);
    if (n === undefined || columns.lengths[n] === 0) return undefined;
    return columns.values.subarray(columns.starts[n], columns.starts[n]! + columns.lengths[n]!);
  };
}
