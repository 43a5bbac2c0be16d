/*
 * Words of Arabic news titles in the Latin spelling an English reader knows, for readable ids:
 * countries, capitals and regions as news agencies write them, and the words headlines are made
 * of. عمان is left out: it is both Amman and Oman (entities.yml tells which). Keys are in search's folded form (normalizeArabic: أ→ا, ة→ه, ى→ي). The curator's own
 * entities.yml comes first; this list covers what it does not.
 */

export const PLACE_NAMES: Record<string, string> = {
  ليبيا: "libya", الاردن: "jordan", مصر: "egypt", تونس: "tunisia", الجزائر: "algeria", المغرب: "morocco",
  السودان: "sudan", سوريا: "syria", سوريه: "syria", لبنان: "lebanon", العراق: "iraq", فلسطين: "palestine",
  غزه: "gaza", اسرائيل: "israel", السعوديه: "saudi-arabia", الامارات: "uae", قطر: "qatar", الكويت: "kuwait",
  البحرين: "bahrain", اليمن: "yemen", ايران: "iran", تركيا: "turkey", روسيا: "russia",
  الصين: "china", فرنسا: "france", ايطاليا: "italy", المانيا: "germany", بريطانيا: "britain", امريكا: "us",
  واشنطن: "washington", موسكو: "moscow", باريس: "paris", روما: "rome", لندن: "london", انقره: "ankara",
  طرابلس: "tripoli", بنغازي: "benghazi", سرت: "sirte", مصراته: "misrata", القاهره: "cairo", بيروت: "beirut",
  دمشق: "damascus", بغداد: "baghdad", الرياض: "riyadh", الدوحه: "doha", ابوظبي: "abu-dhabi", دبي: "dubai",
  الخرطوم: "khartoum", الرباط: "rabat", القدس: "jerusalem", طهران: "tehran", النيجر: "niger", تشاد: "chad",
  مالي: "mali", اوروبا: "europe", افريقيا: "africa", الساحل: "sahel", المتوسط: "mediterranean",
};

/** Nouns and adjectives of headlines. Adjectives follow their noun in Arabic and precede it in English. */
export const WORDS: Record<string, { en: string; adjective?: boolean }> = {
  تعاون: { en: "cooperation" }, عسكري: { en: "military", adjective: true }, امني: { en: "security", adjective: true },
  سياسي: { en: "political", adjective: true }, اقتصادي: { en: "economic", adjective: true }, دبلوماسي: { en: "diplomatic", adjective: true },
  زياره: { en: "visit" }, اتفاق: { en: "agreement" }, اتفاقيه: { en: "agreement" }, محادثات: { en: "talks" }, مفاوضات: { en: "negotiations" },
  انتخابات: { en: "elections" }, حكومه: { en: "government" }, رئيس: { en: "president" }, وزير: { en: "minister" },
  حرب: { en: "war" }, سلام: { en: "peace" }, هدنه: { en: "truce" }, اشتباكات: { en: "clashes" }, هجوم: { en: "attack" },
  تدريب: { en: "training" }, تدريبات: { en: "training" }, مناورات: { en: "exercises" }, جيش: { en: "army" }, الجيش: { en: "army" },
  نفط: { en: "oil" }, النفط: { en: "oil" }, غاز: { en: "gas" }, قمه: { en: "summit" }, مؤتمر: { en: "conference" },
  تحالف: { en: "alliance" }, تحالفات: { en: "alliances" }, ازمه: { en: "crisis" }, احتجاجات: { en: "protests" },
  ليبي: { en: "libyan", adjective: true }, اردني: { en: "jordanian", adjective: true }, مصري: { en: "egyptian", adjective: true },
  تونسي: { en: "tunisian", adjective: true }, سوري: { en: "syrian", adjective: true }, عراقي: { en: "iraqi", adjective: true },
  لبناني: { en: "lebanese", adjective: true }, وفد: { en: "delegation" }, مشترك: { en: "joint", adjective: true },
  لاجئين: { en: "refugees" }, مهاجرين: { en: "migrants" }, الهجره: { en: "migration" }, انتخاب: { en: "election" },
  عقوبات: { en: "sanctions" }, دعم: { en: "support" }, صفقه: { en: "deal" }, قرار: { en: "decision" }, اعتقال: { en: "arrest" },
};

/** Words that carry no meaning of their own in a title (folded forms). */
export const STOP_WORDS = new Set(
  "في من الي علي عن مع بين بعد قبل حول ضد عبر لدي منذ خلال نحو و او ثم ان انه التي الذي الذين هذا هذه ذلك تلك كل بعض غير قد لم لن ما لا هل يا".split(" "),
);

export const ENGLISH_STOP_WORDS = new Set(
  "a an the of in on at to for from with by and or but as is are was were be been its it this that these those into over after before about amid against between".split(" "),
);
