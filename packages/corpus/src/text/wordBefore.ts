/**
 * The word of ASCII letters that ends right before the spaces closing text[from, end), past one comma
 * before them: "wife" in "his wife, " and in "his half-wife ", "as" in "known as ". Empty when no
 * space (as a regular expression's \s reads one) closes it, or no letter comes before.
 *
 * A test to run before a regular expression anchored at a name's start, such as
 * /\b(?:wife|son),?\s+$/ on the 40 characters before it: the expression is tried at each of them,
 * where most names have no such word before them at all. Whenever the expression matches, its
 * last word is this one, so testing this first changes no result. `from` is where the slice the
 * expression reads begins: "son, " at its start is a whole word to it, though "Jackson, " is not.
 */
export function wordBeforeSpaces(text: string, from: number, end: number): string {
  let i = end;
  while (i > from && isRegExpSpace(text.charCodeAt(i - 1))) i--;
  if (i === end) return '';
  if (i > from && text.charCodeAt(i - 1) === 0x2c /* , */) i--;
  const wordEnd = i;
  while (i > from && isAsciiLetter(text.charCodeAt(i - 1))) i--;
  return text.slice(i, wordEnd);
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/** The characters a regular expression's \s matches: ASCII spaces, line and paragraph separators, Unicode's space separators and the BOM. */
function isRegExpSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
