// Small wording helpers shared by the status bar, the tree and the quick pick.

/** "1 mention", "12 mentions". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? singular : pluralForm}`;
}

/** "12 mentions · 3 articles": the count line used wherever an entity is listed. */
export function mentionCounts(mentionCount: number, articleCount: number): string {
  return `${plural(mentionCount, 'mention')} · ${plural(articleCount, 'article')}`;
}

/** The last segment of a URI or path, decoded: "000_a964fcedf6c508e9.txt". */
export function fileNameOf(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name; // a malformed escape: show it as it is
  }
}

/** Cuts `text` to at most `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
