import { describe, expect, it } from 'vitest';
import { allSurfaces, entityNamed, indexTexts, surfaces } from '../helpers/indexTexts.js';

describe('news genres: bodies of labour, farming and faith', () => {
  it('a cooperative and a brotherhood are bodies: "Prairie Plains Grain Cooperative" and "the International Brotherhood of Teamsters" mid-sentence were dropped as dictionary words', () => {
    const index = indexTexts({
      'a.txt': 'Farmers sold wheat to Prairie Plains Grain Cooperative last year.\n',
      'b.txt': 'About 2,400 workers represented by the International Brotherhood of Teamsters stayed off the job on Monday.\n',
    });
    expect(surfaces(index, 'Prairie Plains Grain Cooperative')).toEqual(['Prairie Plains Grain Cooperative']);
    expect(entityNamed(index, 'Prairie Plains Grain Cooperative').type).toBe('organization');
    expect(entityNamed(index, 'International Brotherhood of Teamsters').type).toBe('organization');
    expect(allSurfaces(index)).not.toContain('Teamsters');
  });
});
