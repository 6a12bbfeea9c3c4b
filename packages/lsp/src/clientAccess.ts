/** How hover cards are sent: Markdown, or plain text for clients that show Markdown raw. */
export type HoverFormat = 'markdown' | 'plaintext';

/** What the language service needs to know of its client; session/clientDescription.ts reads it from `initialize`. */
export interface ClientAccess {
  /** 'plaintext' when the client asks for it (hover `contentFormat`) or is known to print Markdown as it is (Neovim). */
  hoverFormat(): HoverFormat;
}

/** A client that renders Markdown (VS Code), what the tests and a server before `initialize` assume. */
export const MARKDOWN_CLIENT: ClientAccess = { hoverFormat: () => 'markdown' };
