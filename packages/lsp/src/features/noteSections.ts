/** A part of a note under one heading (the first one starts at the top, with or without a heading). */
export interface NoteSection {
  /** Offset of the heading line (or 0), and of the next section's start. */
  start: number;
  end: number;
  /** The heading's text without its #s, null for the part before the first heading. */
  heading: string | null;
}

/** The note's sections by ATX headings ("## Who is driving it"); lines inside ``` fences are no headings. */
export function noteSections(text: string): NoteSection[] {
  const sections: NoteSection[] = [{ start: 0, end: text.length, heading: null }];
  let fenced = false;
  for (const m of text.matchAll(/^([ \t]{0,3})(```|~~~|#{1,6}[ \t]+(.*?)[ \t#]*)\r?$/gm)) {
    if (m[2]!.startsWith('```') || m[2]!.startsWith('~~~')) {
      fenced = !fenced;
      continue;
    }
    if (fenced) continue;
    sections.at(-1)!.end = m.index;
    if (sections.length === 1 && m.index === 0) sections.pop();
    sections.push({ start: m.index, end: text.length, heading: m[3] ?? '' });
  }
  return sections;
}

/** The index of the section holding an offset. */
export function sectionIndexAt(sections: readonly NoteSection[], offset: number): number {
  let low = 0;
  let high = sections.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (sections[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
