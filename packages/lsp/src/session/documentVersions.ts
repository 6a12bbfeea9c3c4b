import type { Logger } from '../logger.js';

/**
 * The last version of each open document, to notice changes that arrive out of order (a client
 * that sends version 2, then a change that claims to be version 1 again): they are applied in the
 * order received, with a warning.
 */
export class DocumentVersions {
  private readonly versions = new Map<string, number>();
  // TextDocuments reports an opened document as changed too, right after the open: that second
  // event is the open itself, not a change (it would warn of a version seen before).
  private readonly justOpened = new Set<string>();

  constructor(private readonly log: Logger) {}

  opened(uri: string, version: number): void {
    this.versions.set(uri, version);
    this.justOpened.add(uri);
  }

  /** Whether the event is a real change; false for the one that follows an open. */
  changed(uri: string, version: number): boolean {
    if (this.justOpened.delete(uri)) return false;
    const previous = this.versions.get(uri);
    if (previous !== undefined && version <= previous) {
      this.log.warn(`${uri}: change to version ${version} arrived after version ${previous}; applied in the order received`);
    }
    this.versions.set(uri, version);
    return true;
  }

  closed(uri: string): void {
    this.versions.delete(uri);
    this.justOpened.delete(uri);
  }
}
