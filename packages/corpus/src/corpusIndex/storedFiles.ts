import type { ArticleRecord } from '../analysis/fileAnalysis.js';
import type { Range } from '../text/positions.js';
import type { FileSet, IndexedFile } from './corpusIndex.js';
import {
  articleCountOf,
  decodeArticle,
  decodeFile,
  encodeStrings,
  fileArticleCount,
  fileCountOf,
  positionInFile,
  run,
  SnapshotError,
  StoredStrings,
  warningsByFile,
  type ArticleColumns,
  type FileColumns,
} from './snapshotColumns.js';

/**
 * An index's files as columns (a snapshot's, or the merge's: stagedFiles.ts), each file and article
 * record made when first asked for and kept, so that the same file is always the same object (a
 * file's articles are those records).
 */
export class StoredFiles implements FileSet {
  readonly fileCount: number;
  readonly articleCount: number;
  private readonly made: (IndexedFile | undefined)[];
  private readonly records: (ArticleRecord | undefined)[];
  /** Per file, its first article's number, and the article count at the end. */
  private readonly firstArticle: Int32Array;
  private readonly fileOf: Int32Array;
  private readonly warnings: Map<number, string[]>;
  private readonly paths: StoredStrings;
  private readonly displayPaths: StoredStrings;

  constructor(
    private readonly files: FileColumns,
    private readonly articles: ArticleColumns,
  ) {
    this.fileCount = fileCountOf(files);
    this.paths = new StoredStrings(files.paths);
    this.displayPaths = new StoredStrings(files.displayPaths);
    if (this.paths.length !== this.fileCount || this.displayPaths.length !== this.fileCount) throw new SnapshotError('snapshot paths do not add up to its files');
    this.articleCount = articleCountOf(articles);
    this.firstArticle = new Int32Array(this.fileCount + 1);
    for (let i = 0; i < this.fileCount; i++) this.firstArticle[i + 1] = this.firstArticle[i]! + fileArticleCount(files, i);
    if (this.firstArticle[this.fileCount] !== this.articleCount) throw new SnapshotError('snapshot articles do not add up to its files');
    this.fileOf = new Int32Array(this.articleCount);
    for (let i = 0; i < this.fileCount; i++) this.fileOf.fill(i, this.firstArticle[i], this.firstArticle[i + 1]);
    this.made = new Array<IndexedFile | undefined>(this.fileCount);
    this.records = new Array<ArticleRecord | undefined>(this.articleCount);
    this.warnings = warningsByFile(files);
  }

  file(i: number): IndexedFile {
    let file = this.made[i];
    if (!file) {
      if (!(i >= 0 && i < this.fileCount)) throw new RangeError(`no file ${i} of ${this.fileCount}`);
      const articles: ArticleRecord[] = [];
      for (let a = this.firstArticle[i]!; a < this.firstArticle[i + 1]!; a++) articles.push(this.articleRecord(a));
      const paths = { path: this.paths.at(i)!, displayPath: this.displayPaths.at(i)! };
      this.made[i] = file = decodeFile(this.files, i, paths, articles, this.warnings.get(i));
    }
    return file;
  }

  filePath(i: number): string {
    // A file made may have been given another path (storedAnalyses.ts resolves a team store's).
    return this.made[i]?.path ?? this.paths.at(i)!;
  }

  displayPath(i: number): string {
    return this.displayPaths.at(i)!;
  }

  firstArticleOf(i: number): number {
    return this.firstArticle[i]!;
  }

  fileOfArticle(a: number): number {
    return this.fileOf[a]!;
  }

  articleRecord(a: number): ArticleRecord {
    return (this.records[a] ??= decodeArticle(this.articles, a));
  }

  sentenceTotal(): number {
    return this.files.sentences.values.length >> 1;
  }

  sentenceBound(i: number, k: number): number {
    return this.files.sentences.values[this.files.sentences.offsets[i]! + k]!;
  }

  sentencesOf(i: number): Int32Array {
    return run(this.files.sentences, i);
  }

  firstSentenceOf(i: number): number {
    return this.files.sentences.offsets[i]! >> 1;
  }

  /** The columns, with the paths files made were given since (relocateIndex, a team store's reader). */
  columns(): { files: FileColumns; articles: ArticleColumns } {
    const moved = this.made.some((file, i) => file !== undefined && file.path !== this.paths.at(i));
    const paths = moved ? encodeStrings(Array.from({ length: this.fileCount }, (_, i) => this.filePath(i))) : this.files.paths;
    return { files: { ...this.files, paths }, articles: this.articles };
  }

  rangeIn(i: number, start: number, end: number): Range {
    return { start: positionInFile(this.files, i, start), end: positionInFile(this.files, i, end) };
  }
}
