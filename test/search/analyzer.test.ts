import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeWord, queryTerms, tokenize, wordsMatch } from "../../scripts/search/analyzer/analyze.ts";
import { normalizeArabic } from "../../scripts/text/normalize-arabic.ts";

/** The rule the search page applies to a query word and a word of the text. */
const matches = (query: string, word: string): boolean => wordsMatch(analyzeWord(query)!, analyzeWord(word)!);
const show = (word: string): string => JSON.stringify(analyzeWord(word));

test("normalization: diacritics, Quranic marks, dagger alef and tatweel go; hamza seats, ى, ة, Persian letters and digits fold", () => {
  const cases: [string, string][] = [
    ["يُعَزِّزُ", "يعزز"],
    ["تـــعاون", "تعاون"],
    ["الرَّحْمٰنِ", "الرحمن"],
    ["ذٰلِكَ ۚ", "ذلك "],
    ["أحمد", "احمد"],
    ["إسلام", "اسلام"],
    ["آفاق", "افاق"],
    ["ٱلأردن", "الاردن"],
    ["ٲ", "ا"],
    ["مستشفى", "مستشفي"],
    ["مدرسة", "مدرسه"],
    ["مؤسسة", "موسسه"],
    ["هيئة", "هييه"],
    ["کتاب", "كتاب"],
    ["یوم", "يوم"],
    ["٢٠٢٦", "2026"],
    ["۱۴۰۲", "1402"],
    ["ﻻ", "لا"],
    ["حف\u200Cتر\u200F", "حفتر"],
    ["ڤلاديمير", "فلاديمير"],
    ["گوگل", "كوكل"],
    ["پاريس", "باريس"],
    ["چاد", "جاد"],
    ["ژوئن", "زوين"],
  ];
  for (const [input, expected] of cases) assert.equal(normalizeArabic(input), expected, input);
});

test("على (on) and علي (Ali) stay apart, with or without a conjunction", () => {
  assert.equal(normalizeArabic("على"), "على");
  assert.equal(normalizeArabic("وعلى"), "على");
  assert.equal(normalizeArabic("علي"), "علي");
  assert.ok(!matches("علي", "على"));
  assert.ok(!matches("على", "علي"));
  assert.ok(matches("على", "وعلى"));
});

const POSITIVE: [query: string, text: string][] = [
  ["الأردن", "والأردن"],
  ["والأردن", "الأردن"],
  ["الاردن", "فالأردن"],
  ["الأردن", "بالأردن"],
  ["الأردن", "كالأردن"],
  ["الجيش", "للجيش"],
  ["الجيش", "وللجيش"],
  ["وبالتدريبات", "التدريبات"],
  ["تدريب", "وبالتدريبات"],
  ["تدريبات", "التدريبات"],
  ["لبنان", "ولبنان"],
  ["ولبنان", "لبنان"],
  ["لبنان", "بلبنان"],
  ["لبنان", "لبنانيون"],
  ["حضور", "بحضور"],
  ["مصر", "بمصر"],
  ["لمصر", "مصر"],
  ["كتاب", "وبكتاب"],
  ["اخترنا", "إخترنا"],
  ["تحالفاتهم", "تحالفات"],
  ["زيارة", "لزيارة"],
  ["المؤسسه", "المؤسسة"],
  ["المؤسسة", "المؤسسه"],
  ["مسلم", "مسلمون"],
  ["مسلمين", "المسلمون"],
  ["تحالف", "تحالفاتها"],
  ["الوطني", "وطني"],
  ["عمان", "عمّان"],
  ["الى", "إلى"],
  ["فى", "في"],
  ["تـعاون", "التعاون"],
  ["٢٠٢٦", "2026"],
  ["Jordan", "Jordan's"],
  ["training", "trained"],
  ["Café", "cafe"],
  ["ARMIES", "army"],
];

const NEGATIVE: [query: string, text: string][] = [
  ["عون", "تعاون"],
  ["تعاون", "عون"],
  ["علي", "على"],
  ["لبنان", "لبن"],
  ["لبن", "لبنان"],
  ["بيان", "كيان"],
  ["بيان", "بين"],
  ["سودان", "سود"],
  ["وطن", "طن"],
  ["عمان", "عم"],
  ["كيان", "بيان"],
  ["الله", "له"],
  ["arm", "army"],
  ["police", "policy"],
  ["general", "generous"],
];

test("forms of one word meet: clitics, suffixes and spelling variants", () => {
  for (const [query, text] of POSITIVE) assert.ok(matches(query, text), `${query} should find ${text}: ${show(query)} / ${show(text)}`);
});

test("different words stay apart: the pairs light stemmers are known to conflate", () => {
  for (const [query, text] of NEGATIVE) assert.ok(!matches(query, text), `${query} must not find ${text}: ${show(query)} / ${show(text)}`);
});

test("short words keep their letters: لبنان, بيان, عون are their own stems", () => {
  for (const word of ["لبنان", "بيان", "عون", "كيان", "وطن"]) assert.equal(analyzeWord(word)!.primary, word);
});

test("tokens keep their positions in the original text, for excerpts", () => {
  const text = "زار حفتر الابن، الثلاثاء، العاصمة «عمّان» (Amman's) ٢٠٢٦";
  const words = tokenize(text);
  assert.deepEqual(words.map((w) => w.text), ["زار", "حفتر", "الابن", "الثلاثاء", "العاصمة", "عمّان", "Amman's", "٢٠٢٦"]);
  for (const w of words) assert.equal(text.slice(w.start, w.end), w.text);
});

test("words of other scripts are searchable too: folded, not dropped", () => {
  for (const [word, key] of [["Москва", "москва"], ["Straße", "straße"], ["Łódź", "łodz"], ["COVID١٩", "covid19"]]) {
    assert.equal(analyzeWord(word!)?.primary, key, word);
  }
});

test("a query keeps its words in order and drops what carries nothing", () => {
  assert.deepEqual(queryTerms("  صدام «حفتر» !! ").map((t) => t.word), ["صدام", "حفتر"]);
  assert.deepEqual(queryTerms("… ، ؟"), []);
});
