// Public surface of the real-VS-Code e2e harness.
export { withCodeServer, type Harness, type HarnessOptions, type Timing } from './withCodeServer.js';
export { CodeServer, LEAN_SETTINGS, type CodeServerOptions } from './codeServer.js';
export { launchBrowser, CHROMIUM_PATH, type BrowserSession, type LaunchOptions } from './browser.js';
export {
  openWorkbench,
  openFile,
  hoverWord,
  goToDefinition,
  readEditorState,
  selectWord,
  readPeek,
  runCommand,
  screenshot,
  type EditorState,
  type HoverOptions,
  type DefinitionOptions,
  type DefinitionResult,
  type PeekContents,
  type LocateOptions,
} from './workbench.js';
export { ensureSetup } from './setup.js';
export { ARTIFACTS_DIR, REPO_ROOT, RUNS_DIR } from './paths.js';
