import type { Line } from './lines.js';

/** A speaker's label in capitals opening a line: "PAPARO:", "CHIEF JUSTICE ROBERTS:", "MS. LEAVITT:", "Q:", "SEN. JACK REED (D-R.I.):". */
const CAPITALS_LABEL = /^(\p{Lu}[\p{Lu}\p{N}.&'’ ()-]{0,50}):\s/u;

/** An abbreviated title or honorific in a label: "MS. BENNETT", "SEN. JACK REED", "ADM. SAMUEL J. PAPARO". */
const ABBREVIATED_TITLE = /(?:^|\s)(?:MR|MS|MRS|DR|SEN|REP|GEN|ADM|GOV|COL|LT|CAPT|PROF)\.\s/u;

/** An interview's questioner and answerer: "Q:", "A:". */
const QUESTION_OR_ANSWER = /^[QA]$/u;

/**
 * A transcript's or an interview's turns ("Q: …", "QUINTERO: Caputo says…", "Q: …"): lines opening
 * with a label in capitals, where one speaker speaks again after another (labels A, B, A in a row),
 * each label a speaker's (speakerLike), or where two labels give their speakers' titles ("GEN.
 * MARIA T. OKAFOR:", "MR. SMITH:"). A page of teasers heads each with its section's kicker and
 * may go back to one ("SECURITY:", "ENERGY:", "SECURITY:"), but a section is no name the page
 * writes. In a dialogue a label is its speaker, not a kicker that opens a teaser: the turns stay
 * one article, and a name in the label stays text to read.
 */
export function isDialogue(text: string, lines: readonly Line[]): boolean {
  const speakers = new Map<string, boolean>();
  const isSpeaker = (label: string) => speakers.get(label) ?? speakers.set(label, speakerLike(text, label)).get(label)!;
  const titled = new Set<string>();
  let before = '';
  let last = '';
  for (const line of lines) {
    if (line.contentEnd - line.contentStart < 3) continue;
    const label = CAPITALS_LABEL.exec(text.slice(line.contentStart, Math.min(line.contentEnd, line.contentStart + 60)))?.[1];
    if (!label) continue;
    if (label === before && label !== last && isSpeaker(label) && isSpeaker(last)) return true;
    // "GEN. MARIA T. OKAFOR:", then "MR. SMITH:": two speakers under their titles, though neither speaks twice yet.
    if (ABBREVIATED_TITLE.test(label)) titled.add(label);
    if (titled.size >= 2) return true;
    before = last;
    last = label;
  }
  return false;
}

/**
 * A label that names someone: an abbreviated title ("MS. BENNETT"), an interview's "Q", or a word
 * of it the text also writes as a name, capitalised after a word in lower case or a comma ("the
 * Court", "Admiral Paparo", "Rafaela Quintero" for "PAPARO", "THE COURT", "QUINTERO").
 */
function speakerLike(text: string, label: string): boolean {
  if (ABBREVIATED_TITLE.test(label) || QUESTION_OR_ANSWER.test(label)) return true;
  for (const word of label.split(/[\s().-]+/)) {
    if (word.length < 3) continue;
    const asName = word[0] + word.slice(1).toLowerCase();
    if (writesAsName(text, asName)) return true;
  }
  return false;
}

/**
 * Whether `text` writes `name` after a word in lower case or a comma and a space, and not as the
 * start of a longer word: "Admiral Paparo said", "the Court". A plain search: the label is the
 * corpus's text, and no regular expression is built from it (test/security/redos.test.ts).
 */
function writesAsName(text: string, name: string): boolean {
  for (let at = text.indexOf(` ${name}`, 1); at > 0; at = text.indexOf(` ${name}`, at + 1)) {
    const before = text[at - 1]!;
    const after = text[at + 1 + name.length];
    if ((before === ',' || LOWER_LETTER.test(before)) && (after === undefined || !LETTER.test(after))) return true;
  }
  return false;
}

const LOWER_LETTER = /^\p{Ll}$/u;
const LETTER = /^\p{L}$/u;
