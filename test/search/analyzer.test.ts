import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeWord, indexKeys, queryTerms, tokenize, wordsMatch } from "../../scripts/search/analyzer/analyze.ts";
import { arabicSpellings, normalizeArabic } from "../../scripts/text/normalize-arabic.ts";

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

test("Quranic spelling: the dagger alef read both ways, Uthmani hamza spellings read as modern spelling writes them", () => {
  const cases: [string, string[]][] = [
    ["ٱلصَّلَوٰةَ", ["الصلوه", "الصلاه"]], // on a bare و, its seat: الصلاة
    ["ٱلسَّمَـٰوَٰتِ", ["السموت", "السماوات"]], // on a tatweel and after a voweled و: inserted
    ["كَـٰفِرِينَ", ["كفرين", "كافرين"]],
    ["هَـٰذَا", ["هذا", "هاذا"]], // modern spelling drops it here
    ["ٱلتَّوْرَىٰةَ", ["التوريه", "التوراه"]], // on ى inside the word, its seat
    ["مُوسَىٰ", ["موسي"]], // on a final ى, nothing
    ["ءَاتَىٰ", ["اتي"]], // ءا is آ
    ["ٱلْقُرْءَانُ", ["القران"]],
    ["ءَأَنذَرْتَهُمْ", ["انذرتهم"]], // ءأ, like أأ, is one alef
    ["أأنذرتهم", ["انذرتهم"]],
    ["خَطِيٓـَٔتِى", ["خطييتي"]], // hamza above on a tatweel after ي: ئ
    ["يَسْـَٔلُونَكَ", ["يسالونك"]], // after a consonant, the seat of its vowel: أ
    ["مَسْـُٔولًا", ["مسوولا"]], // ؤ
    ["إِبْرَٰهِـۧمَ", ["ابرهيم", "ابراهيم"]], // a small yaa on a tatweel is a ي
    ["إجراءات", ["اجراءات"]], // after a long vowel, a hamza on the line stays
    ["بدءًا", ["بدءا"]], // and before a final alef (tanween)
  ];
  for (const [input, expected] of cases) assert.deepEqual(arabicSpellings(input), expected, input);
  assert.equal(normalizeArabic("ٱلصَّلَوٰةَ"), "الصلوه", "normalizeArabic keeps one form, the dagger stripped");
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
  // Vocalized and Uthmani text against modern spelling, both ways
  ["الصلاة", "ٱلصَّلَوٰةَ"],
  ["ٱلصَّلَوٰةَ", "الصلاة"],
  ["السماوات", "ٱلسَّمَـٰوَٰتِ"],
  ["ٱلسَّمَـٰوَٰتِ", "السماوات"],
  ["كافرين", "كَـٰفِرِينَ"],
  ["هذا", "هَـٰذَا"],
  ["هَـٰذَا", "هذا"],
  ["لكن", "لَـٰكِنَّ"],
  ["العالمين", "ٱلْعَـٰلَمِينَ"],
  ["الصالحات", "ٱلصَّـٰلِحَـٰتِ"],
  ["التوراة", "ٱلتَّوْرَىٰةَ"],
  ["موسى", "مُوسَىٰ"],
  ["آتى", "ءَاتَىٰ"],
  ["ءَامَنُوا", "آمنوا"],
  ["القرآن", "ٱلْقُرْءَانُ"],
  ["أأنذرتهم", "ءَأَنذَرْتَهُمْ"],
  ["خطيئتي", "خَطِيٓـَٔتِى"],
  ["خَطِيٓـَٔتِى", "خطيئتي"],
  ["يسألونك", "يَسْـَٔلُونَكَ"],
  ["شيئا", "شَيْـًٔا"],
  ["الملائكة", "ٱلْمَلَـٰٓئِكَةُ"],
  ["إبراهيم", "إِبْرَٰهِـۧمَ"],
  ["بآياتنا", "بِـَٔايَـٰتِنَآ"],
  // ت before a pronoun: a noun's taa marbuta, or a verb's subject
  ["عاصمة", "عاصمتها"],
  ["سمعت", "سمعتها"],
  ["سمعتها", "سمعت"],
  ["كتبت", "كتبتهم"],
  ["رأيت", "رأيته"],
  ["سكوت", "سكوته"],
  // one-letter proclitics on words of three letters or more still come off
  ["قطر", "بقطر"],
  ["دعم", "لدعم"],
  ["غزة", "وغزة"],
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
  // A first letter that belongs to a فعال/فعيل/فعول word is not a proclitic
  ["سام", "وسام"],
  ["وسام", "سام"],
  ["ريم", "كريم"],
  ["عود", "وعود"],
  ["وعود", "عود"],
  ["بير", "كبير"],
  ["تاه", "فتاة"],
  ["زير", "وزيرين"],
  ["تاب", "كتابهم"],
  // hamza spellings stay apart where they tell words apart
  ["اجر", "إجراءات"],
  ["بدا", "بدءًا"],
  ["ملوك", "ٱلْمَلَـٰٓئِكَةُ"],
];

test("forms of one word meet: clitics, suffixes and spelling variants", () => {
  for (const [query, text] of POSITIVE) assert.ok(matches(query, text), `${query} should find ${text}: ${show(query)} / ${show(text)}`);
});

test("different words stay apart: the pairs light stemmers are known to conflate", () => {
  for (const [query, text] of NEGATIVE) assert.ok(!matches(query, text), `${query} must not find ${text}: ${show(query)} / ${show(text)}`);
});

test("short words keep their letters: لبنان, بيان, عون are their own stems", () => {
  for (const word of ["لبنان", "بيان", "عون", "كيان", "وطن"]) assert.deepEqual(analyzeWord(word)!.primaries.map((p) => p.stem), [word]);
});

test("tokens keep their positions in the original text, for excerpts", () => {
  const text = "زار حفتر الابن، الثلاثاء، العاصمة «عمّان» (Amman's) ٢٠٢٦";
  const words = tokenize(text);
  assert.deepEqual(words.map((w) => w.text), ["زار", "حفتر", "الابن", "الثلاثاء", "العاصمة", "عمّان", "Amman's", "٢٠٢٦"]);
  for (const w of words) assert.equal(text.slice(w.start, w.end), w.text);
});

test("words of other scripts are searchable too: folded, not dropped", () => {
  for (const [word, key] of [["Москва", "москва"], ["Straße", "straße"], ["Łódź", "łodz"]]) {
    assert.equal(analyzeWord(word!)?.primaries[0]?.stem, key, word);
  }
});

test("digits inside a word are a word of their own, so the number is found by itself", () => {
  assert.deepEqual(tokenize("libfoo56 v1.6.0 COVID١٩ ٢٠٢٦م").map((w) => w.text), ["libfoo", "56", "v", "1", "6", "0", "COVID", "١٩", "٢٠٢٦", "م"]);
  assert.deepEqual(queryTerms("libfoo56").map((t) => t.word), ["libfoo", "56"]);
  assert.deepEqual(indexKeys("libfoo56"), "libfooǂ 56ǂ");
  assert.ok(indexKeys("سنة ٢٠٢٦م").split(" ").includes("2026ǂ"));
});

test("index keys carry the written form: a stem search finds every form, a written search only that form", () => {
  const keys = (text: string) => indexKeys(text).split(" ");
  // Pagefind matches a search as a prefix of a key, and a quoted search as the whole key.
  const finds = (search: string, text: string) => keys(text).some((k) => (search.startsWith('"') ? `"${k}"` === search : k.startsWith(search)));
  const searches = (word: string) => queryTerms(word)[0]!.keys;
  const [stem, written] = [searches("وزيرين").find((k) => !k.written)!.key, searches("وزيرين").find((k) => k.written)!.key];
  assert.ok(finds(stem, "وزير") && finds(stem, "الوزيرين") && finds(stem, "وزيران"));
  assert.ok(finds(written, "الوزيرين") && finds(written, "والوزيرين"), "proclitics aside, the written form is the same");
  assert.ok(!finds(written, "وزير") && !finds(written, "وزيران"));
  assert.ok(!finds(searches("وزير").find((k) => k.written)!.key, "وزيرين"), "the bare form's written search does not find the inflected one");
  assert.ok(!finds(searches("لبن")[0]!.key, "لبنان"), "a stem search finds no longer stem");
  assert.notEqual(indexKeys("army"), indexKeys("armies"), "written forms apart where Porter2's stem is not their prefix");
  assert.ok(finds(searches("armies")[0]!.key, "army"));
});

test("a query keeps its words in order and drops what carries nothing", () => {
  assert.deepEqual(queryTerms("  صدام «حفتر» !! ").map((t) => t.word), ["صدام", "حفتر"]);
  assert.deepEqual(queryTerms("… ، ؟"), []);
});
