/**
 * Cyrillic and Greek letters that look like Latin ones, from Unicode's confusables.txt
 * (https://www.unicode.org/Public/security/latest/confusables.txt), restricted to one-to-one
 * letter pairs. Scrapers meet them in names such as "Vostochny Сosmodrome" (Cyrillic С).
 * Only words that mix scripts are folded, so real Cyrillic and Greek text is left alone.
 */
export const LOOKALIKE_TO_LATIN: ReadonlyMap<number, string> = new Map(
  Object.entries({
    // Cyrillic capitals
    А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y',
    Ѕ: 'S', І: 'I', Ј: 'J', Ԛ: 'Q', Ԝ: 'W',
    // Cyrillic small letters
    а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', ѕ: 's', і: 'i', ј: 'j', һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w',
    // Greek capitals
    Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
    // Greek small letters
    ο: 'o', ν: 'v', ι: 'i', α: 'a',
  }).map(([from, to]) => [from.charCodeAt(0), to]),
);
