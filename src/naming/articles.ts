/**
 * The English indefinite article for a phrase, by its first sound as spelled: "an order item",
 * "a product", "a user" (a "u" read as "you"), "an update".
 */
export function withIndefiniteArticle(phrase: string): string {
  const word = phrase.toLowerCase();
  const vowelSound = /^[aeio]/.test(word) || /^u(?![^aeiou][aeiou])/.test(word);
  return `${vowelSound ? "an" : "a"} ${phrase}`;
}
