// The HTML reference of `errcat docs --format html` in a real browser:
// headless Chromium (Debian's, which .ci/run installs) driven by
// playwright-core (pinned by package-lock.json). The page is loaded from
// file:// with every other request refused and recorded, so it must be
// self-contained. Checks the search box on the info2soft catalog (240
// codes, Chinese) and the language switch on the storage example catalog.
//
//   node html_reference.mjs [OUT]   (OUT: pages and screenshots, default
//   ../../target/browser; ERRCAT: the errcat binary, default
//   ../../target/debug/errcat; CHROMIUM: default /usr/bin/chromium)

import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../..");
const out = resolve(process.argv[2] ?? resolve(repo, "target/browser"));
const errcat = resolve(process.env.ERRCAT ?? resolve(repo, "target/debug/errcat"));
mkdirSync(out, { recursive: true });

/** Writes the HTML reference of `catalog` to OUT and returns its path. */
function reference(catalog, name) {
  const page = resolve(out, `${name}.html`);
  execFileSync(errcat, ["docs", catalog, "--format", "html", "-o", page], { cwd: repo });
  return page;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const outside = [];
const started = Date.now();

async function open(path) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file://")) return route.continue();
    outside.push(url);
    return route.abort();
  });
  await page.goto(`file://${path}`);
  return page;
}

/** The codes of the rows the page shows. */
async function visibleCodes(page) {
  return page.$$eval("tr[data-search]", (rows) =>
    rows.filter((row) => !row.hidden && row.offsetParent !== null).map((row) => row.id));
}

try {
  const info2soft = await open(reference("examples/catalogs/info2soft.yaml", "info2soft"));
  assert.equal((await visibleCodes(info2soft)).length, 240, "every code before a search");
  assert.equal(await info2soft.textContent("#count"), "240 / 240");

  await info2soft.fill("#search", "3907");
  assert.deepEqual(await visibleCodes(info2soft), ["3907"], "a code");

  await info2soft.fill("#search", "卷组");
  assert.deepEqual(await visibleCodes(info2soft), ["3527", "3528", "3556", "3557", "3566", "3576"],
    "a Chinese word in any text");
  assert.equal(await info2soft.textContent("#count"), "6 / 240");
  await info2soft.screenshot({ path: resolve(out, "info2soft-search.png"), fullPage: false });

  await info2soft.fill("#search", "no such text anywhere");
  assert.deepEqual(await visibleCodes(info2soft), [], "nothing");
  assert.equal(await info2soft.$$eval("section.group:not([hidden])", (s) => s.length), 0,
    "groups without a visible row are hidden");
  await info2soft.fill("#search", "");
  assert.equal((await visibleCodes(info2soft)).length, 240, "every code again");

  await info2soft.goto(`file://${resolve(out, "info2soft.html")}#3907`);
  assert.equal(await info2soft.$eval("tr:target", (row) => row.id), "3907", "anchor per code");
  assert.ok(await info2soft.$("section#group-Volume, section[id^=group-]"), "anchor per group");

  const storage = await open(reference("examples/storage.yaml", "storage"));
  const message = (lang) => storage.$eval(
    `tr[id="611"] td:nth-child(3) span[data-lang="${lang}"]`, (span) => [span.textContent, span.hidden]);
  assert.deepEqual(await message("en"), ["disk {disk_id} not found on {host}", false]);
  await storage.selectOption("#lang", "zh");
  assert.deepEqual(await message("zh"), ["主机 {host} 上的磁盘 {disk_id} 不存在", false]);
  assert.deepEqual((await message("en"))[1], true, "the other language hidden");
  await storage.fill("#search", "上的磁盘");
  assert.deepEqual(await visibleCodes(storage), ["611"], "search reads every language");
  await storage.screenshot({ path: resolve(out, "storage-zh.png") });

  assert.deepEqual(outside, [], "the pages request nothing outside file://");
  console.log(`html reference: ok in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${out}`);
} finally {
  await browser.close();
}
