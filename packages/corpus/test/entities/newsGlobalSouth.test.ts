import { describe, expect, it } from 'vitest';
import { allSurfaces, entityNamed, indexTexts, surfaces } from '../helpers/indexTexts.js';

describe('news from the Global South: honorifics of its own press', () => {
  it('"Alhaji Atiku Abubakar … Atiku", "Comrade Joe Ajaero", "Bu Sri" after "Sri Mulyani Indrawati", "Mheshimiwa Kindiki", "Khun Anutin": the honorific is no part of the name, and the name is the person\'s (they were "Alhaji Atiku Abubakar" with "Atiku" apart, "Bu Sri" and "Mheshimiwa Kindiki" persons of their own)', () => {
    const text =
      'The former Vice President, Alhaji Atiku Abubakar, spoke in Yola. Atiku said the party was ready. The NLC president, Comrade Joe Ajaero, said workers were angry. ' +
      'Finance Minister Sri Mulyani Indrawati met the governors. Bu Sri said the budget was safe. Deputy President Kithure Kindiki spoke next. Mheshimiwa Kindiki said roads were built. ' +
      'Prime Minister Anutin Charnvirakul faced the House. Khun Anutin has no plan, the opposition said.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Atiku Abubakar')).toEqual(['Atiku Abubakar', 'Atiku']);
    expect(entityNamed(index, 'Joe Ajaero').type).toBe('person');
    expect(surfaces(index, 'Sri Mulyani Indrawati')).toEqual(['Sri Mulyani Indrawati', 'Sri']);
    expect(surfaces(index, 'Kithure Kindiki')).toEqual(['Kithure Kindiki', 'Kindiki']);
    expect(surfaces(index, 'Anutin Charnvirakul')).toEqual(['Anutin Charnvirakul', 'Anutin']);
    const names = allSurfaces(index);
    for (const titled of ['Alhaji Atiku Abubakar', 'Comrade Joe Ajaero', 'Bu Sri', 'Mheshimiwa Kindiki', 'Khun Anutin']) expect(names).not.toContain(titled);
  });
});
