import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Prediction, RealDocument } from './realText.js';

interface CompromiseTerm {
  offset: { start: number; length: number };
}
type Nlp = (text: string) => Record<'people' | 'places' | 'organizations', () => { json(o: { offset: true }): { terms: CompromiseTerm[] }[] }>;

/**
 * The compromise library's people, places and organisations on each line, trimmed and typed
 * exactly as shared/realtext/score.mjs does with --compromise: the baseline beside Dossier's figures.
 * compromise is a development dependency of bench/ (found through the monorepo's node_modules).
 */
export async function compromisePredictions(docs: RealDocument[]): Promise<Prediction[]> {
  // The package's main entry lies in its dist/ folder; score.mjs loads src/three.js: the same library.
  const main = createRequire(import.meta.url).resolve('compromise');
  const root = main.slice(0, main.lastIndexOf('/node_modules/compromise/') + '/node_modules/compromise/'.length);
  const nlp = ((await import(pathToFileURL(join(root, 'src', 'three.js')).href)) as { default: Nlp }).default;
  const out: Prediction[] = [];
  for (const d of docs) {
    d.lines.forEach((line, ln) => {
      const doc = nlp(line);
      for (const kind of ['people', 'places', 'organizations'] as const) {
        for (const o of doc[kind]().json({ offset: true })) {
          const t = o.terms;
          if (!t.length) continue;
          const s = t[0]!.offset.start;
          const e = t[t.length - 1]!.offset.start + t[t.length - 1]!.offset.length;
          let txt = line.slice(s, e);
          let ss = s;
          while (/^[^\p{L}\p{N}]/u.test(txt)) {
            txt = txt.slice(1);
            ss++;
          }
          txt = txt.replace(/[^\p{L}\p{N}]+$/u, '').replace(/['’]s$/, '');
          const type = kind === 'people' ? 'person' : kind === 'places' ? 'place' : 'organization';
          out.push({ doc: d.name, line: ln, start: ss, end: ss + txt.length, entity: `${d.name}:${txt.toLowerCase()}`, type });
        }
      }
    });
  }
  return out;
}
