import { loadGoldSet } from './goldSet.js';
import { compromisePredictions } from './compromiseBaseline.js';
import { loadRealSet, dossierPredictions, scoreRealText, type RealFigures } from './realText.js';
import { dossierMentions } from './runDossier.js';
import { score } from './score.js';

// Prints the scores and every error: the loop for improving extraction.
//   npx tsx eval/report.ts [--dev2 | --heldout] [--errors]    the project's own gold sets
//   npx tsx eval/report.ts --real [--errors] [--compromise]   real annotated text (test/fixtures/gum-dev)
const argv = process.argv.slice(2);
const pct = (x: number) => (100 * x).toFixed(1);

if (argv.includes('--real')) await reportReal();
else reportGold();

function reportGold(): void {
  const gold = loadGoldSet(argv.includes('--heldout') ? 'heldout' : argv.includes('--dev2') ? 'dev2' : 'dev');
  const s = score(gold, dossierMentions(gold));
  console.log(`gold ${s.gold} predicted ${s.predicted} matched ${s.matched}`);
  console.log(`P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)} type ${pct(s.typeAccuracy)} merge B3 F1 ${pct(s.mergeF1)} (P ${pct(s.mergePrecision)} R ${pct(s.mergeRecall)})`);
  for (const t of s.perType) console.log(`  ${t.type.padEnd(13)} gold ${String(t.gold).padStart(4)} pred ${String(t.predicted).padStart(4)} P ${pct(t.precision)} R ${pct(t.recall)}`);
  if (argv.includes('--errors')) {
    console.log('\nMISSED\n  ' + s.errors.missed.join('\n  '));
    console.log('\nSPURIOUS\n  ' + s.errors.spurious.join('\n  '));
    console.log('\nMISTYPED\n  ' + s.errors.mistyped.join('\n  '));
  }
}

async function reportReal(): Promise<void> {
  const docs = loadRealSet();
  const s = scoreRealText(docs, await dossierPredictions());
  const base = argv.includes('--compromise') ? scoreRealText(docs, await compromisePredictions(docs)) : null;
  const row = (name: string, f: RealFigures, c?: RealFigures) =>
    `${name.padEnd(10)} ${String(f.names).padStart(5)} ${cell(f.recallExact, c?.recallExact)} ${cell(f.recallPartial, c?.recallPartial)} ${cell(f.precisionExact, c?.precisionExact)} ${cell(f.personVsOther, c?.personVsOther)} ${cell(f.aliasPairs, c?.aliasPairs)}`;
  console.log(`${'set'.padEnd(10)} names ${['exact R', 'partial R', 'exact P', 'person', 'aliases'].map((h) => h.padStart(base ? 13 : 9)).join(' ')}`);
  console.log(row('gum-dev', s, base ?? undefined));
  for (const [genre, f] of Object.entries(s.byGenre)) console.log(row(genre, f, base?.byGenre[genre]));
  if (base) console.log('(Dossier | compromise)');
  console.log('\nerror classes');
  for (const [cls, list] of Object.entries(s.errors).sort((a, b) => b[1].length - a[1].length)) {
    console.log(`  ${String(list.length).padStart(5)}  ${cls}${base ? `  (compromise ${base.errors[cls]?.length ?? 0})` : ''}`);
  }
  if (argv.includes('--errors')) for (const [cls, list] of Object.entries(s.errors)) console.log(`\n${cls.toUpperCase()}\n  ${list.join('\n  ')}`);
  if (argv.includes('--json')) console.log(JSON.stringify({ dossier: strip(s), compromise: base && strip(base) }));
}

function cell(x: number, y?: number): string {
  return (y === undefined ? x.toFixed(3) : `${x.toFixed(3)} | ${y.toFixed(3)}`).padStart(y === undefined ? 9 : 13);
}

function strip(s: ReturnType<typeof scoreRealText>) {
  const { errors, ...rest } = s;
  return { ...rest, errorCounts: Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, v.length])) };
}
