import type { CodeAction, CodeActionParams } from 'vscode-languageserver';
import { CodeActionKind } from '../vscodeLanguageServer.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CorrectionActionProvider } from './correctionActions.js';
import { SPELLING_VARIANT, type SpellingData } from './diagnostics.js';

/** The quick fix of a spelling diagnostic (write the name as the corpus does), then the corrections. */
export class CodeActionProvider {
  constructor(private readonly corrections: CorrectionActionProvider) {}

  async provideCodeActions(params: CodeActionParams, document?: TextDocument): Promise<CodeAction[]> {
    const actions = this.spellingFixes(params);
    if (document) actions.push(...(await this.corrections.provideCorrectionActions(document, params.range)));
    return actions;
  }

  private spellingFixes(params: CodeActionParams): CodeAction[] {
    const actions: CodeAction[] = [];
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.code !== SPELLING_VARIANT) continue;
      const data = diagnostic.data as SpellingData | undefined;
      if (!data || typeof data.corpusForm !== 'string') continue;
      actions.push({
        title: `Change to "${data.corpusForm}" (corpus spelling)`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [params.textDocument.uri]: [{ range: diagnostic.range, newText: data.corpusForm }] } },
      });
    }
    return actions;
  }
}
