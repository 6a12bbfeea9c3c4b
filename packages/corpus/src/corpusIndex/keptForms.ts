import type { MentionForm } from '../analysis/fileAnalysis.js';
import { detach } from '../text/detach.js';

const NONE: string[] = Object.freeze([]) as unknown as string[];

const INITIAL = 1;
const ACRONYM = 2;
const COMMON_WORDS_ONLY = 4;
const QUOTED = 8;
const MODIFIER = 16;
const UNVOUCHED_IN_FILE = 32;

/**
 * A form as the merge keeps it until it decides: eight fields of one fixed shape, its six flags
 * in one number. At 100k articles the merge holds about a million forms: an object spread copy
 * (`{ ...form, key }`) cost 144 bytes each, four fields in the object and the rest in a property
 * array of their own; this costs 88.
 */
export class KeptForm implements MentionForm {
  constructor(
    readonly surface: string,
    readonly key: string,
    readonly link: string | null,
    private readonly flags: number,
    readonly evidence: number[],
    readonly nameEvidence: number[],
    readonly descriptions: string[],
    readonly shortFormKeys: string[],
  ) {}

  get initial(): boolean {
    return (this.flags & INITIAL) !== 0;
  }

  get acronym(): boolean {
    return (this.flags & ACRONYM) !== 0;
  }

  get commonWordsOnly(): boolean {
    return (this.flags & COMMON_WORDS_ONLY) !== 0;
  }

  get quoted(): boolean {
    return (this.flags & QUOTED) !== 0;
  }

  get modifier(): boolean {
    return (this.flags & MODIFIER) !== 0;
  }

  get unvouchedInFile(): boolean {
    return (this.flags & UNVOUCHED_IN_FILE) !== 0;
  }
}

/** A form's six flags as one number (see KeptForm). */
function flagsOf(form: MentionForm): number {
  return (form.initial ? INITIAL : 0) | (form.acronym ? ACRONYM : 0) | (form.commonWordsOnly ? COMMON_WORDS_ONLY : 0) | (form.quoted ? QUOTED : 0) | (form.modifier ? MODIFIER : 0) | (form.unvouchedInFile ? UNVOUCHED_IN_FILE : 0);
}

/**
 * Makes the merge's forms, each piece kept once: a text ("seoul", "kim jong un") by all the forms
 * that have it, an evidence vector (most are one of a few hundred) and a list of texts (a full
 * name's short-form keys, its descriptions) likewise. `clear` lets all of that go.
 */
export class FormKeeper {
  private readonly strings = new Map<string, string>();
  private readonly vectors = new Map<string, number[]>();
  private readonly lists = new Map<string, string[]>();

  readonly keep = (form: MentionForm): KeptForm =>
    new KeptForm(
      this.string(form.surface),
      this.string(form.key),
      form.link === null ? null : this.string(form.link),
      flagsOf(form),
      this.vector(form.evidence),
      this.vector(form.nameEvidence),
      this.list(form.descriptions),
      this.list(form.shortFormKeys),
    );

  clear(): void {
    this.strings.clear();
    this.vectors.clear();
    this.lists.clear();
  }

  /**
   * One copy of each text the forms hold: at 100k articles the merge kept 1.6 million strings
   * (79 MB), most of them the same keys ("seoul", "kim jong un") from different files, some of
   * them slices that kept a file's text alive. The copy kept is flat and of its own.
   */
  private readonly string = (text: string): string => {
    let kept = this.strings.get(text);
    if (kept === undefined) this.strings.set((kept = detach(text)), kept);
    return kept;
  };

  private vector(values: number[]): number[] {
    const key = values.join(',');
    let shared = this.vectors.get(key);
    if (!shared) this.vectors.set(key, (shared = Object.freeze(values.slice()) as number[]));
    return shared;
  }

  private list(texts: string[]): string[] {
    if (texts.length === 0) return NONE;
    const key = texts.join('\u0000');
    let shared = this.lists.get(key);
    if (!shared) this.lists.set(key, (shared = Object.freeze(texts.map(this.string)) as string[]));
    return shared;
  }
}
