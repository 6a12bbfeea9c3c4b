import { describe, expect, it } from 'vitest';
import { entityNamed, indexTexts } from '../helpers/indexTexts.js';

describe('types from appositives', () => {
  it('the last noun of a compound says what the appositive names: "a former state finance commissioner" is a person', () => {
    const index = indexTexts({
      'a.txt': 'The court upheld the victory of Babatunde Adeyemi-Cole on Monday. Adeyemi-Cole, a former state finance commissioner who campaigned on jobs, thanked his supporters.\n',
    });
    expect(entityNamed(index, 'Babatunde Adeyemi-Cole').type).toBe('person');
  });

  it('the first noun still decides when no role follows it in the compound: "a North Korean tanker blacklisted by…"', () => {
    const index = indexTexts({
      'a.txt': 'Officials said the Ocean Star, a North Korean tanker blacklisted by the United Nations, left port on Friday.\n',
    });
    expect(entityNamed(index, 'Ocean Star').type).toBe('vessel');
  });
});
