import type { CorrectionsAccess } from '../../src/correctionsAccess.js';
import type { Logger } from '../../src/logger.js';

/** A dossier.yaml in memory ("/workspace/dossier.yaml"), for the correction code actions. */
export function memoryCorrections(text: string | null = null, canCreateFiles = true, editable = true): CorrectionsAccess & { text: string | null } {
  const access = {
    text,
    file: async () => ({ file: '/workspace/dossier.yaml', text: access.text ?? '', exists: access.text !== null }),
    canCreateFiles: () => canCreateFiles,
    editable: () => editable,
  };
  return access;
}

export const silentLog: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
