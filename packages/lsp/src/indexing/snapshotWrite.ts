import { closeSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { readAnalysisFile, writeSnapshotSections, type CorpusIndex } from '@dossier/corpus';
import { marksByPath, type MarksColumns } from './analysedMarks.js';

/** Where the snapshot goes and what its header carries (the cache's key and the files' stamps). */
export interface SnapshotTarget {
  path: string;
  meta: unknown;
  /** The maxFileBytes setting indexing read with: when given, the cards' sentences are read as far, and kept ready in the snapshot. */
  maxFileBytes?: number;
  /** The files' byte marks made as they were analysed: the cards' sentences of those files are read through them (readySentenceParts). */
  byteMarks?: MarksColumns;
}

/**
 * Writes a merged index's snapshot: to a temporary file and renamed, so that a crash never leaves
 * half a snapshot behind. Section by section: each is made when written and let go of after
 * (writeSnapshotSections), the header last; `afterSection` once each is written.
 */
export function writeSnapshot(index: CorpusIndex, snapshot: SnapshotTarget, afterSection?: () => void): void {
  mkdirSync(dirname(snapshot.path), { recursive: true });
  const temp = `${snapshot.path}.${process.pid}.merge.tmp`;
  const fd = openSync(temp, 'w');
  try {
    const max = snapshot.maxFileBytes;
    const write = (bytes: Buffer, position: number) => {
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at, position + at);
    };
    const marks = snapshot.byteMarks ? marksByPath(snapshot.byteMarks) : undefined;
    writeSnapshotSections(index, snapshot.meta, write, max === undefined ? undefined : (path) => readAnalysisFile(path, max), marks, afterSection);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, snapshot.path);
}
