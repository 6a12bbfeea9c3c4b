import { writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CONFIG_FILES } from '@dossier/corpus/query';
import type { ApplyCorrectionsArgs } from '../protocol.js';
import type { CorpusWorkspace } from './corpusWorkspace.js';
import { isInside } from './paths.js';

/**
 * The server side of a correction's command: the new text of dossier.yaml, applied to the index
 * at once. Only a config file of a workspace folder is accepted (the arguments come from the
 * client); one the client could not create is written here. Throws with a message for the user.
 */
export async function applyCorrections(workspace: CorpusWorkspace, raw: unknown): Promise<void> {
  const args = raw as Partial<ApplyCorrectionsArgs> | undefined;
  if (typeof args?.file !== 'string' || typeof args.text !== 'string') throw new Error('expected { file, text }');
  const { file, text } = args;
  const folder = workspace.workspaceFolders().find((f) => isInside(f, file));
  const allowed = folder !== undefined && CONFIG_FILES.some((name) => join(folder, name) === file);
  if (!allowed) throw new Error(`${file} is not the dossier.yaml of a workspace folder`);
  if (args.write) await writeFile(file, text, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
    throw new Error(`${basename(file)} appeared in ${dirname(file)} meanwhile; not overwritten`);
  });
  await workspace.useConfigText(file, text);
}
