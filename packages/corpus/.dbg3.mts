import { tokenize } from './src/text/tokenize.js';
import { TokenView } from './src/entities/tokenView.js';
import { findNameRuns } from './src/entities/nameRuns.js';
import { isGivenName } from './src/entities/lexicon.js';
const text = process.argv[2]!;
const tokens = tokenize(text);
const view = new TokenView(text, tokens);
for (const run of findNameRuns(view, 0, tokens.count)) console.log(run.first, run.end, run.hyphenJoins, [...Array(run.end-run.first)].map((_, i) => view.raw(run.first+i)));
console.log(isGivenName('jake'), isGivenName('mike'));
