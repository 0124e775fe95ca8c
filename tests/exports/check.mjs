// Checks the TypeScript export (compiled to JavaScript by tsc --strict)
// against the JSON export of the same catalog: every code's facts, the
// lookups, an unknown code, the body and problem parsers.
// Usage: node check.mjs DIR NAME...   (DIR/js/NAME.js, DIR/NAME.expected.json)
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import assert from "node:assert/strict";

const [dir, ...names] = process.argv.slice(2);
for (const name of names) {
  const m = await import(pathToFileURL(`${dir}/js/${name}.js`).href);
  // Codes are strings in the expectations: JSON numbers past 2^53 are not exact in JavaScript.
  const expected = JSON.parse(readFileSync(`${dir}/${name}.expected.json`, "utf8"));
  const big = typeof m.CODES[0] === "bigint";
  const code = (digits) => (big ? BigInt(digits) : Number(digits));
  const languages = expected.languages;
  assert.deepEqual([...m.LANGUAGES], languages, name);
  assert.deepEqual(m.CODES.map(String), expected.entries.map((e) => e.code), name);
  for (const e of expected.entries) {
    const c = code(e.code);
    const where = `${name} ${e.code}`;
    const found = m.fromCode(c);
    assert.equal(found.known, true, where);
    assert.equal(m.name(c), e.name, where);
    assert.equal(m.fromName(e.name), c, where);
    for (const lang of [...languages, "xx"]) {
      const own = lang === "xx" ? languages[0] : lang;
      assert.equal(m.message(c, lang), e.message[own], `${where} message ${lang}`);
      assert.equal(m.description(c, lang), e.description === null ? undefined : e.description[own], `${where} description ${lang}`);
      assert.equal(m.solution(c, lang), e.solution === null ? undefined : e.solution[own], `${where} solution ${lang}`);
    }
    assert.equal(m.httpStatus(c), e.http, where);
    assert.equal(m.severity(c), e.severity, where);
    assert.equal(m.isRetryable(c), e.retryable, where);
    assert.equal(m.grpcCode(c), e.grpc, where);
    // What errcat's `tonic` feature sends, read back without a gRPC library.
    const info = m.fromErrorInfo("R", expected.domain, { code: String(e.code) });
    assert.ok(info && info.code === c && info.retryable === e.retryable, `${where} ErrorInfo`);
    assert.equal(m.fromErrorInfo("R", expected.domain, { code: String(e.code), retryable: String(!e.retryable) }).retryable, !e.retryable, `${where} ErrorInfo retryable`);
    assert.equal(m.fromErrorInfo("R", `${expected.domain}.other`, { code: String(e.code) }), undefined, `${where} another domain`);
    assert.equal(m.group(c), e.group === null ? undefined : e.group, where);
    // The body the service sends, with the catalog's field names, read back.
    // A body that leaves the code out carries the name instead.
    const id = "code" in expected.body ? [expected.body.code, big ? e.code : Number(e.code)] : [expected.body.name, e.name];
    const body = { [id[0]]: id[1], [expected.body.message]: e.message[languages[0]] };
    const parsed = m.parseBody(JSON.parse(JSON.stringify(body)));
    assert.ok(parsed && parsed.code.known && parsed.code.code === c, `${where} body`);
    assert.equal(parsed.message, e.message[languages[0]], `${where} body message`);
    // Declared fields (null in JSON, undefined in TypeScript) and help links.
    if (Object.keys(expected.fields).length > 0) {
      const fields = Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [k, v === null ? undefined : v]));
      assert.deepEqual(m.fieldsOf(c), fields, `${where} fields`);
    }
    if (expected.entries.some((x) => x.help_url !== null)) {
      assert.equal(m.helpUrl(c), e.help_url === null ? undefined : e.help_url, `${where} help link`);
    }
    const problem = m.parseProblem({ title: e.message[languages[0]], status: e.http, code: big ? e.code : Number(e.code), extra: 1 });
    assert.ok(problem && problem.code.known && problem.code.code === c && problem.args.extra === 1, `${where} problem`);
  }
  const unknown = code(expected.unknown);
  assert.equal(m.fromCode(unknown).known, false, `${name} unknown code`);
  assert.equal(m.parseBody({ nothing: true }), undefined, `${name} not a body`);
  assert.equal(m.fromErrorInfo("R", expected.domain, { code: String(expected.unknown) }), undefined, `${name} ErrorInfo of an unknown code`);
  for (const g of expected.groups) {
    if (g.range !== null) {
      assert.equal(m.groupOfCode(code(g.range[0])), g.name, `${name} group ${g.name}`);
    }
  }
  // Messages with arguments, as the Rust side renders them.
  for (const [c, args, lang, text] of expected.rendered) {
    assert.equal(m.renderMessage(c, args, lang), text, `${name} renderMessage ${c} ${lang}`);
  }
  console.log(`typescript ${name}: ${expected.entries.length} codes agree`);
}
