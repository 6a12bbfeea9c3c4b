// A bare vscode-languageserver server, for typing-probe.mts --bare: incremental TextDocuments and a
// hover that answers a fixed 1,784-character Markdown card (the size of Dossier's card for the
// bench's names), nothing else. What a keystroke + hover costs in the protocol library alone.
const path = require('node:path');
const lsp = path.join(__dirname, '../packages/lsp');
const from = { paths: [lsp] };
const { createConnection, TextDocuments, ProposedFeatures, TextDocumentSyncKind } = require(require.resolve('vscode-languageserver/node', from));
const { TextDocument } = require(require.resolve('vscode-languageserver-textdocument', from));


const card = ('**Kavel Varov**, person. Mentioned in 12 articles; first said in *The Daily*, 2021-03-04: "a quotation of some length". ').repeat(40).slice(0, 1784);
{
  const conn = createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  conn.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental, hoverProvider: true } }));
  conn.onHover(({ textDocument, position }) =>
    documents.get(textDocument.uri) ? { contents: { kind: 'markdown', value: card }, range: { start: position, end: { line: position.line, character: position.character + 11 } } } : null,
  );
  documents.listen(conn);
  conn.listen();
}
