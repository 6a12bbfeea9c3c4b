import { gazetteer, isCity, isKnownPlace } from './src/entities/gazetteer.js';
import { nameKey } from './src/text/tokenize.js';
for (const w of process.argv.slice(2)) { const k = w.toLowerCase(); console.log(w, JSON.stringify(gazetteer().byKey.get(k)), 'city', isCity(k), 'place', isKnownPlace(k)); }
