import type { CorpusIndex } from '@dossier/corpus/query';
import type { DossierSettings } from '../workspace/settings.js';

/** How many cards are kept: the names an analyst hovers while writing one passage. */
const CARDS_KEPT = 64;

/**
 * The hover cards last made, for an index and the settings in force. VS Code asks for the card
 * under a resting mouse again after each keystroke, and making one (snippets read from the
 * articles, escaped, linked) costs about 1 ms of CPU, more than the keystroke's own analysis.
 * A card is a function of the index, the settings (snippets, which folders may be linked), its
 * entity and source article and what is said about the name first; the key holds the last three,
 * and a new index or new settings empty the cache (every index is a new object, and its files'
 * texts are read again). `T`: the rendered card (a string), or the card's data (`EntityCard`).
 */
export class CardCache<T = string> {
  private index: CorpusIndex | null = null;
  private settings: DossierSettings | null = null;
  private readonly cards = new Map<string, T>();

  constructor(private readonly kept = CARDS_KEPT) {}

  /** The card `key` names, made by `make` unless it was made for this index and these settings. */
  card(index: CorpusIndex, settings: DossierSettings, key: string, make: () => T): T {
    if (index !== this.index || settings !== this.settings) this.clear(index, settings);
    const cached = this.cards.get(key);
    // Used last, evicted last.
    this.cards.delete(key);
    const card = cached ?? make();
    this.cards.set(key, card);
    if (this.cards.size > this.kept) this.cards.delete(this.cards.keys().next().value!);
    return card;
  }

  clear(index: CorpusIndex | null = null, settings: DossierSettings | null = null): void {
    this.cards.clear();
    this.index = index;
    this.settings = settings;
  }
}
