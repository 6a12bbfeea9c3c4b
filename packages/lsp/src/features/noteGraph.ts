import { nextTurn, resolveNoteInPieces, type CorpusIndex, type EntityRecord, type WaitForTurn } from '@dossier/corpus/query';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { NotesAccess } from '../notesAccess.js';
import type { NoteAnalyses } from './noteAnalysis.js';

/** How old the graph may be before a request starts reading the notes again (in the background). */
const FRESH_MS = 2000;
/**
 * How long after its last keystroke an open note is read again: while it is typed into, a read keeps
 * its entities from before (the note's own entities never change its own cards; the count leaves it out).
 */
export const TYPING_PAUSE_MS = 500;

/**
 * Which notes of the workspace name which entities: notes are part of the graph (a card says
 * "also in 3 of your notes", a code lens "4 articles · 2 notes"). Reading every note of a
 * workspace costs too much for each hover, so requests take the last graph and start a new one
 * in the background when it is more than two seconds old (a hover never waits for the notes).
 * Each note's entities are kept until its text or the index changes.
 */
export class NoteGraph {
  /** Each note's entities, with what they were read from: an open note's document and version, or a note on disk's text. */
  private readonly perNote = new Map<string, { document: TextDocument | null; version: number; text: string | null; index: CorpusIndex; entities: Set<number> }>();
  /** The last graph, with each note's entities it was made of. */
  private latest: { index: CorpusIndex; byEntity: Map<number, Set<string>>; from: NoteEntities[]; at: number } | null = null;
  private running: { index: CorpusIndex; done: Promise<Map<number, Set<string>>> } | null = null;
  /** When each open note was last edited (`edited`). */
  private readonly lastEdit = new Map<string, number>();

  constructor(
    private readonly notes: NotesAccess,
    private readonly analyses: NoteAnalyses,
    private readonly waitForTurn: WaitForTurn = nextTurn,
    private readonly now: () => number = Date.now,
  ) {}

  /** The graph as last read for this index, or null (a read is started either way when due). */
  peek(index: CorpusIndex): Map<number, Set<string>> | null {
    const latest = this.latest?.index === index ? this.latest : null;
    if (!latest || this.now() - latest.at > FRESH_MS) void this.refresh(index);
    return latest?.byEntity ?? null;
  }

  /** The last graph for this index, or the first one once read. */
  async current(index: CorpusIndex): Promise<Map<number, Set<string>>> {
    return this.peek(index) ?? this.refresh(index);
  }

  /** Reads the notes again; one read at a time per index. */
  refresh(index: CorpusIndex): Promise<Map<number, Set<string>>> {
    if (this.running?.index === index) return this.running.done;
    const done = this.read(index).finally(() => {
      if (this.running?.done === done) this.running = null;
    });
    this.running = { index, done };
    return done;
  }

  /**
   * A keystroke in an open note. Until it has paused TYPING_PAUSE_MS, reads of the graph keep the
   * note's entities from before: on the bench's 100 KB note each read (every two seconds while
   * hovers come) resolved every name of the note again and made its entity set, 0.3–1.3 ms, 3–6 ms
   * under load, on the thread that answers the keystrokes' hovers.
   */
  edited(uri: string): void {
    this.lastEdit.set(uri, this.now());
  }

  /** Forgets every note and graph read (the language service is disposed). */
  clear(): void {
    this.lastEdit.clear();
    this.perNote.clear();
    this.latest = null;
    this.running = null;
  }

  /** How many notes other than `uri` name the entity, by the last graph read (null before the first). */
  otherNotesNaming(index: CorpusIndex, entity: EntityRecord, uri: string): number | null {
    const graph = this.peek(index);
    if (!graph) return null;
    const uris = graph.get(entity.index);
    return uris ? uris.size - (uris.has(uri) ? 1 : 0) : 0;
  }

  private async read(index: CorpusIndex): Promise<Map<number, Set<string>>> {
    const started = this.now();
    const from: NoteEntities[] = [];
    for (const note of await this.notes.all()) {
      // Requests go first, before each note that must be analysed again. A note unchanged since the
      // last read takes no turn: while an analyst types into one of three notes, a read waited three
      // times (up to 500 ms each, the lull looking every 50 ms), and now waits once.
      let entities = this.keptEntities(note, index);
      if (!entities) {
        await this.waitForTurn();
        entities = await this.entitiesOf(note, index);
      }
      from.push({ uri: note.uri, entities });
    }
    const seen = new Set(from.map((n) => n.uri));
    for (const uri of this.perNote.keys()) if (!seen.has(uri)) this.perNote.delete(uri);
    for (const uri of this.lastEdit.keys()) if (!seen.has(uri)) this.lastEdit.delete(uri);
    // While an analyst types, the notes' entities stay the same read after read: the graph is kept
    // (a new one was a set per entity every two seconds: 14 KB per keystroke into the 100 KB note).
    const kept = this.latest?.index === index && sameNotes(this.latest.from, from) ? this.latest.byEntity : null;
    const byEntity = kept ?? graphOf(from);
    this.latest = { index, byEntity, from, at: started };
    return byEntity;
  }

  /**
   * A note's entities as last read, if its document and version (open) or its text (on disk) and
   * the index are the same, or if it is the same open document still being typed into; else null.
   */
  private keptEntities(note: TextDocument, index: CorpusIndex): Set<number> | null {
    const cached = this.perNote.get(note.uri);
    if (!cached || cached.index !== index) return null;
    if (note.version > 0 && cached.document === note && this.beingTyped(note.uri)) return cached.entities;
    const same = note.version > 0 ? cached.document === note && cached.version === note.version : cached.document === null && cached.text === note.getText();
    return same ? cached.entities : null;
  }

  /** Whether the note was edited less than TYPING_PAUSE_MS ago. */
  private beingTyped(uri: string): boolean {
    const last = this.lastEdit.get(uri);
    return last !== undefined && this.now() - last < TYPING_PAUSE_MS;
  }

  /**
   * A note's entities read again (keptEntities had none for it): an open note's names are the ones
   * its hovers use; a note read from disk is matched here, a piece at a time.
   */
  private async entitiesOf(note: TextDocument, index: CorpusIndex): Promise<Set<number>> {
    const open = note.version > 0;
    const cached = this.perNote.get(note.uri);
    const text = open ? null : note.getText();
    let entities = new Set<number>();
    // By entity number: a 1 MB note's names are not made into objects (28,000 of them) for this.
    // An open note not resolved yet is resolved in turns, as the spelling check does (shared with it).
    // A note on disk is matched and resolved a piece at a time (resolveNoteInPieces): the bench's 1 MB note in one piece held the thread 120–670 ms.
    const names = open ? (await this.analyses.get(note, index).resolvedInTurns(this.waitForTurn))! : await resolveNoteInPieces(index, text!, this.waitForTurn);
    for (let i = 0; i < names.count; i++) entities.add(names.entityIndex(i));
    // A keystroke seldom changes which entities a note names: the same set is kept, and so is the graph (read).
    if (cached && cached.index === index && sameMembers(cached.entities, entities)) entities = cached.entities;
    this.perNote.set(note.uri, open ? { document: note, version: note.version, text: null, index, entities } : { document: null, version: 0, text, index, entities });
    return entities;
  }
}

/** One note's entities in a read of the graph. */
interface NoteEntities {
  uri: string;
  entities: Set<number>;
}

/** Which notes name each entity. */
function graphOf(notes: readonly NoteEntities[]): Map<number, Set<string>> {
  const byEntity = new Map<number, Set<string>>();
  for (const { uri, entities } of notes) {
    for (const entity of entities) {
      const uris = byEntity.get(entity) ?? new Set<string>();
      uris.add(uri);
      byEntity.set(entity, uris);
    }
  }
  return byEntity;
}

/** The same notes in the same order, each with the very same set of entities (kept by `entitiesOf` when unchanged). */
function sameNotes(a: readonly NoteEntities[], b: readonly NoteEntities[]): boolean {
  return a.length === b.length && a.every((n, i) => n.uri === b[i]!.uri && n.entities === b[i]!.entities);
}

function sameMembers(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}
