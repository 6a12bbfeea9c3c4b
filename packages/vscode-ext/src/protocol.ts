// The contract with the language server: method names and message types of
// Dossier's custom requests and notifications. It is the server's own file,
// compiled into the extension bundle by esbuild, so the two cannot drift apart.
export * from '../../lsp/src/protocol';
