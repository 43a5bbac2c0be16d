import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { before, test } from "node:test";
import { Resvg } from "@resvg/resvg-js";
import { LAYOUTS_DIR } from "../../scripts/cli/paths.ts";
import { buildSite, type BuildResult } from "../../scripts/publish/build-site.ts";
import { cardSvg, type CardContent } from "../../scripts/site/cards/card-svg.ts";
import { encodePng } from "../../scripts/site/cards/encode-png.ts";
import { FIXTURES, SAMPLE_CONTENT } from "../support/build-fixture.ts";

const ARTICLE = "haftar-alliances/libya-jordan-military-cooperation";
// Drawn by milaff and looked at; after a deliberate change to the cards, bump CARD_VERSION and replace it with the new rendering.
const REFERENCE = path.join(FIXTURES, "cards", "sample-article-ar.png");
let root = "";
let first: BuildResult & { cards: string };
let second: BuildResult & { cards: string };

/** Builds the sample site (its card cache beside its content, as for a curator); returns the render step's line. */
async function build(): Promise<BuildResult & { cards: string }> {
  let cards = "";
  const result = await buildSite({ contentDir: path.join(root, "content"), layoutsDir: LAYOUTS_DIR, outDir: path.join(root, "_site"), onStep: (step, detail) => step === "render" && (cards = detail) });
  return { ...result, cards };
}

before(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "milaff-cards-"));
  await cp(SAMPLE_CONTENT, path.join(root, "content"), { recursive: true });
  first = await build();
  second = await build();
});

/** A PNG's pixels, decoded by resvg (as an image inside an SVG). */
function pixels(png: Buffer): { width: number; height: number; data: Buffer } {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><image width="1200" height="630" href="data:image/png;base64,${png.toString("base64")}"/></svg>`;
  const image = new Resvg(svg).render();
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), data: image.pixels };
}

/** Share of pixels that differ clearly (beyond anti-aliasing) between two renderings. */
function difference(a: Buffer, b: Buffer): number {
  let differing = 0;
  for (let i = 0; i < a.length; i += 4) {
    const delta = Math.max(Math.abs(a[i]! - b[i]!), Math.abs(a[i + 1]! - b[i + 1]!), Math.abs(a[i + 2]! - b[i + 2]!));
    if (delta > 96) differing++;
  }
  return differing / (a.length / 4);
}

test("every article version, dossier and home page has a 1200×630 card; a second build draws none", async () => {
  assert.match(first.cards, /20 cards \(20 drawn, 0 reused\)/);
  assert.match(second.cards, /20 cards \(0 drawn, 20 reused\)/);
  const card = await readFile(path.join(root, "_site", "ar", ARTICLE, "card.png"));
  assert.deepEqual([card.readUInt32BE(16), card.readUInt32BE(20)], [1200, 630]);
});

test("the Arabic article's card matches the reference rendering, and not a broken one (isolated letters, reversed order)", async () => {
  const built = pixels(await readFile(path.join(root, "_site", "ar", ARTICLE, "card.png")));
  const reference = pixels(await readFile(REFERENCE));
  const title = "تعاون عسكري بين ليبيا والأردن… صدام حفتر يُعزّز شبكة تحالفاته";
  const broken: CardContent = {
    lang: "ar",
    dir: "rtl",
    kicker: "تحالفات صدام حفتر الإقليمية",
    // Each letter on its own (a non-joiner between letters), the words in reverse order: what a shaper-less renderer shows.
    title: [...title].reverse().join("\u200c"),
    footer: "ملفات milaff • ٩ يناير ٢٠٢٦، ٠٦:٤٣",
  };
  const wrong = pixels(await encodePng(new Resvg(cardSvg(broken)).render().pixels, 1200, 630));
  const [same, different] = [difference(built.data, reference.data), difference(built.data, wrong.data)];
  assert.ok(same < 0.002, `the card differs from the reference in ${(same * 100).toFixed(2)}% of its pixels`);
  assert.ok(different > 0.02, `a broken card differs in only ${(different * 100).toFixed(2)}% of its pixels`);
});

test("a card is cached under a hash of what it shows: a changed title draws that card alone", async () => {
  const file = path.join(root, "content", "dossiers", `${ARTICLE}.en.md`);
  await writeFile(file, (await readFile(file, "utf8")).replace("bolsters his network", "extends his network"));
  assert.match((await build()).cards, /\(1 drawn, 19 reused\)/);
});
