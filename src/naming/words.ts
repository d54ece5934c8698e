/**
 * Splitting arbitrary names into words: the one tokenizer every case conversion builds on.
 */

/**
 * One word inside a run of letters and digits, tried in order:
 * 1. an acronym plural such as `IDs` or `APIs` (two or more capitals, then a lone `s`);
 * 2. an acronym followed by a capitalised word, e.g. `HTTP` in `HTTPServer`;
 * 3. an acronym at the end of the run or before a digit, e.g. `ID` in `userID`, `UTF8`;
 * 4. an ordinary word, optionally capitalised, e.g. `order`, `Item`, `server2`;
 * 5. a run starting with digits, e.g. `2fa`.
 * Digits always stay attached to the word before them.
 */
const WORD_PATTERN =
  /[A-Z]{2,}s(?![a-z])\d*|[A-Z]+(?=[A-Z][a-z])|[A-Z]+\d*(?![a-z])|[A-Z]?[a-z]+\d*|\d+[a-z]*\d*/g;

/** Marks left behind by Unicode decomposition (accents), removed so `café` reads as `cafe`. */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Anything that is not an ASCII letter or digit separates words. */
const SEPARATORS = /[^A-Za-z0-9]+/;

/** Strips accents so that accented Latin letters survive as their ASCII base letter. */
export function foldToAscii(input: string): string {
  return input.normalize("NFKD").replace(COMBINING_MARKS, "");
}

/**
 * Splits a name written in any common convention into lower-case words.
 *
 * Handles PascalCase, camelCase, snake_case, kebab-case, SCREAMING_SNAKE_CASE, spaces,
 * digits and acronyms: `APIKey` → `["api", "key"]`, `HTTPServer2` → `["http", "server2"]`.
 */
export function splitWords(input: string): string[] {
  const words: string[] = [];
  for (const chunk of foldToAscii(input).split(SEPARATORS)) {
    for (const match of chunk.matchAll(WORD_PATTERN)) {
      words.push(match[0].toLowerCase());
    }
  }
  return words;
}
