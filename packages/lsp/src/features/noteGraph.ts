import { findNoteNames, type CorpusIndex, type EntityRecord } from '@dossier/corpus';
import type { NotesAccess } from '../notesAccess.js';

/**
 * Which notes of the workspace name which entities: notes are part of the graph (a card says
 * "also in 3 of your notes", a code lens "4 articles · 2 notes"). Each note's entities are kept
 * until its text or the index changes, so asking again costs reading the notes, not matching them.
 */
export class NoteGraph {
  private readonly cache = new Map<string, { text: string; index: CorpusIndex; entities: Set<number> }>();

  constructor(private readonly notes: NotesAccess) {}

  /** The URIs of the notes naming each entity, by entity index. */
  async notesByEntity(index: CorpusIndex): Promise<Map<number, Set<string>>> {
    const byEntity = new Map<number, Set<string>>();
    const seen = new Set<string>();
    for (const note of await this.notes.all()) {
      seen.add(note.uri);
      for (const entity of this.entitiesOf(note.uri, note.getText(), index)) {
        const uris = byEntity.get(entity) ?? new Set<string>();
        uris.add(note.uri);
        byEntity.set(entity, uris);
      }
    }
    for (const uri of this.cache.keys()) if (!seen.has(uri)) this.cache.delete(uri);
    return byEntity;
  }

  /** How many notes other than `uri` name the entity. */
  async otherNotesNaming(index: CorpusIndex, entity: EntityRecord, uri: string): Promise<number> {
    const uris = (await this.notesByEntity(index)).get(entity.index);
    return uris ? uris.size - (uris.has(uri) ? 1 : 0) : 0;
  }

  private entitiesOf(uri: string, text: string, index: CorpusIndex): Set<number> {
    const cached = this.cache.get(uri);
    if (cached && cached.index === index && cached.text === text) return cached.entities;
    const entities = new Set(findNoteNames(index, text).map((n) => n.entity.index));
    this.cache.set(uri, { text, index, entities });
    return entities;
  }
}
