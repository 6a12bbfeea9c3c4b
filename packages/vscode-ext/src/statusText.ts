// What the status bar item says for each state of the language server.
// VS Code-free: statusBar.ts only copies these fields onto the item.
import { indexingProgress, type StatusParams } from './protocol';
import { plural } from './text';

/** The client's own view of the server, before and besides its dossier/status notifications. */
export type ConnectionState = 'starting' | 'running' | 'stopped';

export interface StatusPresentation {
  /** Status bar text, with codicons ("$(book) 120 entities · 2 articles"). */
  text: string;
  /** Plain-text tooltip. */
  tooltip: string;
  /** Drives the item's background: warnings and errors are coloured. */
  severity: 'normal' | 'warning' | 'error';
}

export function describeStatus(connection: ConnectionState, status: StatusParams | undefined): StatusPresentation {
  if (connection === 'stopped') {
    return {
      text: '$(error) Dossier',
      tooltip: 'The Dossier language server has stopped. See the Dossier output channel, then run "Dossier: Re-index Corpus" or reload the window.',
      severity: 'error',
    };
  }
  if (connection === 'starting' || status === undefined) {
    return { text: '$(sync~spin) Dossier', tooltip: 'Dossier: starting the language server…', severity: 'normal' };
  }
  return describeServerState(status);
}

/** What the running server's last status says: indexing, ready, empty or failed. */
function describeServerState(status: StatusParams): StatusPresentation {
  const detail = status.message ? `\n${status.message}` : '';
  switch (status.state) {
    case 'indexing': {
      // The counts are in the server's progress item beside it ("Dossier: indexing corpus: 3,232/10,000
      // files"): two items counting side by side said the same thing twice, and a second spinner
      // beside it ("⟳ Dossier  ◌ Dossier: indexing corpus: 0/3,628 files", seen in the real-editor
      // test on 10k) still made two progress items. The item stays, still, as the way to the view.
      const { percentage, message } = indexingProgress(status);
      return {
        text: '$(book) Dossier',
        tooltip: `Dossier is indexing the corpus: ${status.total > 0 ? `${message} (${percentage}%)` : 'looking for article files'}.${detail}`,
        severity: 'normal',
      };
    }
    case 'ready':
      // A warning (a shared index served from its local copy) shows without hiding the counts.
      return {
        text: `${status.warning ? '$(warning)' : '$(book)'} ${plural(status.entities, 'entity', 'entities')} · ${plural(status.articles, 'article')}`,
        tooltip: `${status.warning ? `${status.warning}\n` : ''}Dossier: ${plural(status.entities, 'entity', 'entities')} in ${plural(status.articles, 'article')} from ${plural(status.files, 'file')}.${detail}\nClick to show the Entities view.`,
        severity: status.warning ? 'warning' : 'normal',
      };
    case 'empty':
      return {
        text: '$(book) Dossier: no articles',
        tooltip: `Dossier found no article files. Put news articles in a folder named by the setting "dossier.corpus.paths" (by default seeds, corpus or articles).${detail}`,
        severity: 'warning',
      };
    case 'error':
      return {
        text: '$(warning) Dossier',
        tooltip: `Dossier could not index the corpus.${detail || '\nSee the Dossier output channel.'}`,
        severity: 'error',
      };
    default:
      // A state added by a newer server: say something neutral rather than nothing.
      return { text: '$(book) Dossier', tooltip: `Dossier: ${String((status as { state: unknown }).state)}${detail}`, severity: 'normal' };
  }
}

/** What "Dossier: Re-index Corpus" says when it is done, from the server's last status. */
export function reindexDoneMessage(status: StatusParams | undefined, ms: number): string {
  const took = `${(ms / 1000).toFixed(1)} s`;
  switch (status?.state) {
    case 'ready':
      return `Dossier: re-indexed ${plural(status.files, 'file')} in ${took}: ${plural(status.entities, 'entity', 'entities')} in ${plural(status.articles, 'article')}.`;
    case 'empty':
      return `Dossier: re-indexed in ${took}, but found no article files (setting "dossier.corpus.paths").`;
    case 'error':
      return `Dossier: re-indexing failed${status.message ? `: ${status.message}` : ''}.`;
    default:
      return `Dossier: re-indexing finished in ${took}.`;
  }
}
