import { parse } from 'yaml';
import { nameKey } from '../text/tokenize.js';
import { regexSpans } from './lineSpans.js';
import type { NoteText } from './noteText.js';
import type { Span } from './spanList.js';

/**
 * What a short name means in one note, as the analyst said: "here Kim means Kim Yo Jong".
 *
 * Written as an HTML comment, `<!-- dossier: Kim = Kim Yo Jong -->`, because every Markdown
 * previewer hides comments (CommonMark passes them through as HTML, which renders as nothing),
 * whereas front matter is shown by some: GitHub renders it as a table and Obsidian as a
 * properties panel. Front matter is read too, for analysts who keep metadata there:
 * `dossier: { aliases: { Kim: Kim Yo Jong } }`.
 */
export interface NoteAliases {
  /** Entity name by the folded key of the form ("kim" → "Kim Yo Jong"). */
  byKey: Map<string, string>;
  /** The comments' spans: names inside them are not names of the note. */
  comments: { start: number; end: number }[];
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** An alias comment's form (folded, as names are keyed) and the entity name it gives. */
export interface AliasComment {
  key: string;
  name: string;
}

/** The front matter block at the start of a note: where it ends and the aliases it declares. */
export interface FrontMatter {
  end: number;
  aliases: [string, string][];
}

export function readNoteAliases(text: string): NoteAliases {
  const comments = aliasComments(text, 0, text.length);
  return { byKey: aliasMap(readFrontMatter(text), comments.map((c) => c.item)), comments: comments.map(({ start, end }) => ({ start, end })) };
}

/** Front matter aliases first, then the comments in their order: a later one wins, and comments win over front matter (the code action writes comments). */
export function aliasMap(frontMatter: FrontMatter | null, comments: Iterable<AliasComment>): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const [form, name] of frontMatter?.aliases ?? []) byKey.set(nameKey(form), name);
  for (const c of comments) if (c.key) byKey.set(c.key, c.name);
  return byKey;
}

/** Whether two alias maps say the same. */
export function sameAliases(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value) return false;
  return true;
}

/** The alias comments in text[from, to), a run of whole lines (a comment never crosses a line feed). */
export function aliasComments(text: NoteText, from: number, to: number): Span<AliasComment>[] {
  return regexSpans(/<!--[ \t]*dossier:[ \t]*([^=\n]+?)[ \t]*=[ \t]*([^\n]+?)[ \t]*-->/g, text, from, to, (m) => ({ key: nameKey(m[1]!), name: m[2]! }));
}

/** The note's front matter, or null when it has none. */
export function readFrontMatter(text: string): FrontMatter | null {
  const m = FRONT_MATTER.exec(text);
  return m ? { end: m[0].length, aliases: frontMatterAliases(m[1]!) } : null;
}

/** The comment that records a note alias; forms and names are kept on one line and free of "-->". */
export function noteAliasComment(form: string, entityName: string): string {
  const clean = (s: string) => s.replace(/-->|[\r\n=]/g, ' ').replace(/\s+/g, ' ').trim();
  return `<!-- dossier: ${clean(form)} = ${clean(entityName)} -->`;
}

/** Where a new note alias comment goes: after the front matter and earlier alias comments, else at the top. */
export function noteAliasInsertOffset(text: string): number {
  let at = FRONT_MATTER.exec(text)?.[0].length ?? 0;
  for (;;) {
    const rest = text.slice(at);
    const m = /^<!--[ \t]*dossier:[^\n]*-->[ \t]*(?:\r?\n|$)/.exec(rest);
    if (!m) return at;
    at += m[0].length;
  }
}

function frontMatterAliases(block: string): [string, string][] {
  if (!block.includes('dossier')) return [];
  let data: unknown;
  try {
    data = parse(block);
  } catch {
    return []; // broken front matter is the analyst's to fix; it never breaks the note's names
  }
  const aliases = (data as { dossier?: { aliases?: unknown } } | null)?.dossier?.aliases;
  if (!aliases || typeof aliases !== 'object' || Array.isArray(aliases)) return [];
  return Object.entries(aliases as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== '');
}
