import type { Connection, WorkDoneProgressReporter } from 'vscode-languageserver';
import type { Logger } from '../logger.js';
import { StatusNotification, type StatusParams } from '../protocol.js';
import { ignore, sendQuietly } from './connectionLogger.js';

/**
 * Tells the client how indexing goes: Dossier's own dossier/status notification, and $/progress as
 * work-done progress with a percentage ("412/2000 files"). A client without work-done progress
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
      const percentage = status.total ? Math.round((100 * status.done) / status.total) : 0;
      void this.reporter.then((reporter) => reporter?.report(percentage, `${status.done}/${status.total} files`)).catch(ignore);
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
        reporter.begin('Dossier: indexing corpus', 0, `0/${total} files`, false);
        return reporter;
      },
      (error: Error) => {
        this.log.warn(`no indexing progress: the client refused a progress token (${error.message})`);
        return null;
      },
    );
  }
}
