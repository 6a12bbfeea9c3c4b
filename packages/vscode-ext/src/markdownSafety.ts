// Markdown from the language server is built from article text, which anyone
// can write. It is always shown UNTRUSTED: VS Code then refuses `command:`
// links in hovers. The entity card document (cardDocument.ts) is shown in the
// Markdown preview, which has no such switch, so command links are defused
// here before the text ever reaches it.

/** Matches `command:` where a link target starts: after `(`, `<`, a quote, `=` or `]:`. */
const COMMAND_LINK = /([(<"'=]|\]:\s*)(\s*)command:/gi;

/**
 * Rewrites every link target that would run a VS Code command into an inert
 * `#blocked-command:` fragment, keeping the rest of the text as it is.
 */
export function defuseCommandLinks(markdown: string): string {
  return markdown.replace(COMMAND_LINK, (_match, opener: string, space: string) => `${opener}${space}#blocked-command:`);
}
