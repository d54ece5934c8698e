/**
 * English pluralization of identifier words. Small and deterministic: irregular words are
 * listed, everything else follows the regular spelling rules.
 */

/** Splits a whitespace-separated word list into a set. */
function toWordSet(text: string): ReadonlySet<string> {
  return new Set(text.trim().split(/\s+/));
}

/** Singular → plural for words the spelling rules get wrong. */
const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ["person", "people"],
  ["child", "children"],
  ["man", "men"],
  ["woman", "women"],
  ["mouse", "mice"],
  ["goose", "geese"],
  ["foot", "feet"],
  ["tooth", "teeth"],
  ["ox", "oxen"],
  ["die", "dice"],
  ["datum", "data"],
  ["medium", "media"],
  ["criterion", "criteria"],
  ["phenomenon", "phenomena"],
  ["analysis", "analyses"],
  ["crisis", "crises"],
  ["thesis", "theses"],
  ["diagnosis", "diagnoses"],
  ["basis", "bases"],
  ["axis", "axes"],
  ["index", "indexes"],
  ["matrix", "matrices"],
  ["vertex", "vertices"],
  ["appendix", "appendices"],
  ["cactus", "cacti"],
  ["fungus", "fungi"],
  ["nucleus", "nuclei"],
  ["syllabus", "syllabi"],
  ["alumnus", "alumni"],
  ["radius", "radii"],
  ["stimulus", "stimuli"],
  ["leaf", "leaves"],
  ["knife", "knives"],
  ["wife", "wives"],
  ["life", "lives"],
  ["half", "halves"],
  ["wolf", "wolves"],
  ["shelf", "shelves"],
  ["thief", "thieves"],
  ["loaf", "loaves"],
  ["hero", "heroes"],
  ["potato", "potatoes"],
  ["tomato", "tomatoes"],
  ["echo", "echoes"],
  ["veto", "vetoes"],
  ["torpedo", "torpedoes"],
  ["embargo", "embargoes"],
  ["quiz", "quizzes"],
]);

/** Irregular plurals, which are already plural and stay as they are (`people` → `people`). */
const IRREGULAR_PLURAL_FORMS: ReadonlySet<string> = new Set(IRREGULAR_PLURALS.values());

/** Words whose plural is the word itself. */
const UNCOUNTABLE_WORDS = toWordSet(`
  sheep fish deer series species news equipment information rice money data metadata feedback
  software hardware firmware middleware aircraft spacecraft hovercraft watercraft staff moose
  swine traffic furniture luggage baggage advice evidence knowledge music research bison salmon
  trout offspring corps headquarters means chassis police personnel cattle clothing homework
  analytics mathematics physics economics politics athletics
`);

/** Endings that make a compound uncountable too: `goldfish`, `reindeer`, `malware`. */
const UNCOUNTABLE_SUFFIXES = ["fish", "sheep", "deer", "ware", "series", "species", "information"];

/**
 * Words ending in `man` that are not compounds of `man` and take a plain `s`
 * (`human` → `humans`); matched as endings so `superhuman` is covered too.
 */
const NON_MAN_COMPOUNDS = [
  ...toWordSet(`
    human german talisman shaman caiman cayman ottoman roman norman doberman walkman brahman
    dragoman firman ataman hetman dolman pacman
  `),
];

/** Compound endings pluralized like the word itself: `salesperson` → `salespeople`. */
const COMPOUND_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ["person", "people"],
  ["child", "children"],
  ["man", "men"],
];

const VOWELS = new Set(["a", "e", "i", "o", "u"]);

/** Whether a word's plural is the word itself (`sheep`, `news`, `software`, `goldfish`). */
export function isUncountable(word: string): boolean {
  const lower = word.toLowerCase();
  if (UNCOUNTABLE_WORDS.has(lower)) return true;
  return UNCOUNTABLE_SUFFIXES.some((suffix) => lower.endsWith(suffix));
}

/** The plural of a compound ending in an irregular word, or `undefined`. */
function pluralizeCompound(word: string): string | undefined {
  if (word.endsWith("people") || word.endsWith("children")) return word;
  for (const [singular, plural] of COMPOUND_ENDINGS) {
    if (word.length <= singular.length || !word.endsWith(singular)) continue;
    if (singular === "man" && NON_MAN_COMPOUNDS.some((ending) => word.endsWith(ending))) {
      return undefined;
    }
    return word.slice(0, -singular.length) + plural;
  }
  return undefined;
}

/** The plural of a word by the regular spelling rules. */
function pluralizeRegular(word: string): string {
  if (word.endsWith("y") && word.length > 1) {
    const before = word.charAt(word.length - 2);
    if (!VOWELS.has(before) || word.endsWith("quy")) return `${word.slice(0, -1)}ies`;
    return `${word}s`;
  }
  if (word.endsWith("sis") && word.length > 3) return `${word.slice(0, -2)}es`;
  if (/(?:s|sh|ch|x|z)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/**
 * The plural of one English word, in lower case: irregulars (`person` → `people`,
 * `analysis` → `analyses`), uncountables unchanged (`sheep`), then the spelling rules
 * (`category` → `categories`, `status` → `statuses`, `box` → `boxes`, `photo` → `photos`).
 * Irregular plurals are returned unchanged (`people` → `people`).
 */
export function pluralizeWord(word: string): string {
  const lower = word.toLowerCase();
  if (lower === "" || isUncountable(lower) || IRREGULAR_PLURAL_FORMS.has(lower)) return lower;
  return IRREGULAR_PLURALS.get(lower) ?? pluralizeCompound(lower) ?? pluralizeRegular(lower);
}

/** Pluralizes the last word of a name: `["order", "item"]` → `["order", "items"]`. */
export function pluralizeWords(words: readonly string[]): string[] {
  const last = words.at(-1);
  if (last === undefined) return [];
  return [...words.slice(0, -1), pluralizeWord(last)];
}
