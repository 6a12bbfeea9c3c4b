import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { findNoteNames, NoteAnalysis, resolveNoteInPieces } from '../../src/notes/noteAnalysis.js';
import { applyEdit, composeEdits, type NoteEdit } from '../../src/notes/noteEdit.js';
import { findHeadings, resolveName, type NoteName } from '../../src/notes/noteNames.js';
import { rematchNames, type NameSpans } from '../../src/notes/rematchNames.js';
import { PieceText } from '../../src/notes/pieceText.js';
import { NAMES_PER_TURN, type ResolvedNames } from '../../src/notes/resolvedNames.js';
import { SpanList } from '../../src/notes/spanList.js';
import { namesInOrder, noteSpellings } from '../../src/notes/spelling.js';
import { fixtureIndex } from './fixtureIndex.js';
import { referenceNoteNames, referenceNoteQuotes } from './referenceNotes.js';
import { FUZZING, fuzzParams, NAMES, noteText } from './fuzz.js';

/** A hang guard: a loaded 2-core machine runs the default cases in seconds, `npm run fuzz` for as long as it takes. */
const TIMEOUT = FUZZING ? 3_600_000 : 300_000;

/**
 * Incremental note analysis against the reference: after any sequence of edits, the analysis kept
 * up to date edit by edit must equal a from-scratch analysis of the final text (names, their
 * resolution, quotations), and a name asked for alone must equal the same name resolved with
 * all the others.
 */

/**
 * Notes made of the corpus's own names and their short forms ("Hsieh" may be either of two people),
 * headings, quotations and the fuzzers' Markdown: many names, some ambiguous.
 */
function namedNote(index: CorpusIndex) {
  const people = index.entities.filter((e) => e.type === 'person').map((e) => e.name);
  const words = people.flatMap((name) => name.split(' '));
  // Short forms two people share, and those people's full names: what the note must resolve.
  const shared = [...new Set(words.filter((w, i) => words.indexOf(w) !== i))];
  const sharers = people.filter((name) => shared.some((w) => name.split(' ').includes(w)));
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...index.entities.map((e) => e.name)) },
    { weight: 2, arbitrary: fc.constantFrom(...words) },
    { weight: 3, arbitrary: fc.constantFrom(...shared, ...sharers) },
    { weight: 3, arbitrary: fc.constantFrom(' said ', ' met ', ' and ', ', ', '. ', '\n', '\r\n', '\n\n', '\n# ', '\n## ', '\n- ', ' "', '" ', ' “', '” ') },
    { weight: 2, arbitrary: fc.constantFrom(' "the talks will continue next week whatever the outcome" ', ' “Hsieh said the talks with Cho will go on next week” ') },
    { weight: 1, arbitrary: fc.constantFrom('\n<!-- dossier: Hsieh = Hsieh Pei-ling -->\n', '\n<!-- dossier: Cho = Cho Min-ji -->', ' <!-- dossier: Kim = Kim Jong Un --> ') },
    { weight: 2, arbitrary: noteText(4) },
  );
  const frontMatter = fc.constantFrom('', '', '---\ndossier:\n  aliases:\n    Cho: Cho Han-seok\n---\n', '---\ntitle: x\n');
  return fc.tuple(frontMatter, fc.array(piece, { minLength: 5, maxLength: 60 })).map(([top, p]) => top + p.join(' '));
}

/** Where an edit goes: anywhere, inside (or across the edge of) a name, or inside a quotation. */
type Target = 'anywhere' | 'name' | 'quote';

interface EditPlan {
  target: Target;
  /** Which name or quotation, and where in it (fractions of the count and of the length). */
  pick: number;
  at: number;
  remove: number;
  insert: string;
  /** Whether the analysis is read after this edit: when it is not, the next edit's analysis resolves across both. */
  look: boolean;
}

const TYPED = ['K', 'i', 'm', ' ', 'J', 'o', 'n', 'g', 'U', 'P', 'u', 't', '.', ',', '"', '“', '”', '\n', '\r', '\r\n', '#', '-', "'", 's', '台', '😀', '\ud83d', '\ude00', 'é', '\u0301'];
const PIECES = [
  ...NAMES,
  'Kim J', 'ong Un', 'Kim Yo', ' Jong', 'Vladimir', ' Putin', 'Zelensk', 'yy', 'Semiconductor', 'TSM', '積電',
  '\n# Section\n', '\n## Kim\n', '\n- ', '\r\n', '\n\n', ' said Kim ', '"the talks will continue next week whatever the outcome"',
  '“Kim Jong Un said the talks will go on whatever happens”', ' (unverified). ', "Kim's", 'US$100', 'U.S.', '🚢 ', '👩‍👩‍👧‍👦',
  // Two people share each of these short forms in the fixture corpus: typing a full name decides them.
  ' Hsieh Ming-lung ', ' Hsieh Pei-ling ', ' Cho Min-ji ', ' Cho Han-seok ', ' Hsieh ', ' Cho ',
  // The note's own aliases: comments (opened or closed by an edit), and front matter.
  '<!-- dossier: Hsieh = Hsieh Pei-ling -->', '<!-- dossier: Cho = Cho Han-seok -->\n', '<!-- dossier: Kim', ' = Kim Yo Jong -->', '-->', '<!--',
  '---\ndossier:\n  aliases:\n    Hsieh: Hsieh Ming-lung\n---\n', '---\n',
];

const editPlan: fc.Arbitrary<EditPlan> = fc.record({
  target: fc.constantFrom<Target>('anywhere', 'anywhere', 'name', 'name', 'quote'),
  pick: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  remove: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.integer({ min: 1, max: 4 }) }, { weight: 1, arbitrary: fc.integer({ min: 5, max: 60 }) }),
  insert: fc.oneof({ weight: 3, arbitrary: fc.constant('') }, { weight: 6, arbitrary: fc.constantFrom(...TYPED) }, { weight: 4, arbitrary: fc.constantFrom(...PIECES) }),
  look: fc.boolean(),
});

/** The edit a plan makes of a text, given where its names and quotations are. */
function place(plan: EditPlan, text: string, analysis: NoteAnalysis): { edit: NoteEdit; inserted: string } {
  const spans = plan.target === 'name' ? analysis.names : plan.target === 'quote' ? analysis.quotes : [];
  const span = spans[Math.floor(plan.pick * spans.length)];
  const start = span ? span.start + Math.floor(plan.at * (span.end - span.start + 1)) : Math.floor(plan.at * (text.length + 1));
  const end = Math.min(text.length, start + plan.remove);
  return { edit: { start, end, length: plan.insert.length }, inserted: plan.insert };
}

function summary(names: readonly NoteName[]) {
  return names.map((n) => ({ start: n.start, end: n.end, text: n.text, entity: n.entity.id, resolution: n.resolution, candidates: n.candidates.map((c) => c.id) }));
}

/** The whole analysis as plain data, for comparison. */
function state(analysis: NoteAnalysis) {
  return { names: summary(analysis.names), quotes: analysis.quotes.map((q) => ({ ...q })) };
}

/** The reference: the analysis as it was before it became incremental, on the whole text. */
function reference(index: CorpusIndex, text: string) {
  return { names: summary(referenceNoteNames(index, text)), quotes: referenceNoteQuotes(text).map((q) => ({ ...q })) };
}

function spansOf(names: NameSpans) {
  return Array.from({ length: names.count }, (_, i) => [names.start(i), names.end(i), names.item(i).map((t) => t.entity)]);
}

/** Counts of what the cases exercised: a property that only saw empty notes would prove nothing. */
const seen = { edits: 0, acrossNames: 0, inQuotes: 0, namesChanged: 0, resolvedFromNote: 0, finalNames: 0, resolvedAcrossEdits: 0, resolvedHere: 0, editsInPieces: 0, hoversOnResolvedBasis: 0 };

/**
 * A hover's context on a version nobody resolved (`nearestEntities`, which reads an earlier
 * version's resolution for the names the edits since cannot reach): the entities of the 40
 * names nearest the offset, as a from-scratch resolution of the whole note gives them.
 */
function expectNearestAsFromScratch(index: CorpusIndex, text: string, analysis: NoteAnalysis, offset: number) {
  const names = NoteAnalysis.of(index, text).names;
  const nearest = [...names].sort((x, y) => Math.abs(x.start - offset) - Math.abs(y.start - offset)).slice(0, 40);
  expect(analysis.nearestEntities(offset, 0, text.length, 40, -1)).toEqual(nearest.map((n) => n.entity.index));
}

function expectSameAsFromScratch(index: CorpusIndex, text: string, analysis: NoteAnalysis) {
  const expected = reference(index, text);
  expect(state(analysis)).toEqual(expected);
  // Each name asked for alone (as a hover asks) is the same name, resolved the same way.
  const fresh = NoteAnalysis.of(index, text);
  for (const name of expected.names) {
    for (const offset of [name.start, name.end - 1]) {
      const alone = fresh.nameAt(offset)!;
      const inContext = expected.names.find((n) => n.start <= offset && offset <= n.end)!;
      expect(summary([alone])[0]).toEqual(inContext);
    }
  }
}

describe('incremental note analysis (property)', () => {
  const index = fixtureIndex();

  it('equals a from-scratch analysis of the final text after any sequence of edits', () => {
    const params = fuzzParams(300);
    fc.assert(
      // Span lists in blocks of a few spans (as well as the default): edits cross and merge block edges.
      // The text given to the edits' analyses as a string, or in pieces of a few characters (as an editor's document keeps it).
      fc.property(fc.oneof(namedNote(index), noteText(60)), fc.array(editPlan, { minLength: 1, maxLength: 12 }), fc.constantFrom(1, 2, 3, 5, undefined), fc.constantFrom(0, 0, 3, 17), (initial, plans, blockSpans, piece) => {
        let text = initial;
        let pieces = piece > 0 ? PieceText.of(text, piece) : null;
        let analysis = NoteAnalysis.of(index, text, blockSpans);
        // The same names kept with the smallest windows: every "look further" path is taken.
        let narrow: NameSpans = SpanList.from(index.matcher.matchAll(text).map((m) => ({ start: m.start, end: m.end, item: m.targets })), blockSpans);
        let looked = true;
        for (const plan of plans) {
          // Placed by a fresh analysis, so that an analysis nobody looked at stays unresolved.
          const placing = NoteAnalysis.of(index, text);
          const { edit, inserted } = place(plan, text, placing);
          const before = placing.names;
          if (before.some((n) => n.start < edit.end && edit.start < n.end && (n.start < edit.start || edit.end < n.end))) seen.acrossNames++;
          if (placing.quotes.some((q) => q.start < edit.start && edit.end < q.end)) seen.inQuotes++;
          text = applyEdit(text, edit, inserted);
          pieces = pieces?.edited(edit.start, edit.end, inserted) ?? null;
          analysis = analysis.edited(pieces ?? text, edit);
          narrow = rematchNames(index.matcher, narrow, pieces ?? text, edit, { before: 1, after: 1 }).names;
          expect(spansOf(narrow)).toEqual(index.matcher.matchAll(text).map((m) => [m.start, m.end, m.targets.map((t) => t.entity)]));
          seen.edits++;
          if (pieces && pieces.pieceCount > 3) seen.editsInPieces++;
          if (!looked) seen.resolvedAcrossEdits++;
          // A hover first, as on each keystroke: after a version that was resolved, it reads that resolution.
          expectNearestAsFromScratch(index, text, analysis, edit.start);
          if (looked && analysis.nameCount > 0) seen.hoversOnResolvedBasis++;
          looked = plan.look;
          if (!plan.look) continue;
          expectSameAsFromScratch(index, text, analysis);
          if (JSON.stringify(summary(before).map((n) => n.text)) !== JSON.stringify(analysis.names.map((n) => n.text))) seen.namesChanged++;
        }
        expectSameAsFromScratch(index, text, analysis);
        seen.resolvedFromNote += analysis.names.filter((n) => n.resolution === 'note' || n.resolution === 'section').length;
        seen.resolvedHere += analysis.names.filter((n) => n.resolution === 'here').length;
        seen.finalNames += analysis.names.length;
      }),
      params,
    );
    // Many of the edits cut a name or fell inside a quotation, and changed what the note names.
    expect(seen.acrossNames, JSON.stringify(seen)).toBeGreaterThanOrEqual(params.numRuns / 2);
    expect(seen.inQuotes, JSON.stringify(seen)).toBeGreaterThanOrEqual(params.numRuns / 20);
    expect(seen.namesChanged, JSON.stringify(seen)).toBeGreaterThanOrEqual(params.numRuns / 4);
    expect(seen.resolvedAcrossEdits, JSON.stringify(seen)).toBeGreaterThanOrEqual(params.numRuns);
    expect(seen.resolvedHere, JSON.stringify(seen)).toBeGreaterThanOrEqual(params.numRuns / 10);
    expect(seen.resolvedFromNote, JSON.stringify(seen)).toBeGreaterThanOrEqual(params.numRuns / 10);
    expect(seen.finalNames, JSON.stringify(seen)).toBeGreaterThanOrEqual(params.numRuns);
    expect(seen.editsInPieces, JSON.stringify(seen)).toBeGreaterThanOrEqual(params.numRuns / 2);
    expect(seen.hoversOnResolvedBasis, JSON.stringify(seen)).toBeGreaterThanOrEqual(params.numRuns);
  }, TIMEOUT);

  it('equals it too when the edits arrive together, composed into one', () => {
    let composedAcrossLines = 0;
    const params = fuzzParams(200);
    fc.assert(
      fc.property(fc.oneof(namedNote(index), noteText(60)), fc.array(editPlan, { minLength: 2, maxLength: 8 }), (initial, plans) => {
        let text = initial;
        let composed: NoteEdit | null = null;
        for (const plan of plans) {
          // Placed by a fresh analysis: the edits of one change event are only composed, not analysed one by one.
          const { edit, inserted } = place(plan, text, NoteAnalysis.of(index, text));
          text = applyEdit(text, edit, inserted);
          composed = composed ? composeEdits(composed, edit) : edit;
        }
        // The composed edit replaces one stretch of the initial text with one stretch of the final text.
        expect(applyEdit(initial, composed!, text.slice(composed!.start, composed!.start + composed!.length))).toBe(text);
        if (text.slice(composed!.start, composed!.start + composed!.length).includes('\n')) composedAcrossLines++;
        expectSameAsFromScratch(index, text, NoteAnalysis.of(index, initial).edited(text, composed!));
      }),
      params,
    );
    expect(composedAcrossLines).toBeGreaterThanOrEqual(params.numRuns / 10);
  }, TIMEOUT);

  it('resolves a short form decided far away (beyond the names looked at nearby) as one decided next to it', () => {
    const filler = 'Putin met Zelenskyy. '.repeat(30);
    const text = `# One\nHsieh Ming-lung spoke. ${filler}Hsieh said so.\n# Two\nHsieh listened. ${filler}Hsieh Pei-ling answered.\n# Three\nCho nodded. ${filler}\n`;
    const names = referenceNoteNames(index, text);
    expect(summary(findNoteNames(index, text))).toEqual(summary(names));
    const shortForms = names.filter((n) => n.text === 'Hsieh' || n.text === 'Cho').map((n) => [n.text, n.entity.name, n.resolution]);
    expect(shortForms).toEqual([
      ['Hsieh', 'Hsieh Ming-lung', 'note'],
      // The second section's first "Hsieh": Hsieh Ming-lung was named in the first section, 60 names before.
      ['Hsieh', 'Hsieh Ming-lung', 'note'],
      ['Cho', shortForms[2]![1], 'corpus'],
    ]);
    const fresh = NoteAnalysis.of(index, text);
    for (const name of names) expect(summary([fresh.nameAt(name.start + 1)!])).toEqual(summary([name]));
    // Without the first section, the second's "Hsieh" waits for Hsieh Pei-ling, 61 names later in its section.
    const alone = findNoteNames(index, text.slice(text.indexOf('# Two'))).find((n) => n.text === 'Hsieh')!;
    expect([alone.entity.name, alone.resolution]).toEqual(['Hsieh Pei-ling', 'section']);
    // A heading ends a section: a later section's name does not decide.
    const split = findNoteNames(index, '# A\nHsieh said so.\n# B\nHsieh Pei-ling spoke.\n').find((n) => n.text === 'Hsieh')!;
    expect(split.resolution).toBe('corpus');
  });

  it('resolves the names of a long note one by one, as hovers do, reading each name a few times only', () => {
    // "Hsieh" (two people) decided by nothing in the first section, later in its section in the second.
    const filler = 'Putin met Zelenskyy. '.repeat(100);
    const shorts = 'Hsieh said so. '.repeat(20);
    const text = `# One\n${shorts}${filler}${shorts}\n# Two\n${shorts}${filler}Hsieh Pei-ling answered. ${shorts}\n`;
    const reads = { items: 0 };
    const matched = SpanList.from(index.matcher.matchAll(text).map((m) => ({ start: m.start, end: m.end, item: m.targets })));
    const names = new Proxy(matched, {
      get: (target, key) => (key === 'item' ? (i: number) => (reads.items++, target.item(i)) : Reflect.get(target, key)),
    });
    const view = { index, text, names, headings: SpanList.from(findHeadings(text, 0, text.length)), aliases: new Map<string, string>() };
    const alone = Array.from({ length: names.count }, (_, i) => resolveName(view, i));
    const whole = findNoteNames(index, text);
    expect(summary(alone)).toEqual(summary(whole));
    const hsieh = whole.filter((n) => n.text === 'Hsieh');
    expect(hsieh.map((n) => n.resolution)).toEqual([...Array(40).fill('corpus'), ...Array(20).fill('section'), ...Array(20).fill('note')]);
    expect(names.count).toBe(481);
    // Each "Hsieh" walked over the whole section before (19,932 reads of 481 names).
    expect(reads.items).toBeLessThan(5 * names.count);
  });

  it('resolves a note in turns (resolvedInTurns) as in one go, another note resolved between two turns', async () => {
    // More than NAMES_PER_TURN names between "Hsieh Pei-ling" and "Hsieh": the name that decides is in an earlier turn.
    const filler = 'Putin met Zelenskyy. '.repeat(150);
    const text = `# One\nHsieh Pei-ling spoke. ${filler}Hsieh said so.\n`;
    // Between turns, a hover's or another note's resolution empties the table of last mentions they share.
    const other = () => void NoteAnalysis.of(index, 'Putin met Zelenskyy. Hsieh Ming-lung spoke.').resolved();
    let turns = 0;
    const inTurns = await NoteAnalysis.of(index, text).resolvedInTurns(async () => {
      turns++;
      other();
    });
    expect(turns).toBe(Math.ceil(inTurns!.count / NAMES_PER_TURN) - 1);
    const analysis = NoteAnalysis.of(index, text);
    await analysis.resolvedInTurns(async () => other());
    expect(summary(analysis.names)).toEqual(summary(NoteAnalysis.of(index, text).names));
    const hsieh = analysis.names.filter((n) => n.text === 'Hsieh').map((n) => [n.entity.name, n.resolution]);
    expect(hsieh).toEqual([['Hsieh Pei-ling', 'note']]);
    // Cancelled at a turn: no resolution, and none kept.
    const cancelled = NoteAnalysis.of(index, text);
    expect(await cancelled.resolvedInTurns(async () => undefined, () => true)).toBeNull();
  });

  it('resolves any long note in turns as in one go (property)', async () => {
    const params = fuzzParams(25);
    await fc.assert(
      fc.asyncProperty(namedNote(index).map((note) => note.repeat(12)), async (text) => {
        const analysis = NoteAnalysis.of(index, text);
        await analysis.resolvedInTurns(async () => void NoteAnalysis.of(index, text.slice(text.length / 2)).resolved());
        expect(summary(analysis.names)).toEqual(summary(NoteAnalysis.of(index, text).names));
      }),
      params,
    );
  }, TIMEOUT);

  it('matches and resolves a note on disk a piece at a time as in one go (resolveNoteInPieces, property)', async () => {
    const params = fuzzParams(100);
    const cases = { severalPieces: 0 };
    const rows = (r: ResolvedNames) => Array.from({ length: r.count }, (_, i) => [r.start(i), r.end(i), r.entityIndex(i), r.resolution(i)]);
    await fc.assert(
      fc.asyncProperty(namedNote(index), fc.integer({ min: 1, max: 48 }), async (text, pieceChars) => {
        let turns = 0;
        const resolved = await resolveNoteInPieces(index, text, async () => void turns++, pieceChars);
        expect(rows(resolved)).toEqual(rows(NoteAnalysis.of(index, text).resolved()));
        if (turns >= 3) cases.severalPieces++;
      }),
      params,
    );
    expect(cases.severalPieces).toBeGreaterThan(params.numRuns / 2);
  }, TIMEOUT);

  it('resolves again a name earlier in its section when a name typed further on decides it, or no longer does', () => {
    const words = 'and the talks went on for a long while that day '.repeat(4);
    const base = `# One\nHsieh said so, ${words}. Putin.\n# Two\nPutin.\n`;
    const at = base.indexOf('. Putin.') + 1;
    let analysis = NoteAnalysis.of(index, base);
    expect(analysis.names.find((n) => n.text === 'Hsieh')!.resolution).toBe('corpus');
    const typed = ' Hsieh Pei-ling';
    const text = applyEdit(base, { start: at, end: at, length: 0 }, typed);
    analysis = analysis.edited(text, { start: at, end: at, length: typed.length });
    const hsieh = analysis.names.find((n) => n.text === 'Hsieh')!;
    expect([hsieh.entity.name, hsieh.resolution]).toEqual(['Hsieh Pei-ling', 'section']);
    expect(state(analysis)).toEqual(reference(index, text));
    // And deleted again: the corpus decides once more.
    const back = analysis.edited(base, { start: at, end: at + typed.length, length: 0 });
    expect(state(back)).toEqual(reference(index, base));
    expect(back.names.find((n) => n.text === 'Hsieh')!.resolution).toBe('corpus');
  });

  it('types a long note character by character and still equals the reference (a name grows, is cut, is finished)', () => {
    const base = `# Notes\n\n${'- Kim met officials in Seoul; Putin told TSMC that "the talks will continue next week whatever the outcome" (unverified).\r\n'.repeat(40)}`;
    const typed = '\n## Kim\nKim Jong Un met Vladimir Putin in 台積電 😀; Kim said "we will see what the talks give next week, said Kim" Zelenskyy and Taiwan Semiconductor Manufacturing Co.\r\n';
    let text = base;
    // Typed into pieces of 50 characters, as an editor's document keeps a long note.
    let pieces = PieceText.of(text, 50);
    let analysis = NoteAnalysis.of(index, text);
    let narrow: NameSpans = SpanList.from(index.matcher.matchAll(text).map((m) => ({ start: m.start, end: m.end, item: m.targets })));
    let at = base.indexOf('\r\n', base.length / 2) + 2;
    for (const ch of typed) {
      const edit = { start: at, end: at, length: ch.length };
      text = applyEdit(text, edit, ch);
      pieces = pieces.edited(edit.start, edit.end, ch);
      analysis = analysis.edited(pieces, edit);
      narrow = rematchNames(index.matcher, narrow, text, edit, { before: 1, after: 1 }).names;
      at += ch.length;
    }
    expect(state(analysis)).toEqual(reference(index, text));
    expect(spansOf(narrow)).toEqual(index.matcher.matchAll(text).map((m) => [m.start, m.end, m.targets.map((t) => t.entity)]));
    const typedNames = analysis.names.filter((n) => n.start >= at - typed.length && n.end <= at).map((n) => n.text);
    expect(typedNames).toEqual(['Kim', 'Kim Jong Un', 'Vladimir Putin', '台積電', 'Kim', 'Kim', 'Zelenskyy', 'Taiwan Semiconductor Manufacturing Co']);
    expect(analysis.names.length).toBeGreaterThan(120);
  });
  it('gives a slice of the names (namesWithin), a section (sectionAround) and slices of the spelling notes as the whole note gives them', () => {
    const seen = { withNames: 0, withSpellings: 0 };
    const params = fuzzParams(100);
    fc.assert(
      fc.property(fc.oneof(namedNote(index), noteText(60)), fc.constantFrom(' Zelensky said so. ', ' Zelenskiy and Putin. ', '\nZELENSKY '), fc.nat(), fc.nat(), fc.integer({ min: 1, max: 200 }), (note, misspelt, a, b, slice) => {
        // A misspelling somewhere in the note, for the spelling notes to find (and a slice to cut).
        const text = note.slice(0, a % (note.length + 1)) + misspelt + note.slice(a % (note.length + 1));
        const analysis = NoteAnalysis.of(index, text);
        const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
        // Resolved one by one (nothing resolved the whole note yet), then read from the whole resolution.
        const within = summary(analysis.namesWithin(from, to));
        const entitiesOneByOne = analysis.entitiesWithin(from, to);
        // The nearest names to an offset, as a hover's context takes them: resolved one by one,
        // the same entities in the same order as sorting every name of the stretch by distance.
        const offset = from + (b % (to - from + 1));
        const except = entitiesOneByOne[0]?.entity ?? -1;
        const nearest = (limit: number) =>
          entitiesOneByOne
            .filter((n) => n.entity !== except)
            .sort((x, y) => Math.abs(x.start - offset) - Math.abs(y.start - offset))
            .slice(0, limit)
            .map((n) => n.entity);
        expect(NoteAnalysis.of(index, text).nearestEntities(offset, from, to, 3, except)).toEqual(nearest(3));
        expect(NoteAnalysis.of(index, text).nearestEntities(offset, from, to, 40, except)).toEqual(nearest(40));
        expect(within).toEqual(summary(analysis.names.filter((n) => n.start >= from && n.end <= to)));
        expect(summary(analysis.namesWithin(from, to))).toEqual(within);
        // The same names as entity numbers, resolved one by one and read from the whole resolution.
        const entities = analysis.names.filter((n) => n.start >= from && n.end <= to).map((n) => ({ start: n.start, entity: n.entity.index }));
        expect(entitiesOneByOne).toEqual(entities);
        expect(analysis.entitiesWithin(from, to)).toEqual(entities);
        expect(analysis.nearestEntities(offset, from, to, 40, except)).toEqual(nearest(40));
        // A section runs from the last heading at or before the offset to the next one.
        const starts = [0, ...[...text.matchAll(/^#{1,6}\s/gm)].map((m) => m.index)];
        const k = starts.filter((s) => s <= from).length - 1;
        expect(analysis.sectionAround(from)).toEqual({ start: starts[k], end: starts[k + 1] ?? text.length });
        // Slices read from the resolution's numbers (as the server does) give what the whole list of names gives.
        const sliced = [];
        for (let at = 0; at < text.length; at += slice) sliced.push(...noteSpellings(index, text, analysis.resolved(), at, Math.min(text.length, at + slice)));
        const whole = noteSpellings(index, text, namesInOrder(analysis.names));
        expect(sliced).toEqual(whole);
        if (within.length > 0) seen.withNames++;
        if (whole.length > 0) seen.withSpellings++;
      }),
      params,
    );
    expect(seen.withNames, JSON.stringify(seen)).toBeGreaterThanOrEqual(params.numRuns / 4);
    expect(seen.withSpellings, JSON.stringify(seen)).toBeGreaterThanOrEqual(params.numRuns / 2);
  }, TIMEOUT);
});
