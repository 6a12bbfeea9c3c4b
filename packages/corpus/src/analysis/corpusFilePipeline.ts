import type { ByteMarks } from '../files/byteMarks.js';
import { readCorpusFile, readCorpusFileSync, type CorpusFileText, type ReadOptions, type ReadOutcome } from '../files/readCorpusFile.js';
import { checkedByteMarks } from '../files/spanReader.js';
import type { FileSegmentOptions } from '../segment/captureTime.js';
import { analyzeFile, type FileAnalysis } from './fileAnalysis.js';

const SKIPPED = 'skipped: ';

/** What became of one corpus file: the step's result, or null when the file was skipped; every warning about it, in order. */
export interface FileOutcome<T> {
  path: string;
  result: T | null;
  warnings: string[];
}

/**
 * The one per-file pipeline: reads a corpus file and runs a step on its text. Never throws. A
 * file that cannot be read (missing, unreadable, binary, empty) is skipped with its reason
 * ("skipped: binary content"), the reader's repairs come first as warnings ("invalid UTF-8
 * replaced"), and a step that throws costs this file alone ("skipped: analysis failed: ..."),
 * never the run: one bug in analysis used to abort a whole `dossier entities` run.
 */
export async function throughCorpusFile<T>(path: string, read: ReadOptions, step: (file: CorpusFileText) => T): Promise<FileOutcome<T>> {
  return afterRead(path, await readCorpusFile(path, read), step);
}

/**
 * throughCorpusFile for many files, in their order, each read synchronously (readCorpusFileSync)
 * just before its step: for loops whose thread has nothing else to do between files. Never throws.
 */
export async function* throughCorpusFiles<T>(paths: readonly string[], read: ReadOptions, step: (file: CorpusFileText) => T): AsyncGenerator<FileOutcome<T>> {
  for (const path of paths) {
    yield afterRead(path, readCorpusFileSync(path, read), step);
    // Back to the event loop between files: V8 finishes its garbage collection there (without it
    // the peak RSS of indexing 100k articles rose from 900 MB to 1,035 MB), and a server or a
    // worker hears its messages.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

function afterRead<T>(path: string, outcome: ReadOutcome, step: (file: CorpusFileText) => T): FileOutcome<T> {
  if (outcome.kind === 'skipped') return { path, result: null, warnings: [`${SKIPPED}${outcome.reason}`] };
  const warnings = [...outcome.file.warnings];
  try {
    return { path, result: step(outcome.file), warnings };
  } catch (error) {
    warnings.push(`${SKIPPED}analysis failed: ${(error as Error)?.stack ?? error}`);
    return { path, result: null, warnings };
  }
}

/** Why a file was skipped (the first line of its last warning, "binary content"), or null when it was not. */
export function skipReason(outcome: FileOutcome<unknown>): string | null {
  const last = outcome.result === null ? outcome.warnings.at(-1) : undefined;
  return last?.startsWith(SKIPPED) ? last.slice(SKIPPED.length).split('\n', 1)[0]! : null;
}

export interface AnalyzeCorpusFileOptions extends ReadOptions, FileSegmentOptions {}

/** One corpus file read and analysed (analyzeFile): what every indexing loop runs per file. */
export async function analyzeCorpusFile(path: string, options: AnalyzeCorpusFileOptions = {}): Promise<FileOutcome<FileAnalysis>> {
  return throughCorpusFile(path, readOptions(options), analysisStep(options));
}

/** analyzeCorpusFile for many files, in order (throughCorpusFiles). */
export function analyzeCorpusFiles(paths: readonly string[], options: AnalyzeCorpusFileOptions = {}): AsyncGenerator<FileOutcome<FileAnalysis>> {
  return throughCorpusFiles(paths, readOptions(options), analysisStep(options));
}

/** A file's outcome with the byte marks of what was analysed (null: none, the file is read whole; see checkedByteMarks). */
export interface MarkedOutcome extends FileOutcome<FileAnalysis> {
  byteMarks: ByteMarks | null;
}

/**
 * analyzeCorpusFiles with each file's checked byte marks, made while its bytes and text are in
 * hand: a snapshot's writer then reads the sentences its cards quote through them, not every
 * file again (at 100,000 articles it read 36,000 files on the indexing process's last thread).
 */
export async function* analyzeCorpusFilesMarked(paths: readonly string[], options: AnalyzeCorpusFileOptions = {}): AsyncGenerator<MarkedOutcome> {
  const analyze = analysisStep(options);
  const step = (file: CorpusFileText) => {
    const analysis = analyze(file);
    return { analysis, byteMarks: marksOf(file, analysis) };
  };
  for await (const { path, result, warnings } of throughCorpusFiles(paths, readOptions(options), step)) {
    yield { path, result: result?.analysis ?? null, warnings, byteMarks: result?.byteMarks ?? null };
  }
}

/** A file's checked byte marks, or null (never a failed analysis: the file is then read whole). */
function marksOf(file: CorpusFileText, analysis: FileAnalysis): ByteMarks | null {
  try {
    return checkedByteMarks({ path: file.path, sentences: analysis.sentences }, file.bytes, file.analysisText);
  } catch {
    return null;
  }
}

function readOptions(options: AnalyzeCorpusFileOptions): ReadOptions {
  return options.maxFileBytes !== undefined ? { maxFileBytes: options.maxFileBytes } : {};
}

function analysisStep(options: AnalyzeCorpusFileOptions): (file: CorpusFileText) => FileAnalysis {
  const segment: FileSegmentOptions = {
    ...(options.rules ? { rules: options.rules } : {}),
    ...(options.captureRules ? { captureRules: options.captureRules } : {}),
    ...(options.capturedAt !== undefined ? { capturedAt: options.capturedAt } : {}),
  };
  return (file) => analyzeFile(file, segment);
}
