

/** A maximal stretch of capitalised tokens (with the connectors names allow) inside one sentence. */
export interface NameRun {
  first: number;
  end: number;
  /** The lower-case word after a hyphen that ended the run ("flagged" in "Togo-flagged"). */
  hyphenSuffix: string | null;
  /** Hyphen tokens that join two parts of the run ("US-Russia"), where it may be split again. */
  hyphenJoins: number[];
  /** The run begins its sentence, where every word is capitalised. */
  sentenceInitial: boolean;
}

/** What one rule of extendRun does at a token: the run's new end, the capitalised tokens it adds, whether the run stops. */
export interface RunStep {
  end: number;
  capitalised: number;
  stop: boolean;
}

export const STOP: RunStep = { end: 0, capitalised: 0, stop: true };

export function step(end: number, capitalised: number, stop = false): RunStep {
  return { end, capitalised, stop };
}
