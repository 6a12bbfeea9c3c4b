/** Transliterations and spellings of one name fold together: Zelenskyy, Zelensky and Zelenskiy; Harbour and Harbor. */
export function looseToken(token: string): string {
  if (token.length < 5) return token;
  return token
    .replace(/(\p{L})\1+/gu, '$1') // letters only: "Person1149" is not "Person1499"
    .replace(/(?:iy|yi|ij|y)$/, 'i')
    .replace(/our$/, 'or') // harbour, harbor
    .replace(/([^aeiou])re$/, '$1er') // centre, center
    .replace(/ence$/, 'ense'); // defence, defense
}

