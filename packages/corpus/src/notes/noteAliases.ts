import { parse } from 'yaml';
import { nameKey } from '../text/tokenize.js';

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

const COMMENT = /<!--[ \t]*dossier:[ \t]*([^=\n]+?)[ \t]*=[ \t]*([^\n]+?)[ \t]*-->/g;
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function readNoteAliases(text: string): NoteAliases {
  const byKey = new Map<string, string>();
  const comments: NoteAliases['comments'] = [];
  for (const [form, name] of frontMatterAliases(text)) byKey.set(nameKey(form), name);
  // Comments come after front matter in the text and win: the code action writes comments.
  for (const m of text.matchAll(COMMENT)) {
    const key = nameKey(m[1]!);
    if (key) byKey.set(key, m[2]!);
    comments.push({ start: m.index, end: m.index + m[0].length });
  }
  return { byKey, comments };
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

function frontMatterAliases(text: string): [string, string][] {
  const block = FRONT_MATTER.exec(text)?.[1];
  if (!block || !block.includes('dossier')) return [];
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
