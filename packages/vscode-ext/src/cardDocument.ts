// The text of the entity card opened by "Dossier: Show Entity…": the name as
// its title, the server's card (which leaves its own name line out), then the
// list of articles that mention the entity, each linked to its best mention.
// VS Code-free.
//
// The card is shown in VS Code's Markdown preview, which refuses `file:` links
// (markdown-it's validateLink). So the card is written to a file and every
// `file:` link becomes a path relative to that file, which the preview follows
// and opens at the "#L20,13" position.
import path from 'node:path';
import type { EntityDetails } from './protocol';
import { entityTypeInfo } from './entityTypes';
import { defuseCommandLinks } from './markdownSafety';
import { fileNameOf, plural } from './text';

/** Escapes characters that would turn article text into Markdown syntax. */
export function escapeMarkdownText(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-!|~]/g, '\\$&').replace(/\r?\n/g, ' ');
}

/** A link to a line and column of a file, as VS Code's Markdown preview follows it ("…#L20,13"). */
export function lineLink(uri: string, line: number, character: number): string {
  return `${uri.replace(/#.*$/, '')}#L${line + 1},${character + 1}`;
}

/**
 * The card as Markdown. With `linkBase` (the URI of the folder the card file
 * is written to), `file:` links are made relative to it; without, they stay.
 */
export function cardDocumentMarkdown(details: EntityDetails, linkBase?: string): string {
  const info = entityTypeInfo(details.type);
  const parts: string[] = [];
  parts.push(`# ${escapeMarkdownText(details.name)}`);
  // The card is untrusted Markdown from the server: command links are defused.
  parts.push(defuseCommandLinks(details.card.trim()));

  if (details.articles.length) {
    const rows = details.articles.map((article) => {
      const title = escapeMarkdownText(article.title ?? fileNameOf(article.uri));
      // The article's best mention: where F12 and the hover's link go when they go to this article.
      const link = `[${title}](<${lineLink(article.uri, article.best.start.line, article.best.start.character)}>)`;
      const meta = [article.source, article.date, plural(article.mentions.length, 'mention')]
        .filter((d): d is string => !!d)
        .map(escapeMarkdownText)
        .join(' · ');
      return `- ${link} — ${meta}`;
    });
    parts.push(`## Mentioned in ${plural(details.articles.length, 'article')}\n\n${rows.join('\n')}`);
  }
  parts.push(`---\n\n_${escapeMarkdownText(info.singular)} · ${plural(details.mentionCount, 'mention')} in ${plural(details.articleCount, 'article')} · from the Dossier corpus_`);
  const markdown = `${parts.join('\n\n')}\n`;
  return linkBase ? relativeFileLinks(markdown, linkBase) : markdown;
}

/** `](file:///…)` or `](<file:///…>)`: a link destination that is a file URI. */
const FILE_LINK = /\]\((<?)(file:\/\/[^)\s>]*)>?\)/gi;

/**
 * Rewrites the `file:` link destinations of `markdown` as paths relative to
 * the folder `baseFolderUri` (a file: URI), keeping their "#L20,13" fragment.
 * Links to another host or drive, which no relative path reaches, are left alone.
 */
export function relativeFileLinks(markdown: string, baseFolderUri: string): string {
  const base = parseFileUri(baseFolderUri);
  if (!base) return markdown;
  return markdown.replace(FILE_LINK, (whole, _open: string, target: string) => {
    const to = parseFileUri(target);
    if (!to || to.host !== base.host || driveOf(to.path) !== driveOf(base.path)) return whole;
    const relative = path.posix.relative(base.path, to.path) || '.';
    return `](<${relative}${to.fragment}>)`;
  });
}

function parseFileUri(uri: string): { host: string; path: string; fragment: string } | null {
  try {
    const url = new URL(uri);
    if (url.protocol !== 'file:') return null;
    // Decoded: markdown-it encodes the destination again when it renders the link.
    return { host: url.host, path: decodeURIComponent(url.pathname), fragment: url.hash };
  } catch {
    return null;
  }
}

/** "/c:" of a Windows path ("/c:/notes/…"), "" elsewhere. */
function driveOf(posixPath: string): string {
  return /^\/[a-z]:/i.exec(posixPath)?.[0].toLowerCase() ?? '';
}

/** A file name for the card's tab: "Kim Yo Jong.md", without characters paths cannot hold. */
export function cardFileName(name: string): string {
  const safe = name.replace(/[\\/:*?"<>|#%\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return `${safe || 'entity'}.md`;
}
