import transliterate from "@sindresorhus/transliterate";
import { suggestId } from "../content/ids.ts";
import { normalizeArabic } from "../text/normalize-arabic.ts";
import { ENGLISH_STOP_WORDS, PLACE_NAMES, STOP_WORDS, WORDS } from "./title-glossary.ts";

const MAX_WORDS = 5;

/** A name the curator's entities.yml gives in both languages: the Arabic as written, the id it is known by. */
export interface KnownName {
  ar: string;
  latin: string;
}

interface Term {
  /** Position in the title, to keep its order. */
  at: number;
  words: string[];
  /** Names first, then headline words; a transliterated word only when nothing else is known. */
  rank: 0 | 1 | 2;
}

/** و ف ب ل ك and ال glued to a word: "والأردن" is الأردن, "لليبيا" is ليبيا. */
function withoutClitics(word: string): string[] {
  const forms = [word];
  for (const prefix of ["وال", "فال", "بال", "كال", "لل", "و", "ف", "ب", "ل", "ال"]) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 2) forms.push(word.slice(prefix.length), `ال${word.slice(prefix.length)}`);
  }
  return forms;
}

function arabicTerms(title: string, names: KnownName[]): Term[] {
  const words = normalizeArabic(title).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const folded = names.map((n) => ({ words: normalizeArabic(n.ar).split(/\s+/), latin: n.latin })).sort((a, b) => b.words.length - a.words.length);
  const terms: Term[] = [];
  for (let i = 0; i < words.length; i++) {
    const forms = withoutClitics(words[i]!);
    const name = folded.find((n) => forms.includes(n.words[0]!) && n.words.slice(1).every((w, k) => words[i + 1 + k] === w));
    if (name) {
      terms.push({ at: i, words: name.latin.split("-"), rank: 0 });
      i += name.words.length - 1;
      continue;
    }
    const place = forms.map((f) => PLACE_NAMES[f]).find(Boolean);
    if (place) {
      terms.push({ at: i, words: place.split("-"), rank: 0 });
      continue;
    }
    const word = forms.map((f) => WORDS[f]).find(Boolean);
    if (word) {
      // "تعاون عسكري" is "military cooperation": an adjective goes before the noun it follows.
      const previous = terms.at(-1);
      if (word.adjective && previous?.at === i - 1 && previous.rank === 1) terms.push({ at: previous.at - 0.5, words: [word.en], rank: 1 });
      else terms.push({ at: i, words: [word.en], rank: 1 });
      continue;
    }
    if (!STOP_WORDS.has(words[i]!) && words[i]!.length > 2) terms.push({ at: i, words: [suggestId(transliterate(words[i]!))], rank: 2 });
  }
  return terms;
}

/**
 * A short readable id for an imported article: the key words of its title, names in their usual
 * Latin spelling (the curator's entities.yml first), at most five words, in the title's order
 * ("تعاون عسكري بين ليبيا والأردن…" → military-cooperation-libya-jordan). Titles in two parts
 * ("… : …", "…… …") are read from their first part first. Letter-by-letter transliteration only
 * stands in when the title has no word milaff knows.
 */
export function proposeId(title: string, names: KnownName[] = []): string {
  const parts = title.split(/\s*(?:…|\.\.\.|:|؛| - | – | — )\s*/).filter(Boolean);
  const arabic = /[\u0600-\u06FF]/.test(title);
  const terms = parts.map((part) =>
    arabic
      ? arabicTerms(part, names)
      : suggestId(transliterate(part))
          .split("-")
          .filter((w) => w && !ENGLISH_STOP_WORDS.has(w))
          .map((w, i): Term => ({ at: i, words: [w], rank: 1 })),
  );
  // Unknown words only when nothing in the whole title is known.
  const anyKnown = terms.some((list) => list.some((t) => t.rank < 2));
  const chosen: Term[] = [];
  let used = 0;
  for (const [p, list] of terms.entries()) {
    const pool = anyKnown ? list.filter((t) => t.rank < 2) : list;
    for (const term of [...pool].sort((a, b) => a.rank - b.rank || a.at - b.at)) {
      if (used + term.words.length > MAX_WORDS) continue;
      chosen.push({ ...term, at: p * 1000 + term.at });
      used += term.words.length;
    }
  }
  const words = chosen.sort((a, b) => a.at - b.at).flatMap((t) => t.words);
  return [...new Set(words)].join("-") || suggestId(transliterate(title)).split("-").slice(0, MAX_WORDS).join("-") || "article";
}
