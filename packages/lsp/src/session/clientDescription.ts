import { join } from 'node:path';
import type { InitializeParams } from 'vscode-languageserver';
import type { HoverFormat } from '../clientAccess.js';
import { uriToPath } from '../workspace/paths.js';
import { settingsFrom, type DossierSettings } from '../workspace/settings.js';

/**
 * What the client said about itself in `initialize`, read once (as marksman's ClientDescription):
 * its workspace folders, what it can do and the options it passed. The rest of the server asks
 * this record rather than keeping flags of its own. Neovim, for one, sends no workspace folders
 * and no file watching: the folder is then its rootUri, and the server watches the corpus itself.
 */
export class ClientDescription {
  /** The workspace folders; the rootUri when there are none; the working folder as a last resort. */
  readonly folders: readonly string[];
  /** `workspace/didChangeWatchedFiles` with dynamic registration: the client watches the corpus for us. */
  readonly canWatchFiles: boolean;
  /** `workspace/configuration`: settings are pulled, not pushed. */
  readonly canPullConfiguration: boolean;
  /** `workspace/didChangeWorkspaceFolders`: folders added or removed later are followed. */
  readonly sendsFolderChanges: boolean;
  /** Workspace edits with documentChanges and the "create" operation: a correction may create dossier.yaml. */
  readonly canCreateFiles: boolean;
  /** The settings of initializationOptions (`settings`, or the options themselves). */
  readonly initialSettings: DossierSettings;
  /**
   * Where the index caches go, one folder per corpus (indexing/cacheLocation.ts): `cacheDir` when
   * the client gives one (VS Code: its global storage, the same whatever the workspace is called),
   * else `index` in its per-workspace `storagePath`, else `<first folder>/.dossier/cache`.
   */
  readonly cacheRoot: string;
  /** Whether the cache root is in the workspace (and so gets a .gitignore of its own). */
  readonly cacheInWorkspace: boolean;
  /** Where an earlier version kept this workspace's cache (`<storagePath>/index`) when `cacheDir` now puts it elsewhere. */
  readonly legacyCacheFolder: string | null;
  /** `cache: false` in initializationOptions turns the persistent index cache off. */
  readonly cacheEnabled: boolean;
  /**
   * How hover cards are sent. Plain text when the client asks for it (`contentFormat` without
   * Markdown, or with plain text first), or is known to show Markdown raw: Neovim's floating
   * window prints "\_" and "&#58;" as they are.
   */
  readonly hoverFormat: HoverFormat;

  constructor(params: InitializeParams, workingFolder = process.cwd()) {
    this.folders = foldersOf(params, workingFolder);
    const options = (params.initializationOptions ?? {}) as Record<string, unknown>;
    this.initialSettings = settingsFrom(options.settings ?? options);
    const workspace = params.capabilities.workspace;
    this.canWatchFiles = workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    this.canPullConfiguration = workspace?.configuration === true;
    this.sendsFolderChanges = workspace?.workspaceFolders === true;
    const edits = workspace?.workspaceEdit;
    this.canCreateFiles = edits?.documentChanges === true && (edits.resourceOperations ?? []).includes('create');
    const storage = typeof options.storagePath === 'string' && options.storagePath ? options.storagePath : null;
    const cacheDir = typeof options.cacheDir === 'string' && options.cacheDir ? options.cacheDir : null;
    this.cacheRoot = cacheDir ?? (storage ? join(storage, 'index') : join(this.folders[0]!, '.dossier', 'cache'));
    this.cacheInWorkspace = cacheDir === null && storage === null;
    this.legacyCacheFolder = cacheDir && storage ? join(storage, 'index') : null;
    this.cacheEnabled = options.cache !== false;
    this.hoverFormat = hoverFormatOf(params);
  }
}

/** Clients that display hover Markdown as raw text, by `clientInfo.name` ("Neovim"). */
const RAW_MARKDOWN_CLIENTS = /^(?:neovim|nvim)\b/i;

function hoverFormatOf(params: InitializeParams): HoverFormat {
  const name = params.clientInfo?.name;
  const formats = params.capabilities.textDocument?.hover?.contentFormat;
  const asksPlain = Array.isArray(formats) && formats.length > 0 && (formats[0] === 'plaintext' || !formats.includes('markdown'));
  const rawClient = typeof name === 'string' && RAW_MARKDOWN_CLIENTS.test(name);
  return asksPlain || rawClient ? 'plaintext' : 'markdown';
}

function foldersOf(params: InitializeParams, workingFolder: string): string[] {
  const folders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => p !== null);
  if (folders.length === 0 && params.rootUri) {
    const root = uriToPath(params.rootUri);
    if (root) folders.push(root);
  }
  if (folders.length === 0) folders.push(workingFolder);
  return folders;
}
