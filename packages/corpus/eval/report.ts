import { loadGoldSet } from './goldSet.js';
import { dossierMentions } from './runDossier.js';
import { score } from './score.js';

// Prints the gold-set scores and every error: the loop for improving extraction.
const gold = loadGoldSet(process.argv.includes('--heldout') ? 'heldout' : process.argv.includes('--dev2') ? 'dev2' : 'dev');
const s = score(gold, dossierMentions(gold));
const pct = (x: number) => (100 * x).toFixed(1);
console.log(`gold ${s.gold} predicted ${s.predicted} matched ${s.matched}`);
console.log(`P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)} type ${pct(s.typeAccuracy)} merge B3 F1 ${pct(s.mergeF1)} (P ${pct(s.mergePrecision)} R ${pct(s.mergeRecall)})`);
for (const t of s.perType) console.log(`  ${t.type.padEnd(13)} gold ${String(t.gold).padStart(4)} pred ${String(t.predicted).padStart(4)} P ${pct(t.precision)} R ${pct(t.recall)}`);
if (process.argv.includes('--errors')) {
  console.log('\nMISSED\n  ' + s.errors.missed.join('\n  '));
  console.log('\nSPURIOUS\n  ' + s.errors.spurious.join('\n  '));
  console.log('\nMISTYPED\n  ' + s.errors.mistyped.join('\n  '));
}
