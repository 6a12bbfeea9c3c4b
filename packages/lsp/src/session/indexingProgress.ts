import type { Connection, WorkDoneProgressReporter } from 'vscode-languageserver';
import type { Logger } from '../logger.js';
import { indexingProgress, StatusNotification, type StatusParams } from '../protocol.js';
import { ignore, sendQuietly } from './connectionLogger.js';

/**
 * Tells the client how indexing goes: Dossier's own dossier/status notification, and $/progress as
 * one work-done progress item from the first file to the index saved: "412/2,000 files" up to 90%,
 * then "merging 2,000 files into entities" and "saving the index" (the merge of 10,000 files
 * used to sit at 100% with no word for 15 s). A client without work-done progress
 * gets a silent reporter; one that refuses the progress token gets none (refusing used to crash
 * the server).
 */
export class IndexingProgress {
  private reporter: Promise<WorkDoneProgressReporter | null> | null = null;

  constructor(
    private readonly connection: Pick<Connection, 'sendNotification' | 'window'>,
    private readonly log: Logger,
  ) {}

  report(status: StatusParams): void {
    sendQuietly(() => this.connection.sendNotification(StatusNotification, status));
    if (status.state === 'indexing') {
      this.reporter ??= this.begin(status.total);
      const { percentage, message } = indexingProgress(status);
      void this.reporter.then((reporter) => reporter?.report(percentage, message)).catch(ignore);
    } else if (this.reporter) {
      void this.reporter.then((reporter) => reporter?.done()).catch(ignore);
      this.reporter = null;
    }
  }

  private begin(total: number): Promise<WorkDoneProgressReporter | null> {
    let created: Promise<WorkDoneProgressReporter>;
    try {
      created = this.connection.window.createWorkDoneProgress();
    } catch (error) {
      created = Promise.reject(error as Error); // the connection is closed
    }
    return created.then(
      (reporter) => {
        reporter.begin('Dossier: indexing corpus', 0, indexingProgress({ done: 0, total }).message, false);
        return reporter;
      },
      (error: Error) => {
        this.log.warn(`no indexing progress: the client refused a progress token (${error.message})`);
        return null;
      },
    );
  }
}
