import fc from "fast-check";

/**
 * Generators of hostile request parts for tests/unit/hostile-input.test.ts: values a browser would never
 * send (very long, control and bidirectional characters, invalid UTF-8, script and SQL payloads, huge
 * numbers), forms with fields missing, duplicated or nested, and the routes' patterns turned into paths.
 */

/** Every script or attribute payload carries this word; an answer showing it inside markup is an injection. */
export const MARKER = "vspx";

/** A generated value: text, or raw bytes (which may not be UTF-8 at all). */
export type HostileValue = { text: string } | { bytes: Uint8Array };

const marked = fc.nat(9999).chain((n) => {
  const m = `${MARKER}${n}`;
  return fc.constantFrom(
    `<script>${m}</script>`,
    `"><b data-${m}>`,
    `'><img src=x onerror=${m}()>`,
    `javascript:${m}()`,
    `[link](javascript:${m}())`,
    `<a href="javascript:${m}()">x</a>`,
    `<svg onload=${m}()>`,
    `</textarea><script>${m}</script>`,
    `</title><script>${m}</script>`,
    `{${m}} {count, plural, one {#} other {${m}}}`,
    `<iframe src="data:text/html,${m}">`,
    `\u202e<script>${m}</script>`,
  );
});

const sql = fc.constantFrom(
  "' OR '1'='1",
  "'; DROP TABLE staff_users; --",
  '" OR ""="',
  "1; SELECT pg_sleep(0)--",
  "%' AND 1=0 UNION SELECT NULL--",
  "\\'; --",
  "*",
  "%",
  "_",
);

const numbers = fc.oneof(
  fc.constantFrom("1e309", "-1e309", "NaN", "Infinity", "-0", "0x7fffffff", "9007199254740993", "-1", "1.5", "1,5", "00000000001", "1e3"),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
  fc.double().map(String),
  fc.constant("9".repeat(400)),
);

const dates = fc.constantFrom("2026-02-30", "0000-00-00", "9999-12-31", "2026-13-01", "-271821-04-19", "2026-01-01T25:61", "31/12/2026", "yesterday");

const controls = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("\u0000", "\u0000abc", "\r\nSet-Cookie: x=1", "\u202e\u2066\u2067\u2068\u2069\u200f\u200e", "\ufeff", "\u0007\u0008\u001b[31m", "\t \n ", "   ", "", "\u00a0", "e\u0301\u0301\u0301", "👩‍👩‍👧‍👦🏳️‍⚧️", "\ud800", "abc\udfffdef", "\u{10ffff}"),
);

const long = fc.oneof(
  fc.nat({ max: 3 }).map((n) => "A".repeat([300, 5_000, 70_000, 300_000][n] ?? 300)),
  fc.string({ unit: "grapheme", minLength: 200, maxLength: 2_000 }),
  fc.constant("<".repeat(20_000)),
  fc.constant("é".repeat(40_000)),
);

const tricky = fc.constantFrom(
  "../../../../etc/passwd",
  "..\\..\\windows\\win.ini",
  "${7*7}",
  "{{7*7}}",
  "__proto__",
  "constructor",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "http://169.254.169.254/",
  "mailto:a@b",
  "data:text/html;base64,PHNjcmlwdD4=",
  "a@b",
  "@",
  "x".repeat(65) + "@example.org",
  "on",
  "yes",
);

/** Bytes that are not UTF-8: lone continuation bytes, overlong forms, encoded surrogates, truncated sequences. */
const badBytes = fc.oneof(
  fc.constantFrom(
    [0xff],
    [0xfe, 0xff],
    [0xc0, 0xaf],
    [0xed, 0xa0, 0x80],
    [0xe2, 0x82],
    [0x80, 0x80, 0x80],
    [0xf4, 0x90, 0x80, 0x80],
    [0x61, 0x00, 0x62],
  ).map((b) => Uint8Array.from(b)),
  fc.uint8Array({ maxLength: 64 }),
);

/** One hostile text value. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: marked, weight: 4 },
  { arbitrary: sql, weight: 2 },
  { arbitrary: numbers, weight: 2 },
  { arbitrary: dates, weight: 1 },
  { arbitrary: controls, weight: 2 },
  { arbitrary: long, weight: 1 },
  { arbitrary: tricky, weight: 1 },
);

/** One hostile value: text mostly, raw invalid bytes sometimes. */
export const hostileValue: fc.Arbitrary<HostileValue> = fc.oneof(
  { arbitrary: hostileText.map((text) => ({ text })), weight: 5 },
  { arbitrary: badBytes.map((bytes) => ({ bytes })), weight: 1 },
);

/** Names a field may have that no form has: nested, prototype-polluting, empty, very long. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("a[b]", "a[b][c]", "a[]", "__proto__", "__proto__[admin]", "constructor[prototype][x]", "", " ", "id", "roles", "locale", "status", "_method", "x".repeat(5_000)),
  fc.string({ unit: "binary", minLength: 1, maxLength: 12 }),
);

/** A field of a known form: what the form holds, the form's own value when it has one, or hostile values. */
export type FieldSpec = { name: string; value: string; options: string[] };

/** One field as sent: absent, once, or several times (duplicated → arrays on the server). */
export type SentField = { name: string; values: HostileValue[] };

/** A generated form for one route: its known fields (each kept, changed or left out) and extra hostile fields. */
export function formArbitrary(fields: readonly FieldSpec[]): fc.Arbitrary<SentField[]> {
  const known = fields.map((f) => {
    const plain: HostileValue[] = [{ text: f.value }, ...f.options.slice(0, 4).map((text) => ({ text }))];
    const valid = fc.constantFrom(...plain);
    // A valid value with something hostile added passes validation, so it reaches the database and the pages.
    const decorated = fc.tuple(valid, fc.oneof(marked, fc.constantFrom("\u0000", "a\u0000b", "\u202e\u2066", "'; --", "\ufeff", "👩‍👩‍👧", "\r\n", " \u0007"))).map(([v, d]) => ({ text: `${"text" in v ? v.text : ""}${d}` }));
    return fc
      .oneof(
        { arbitrary: valid.map((v) => [v]), weight: 4 },
        { arbitrary: decorated.map((v) => [v]), weight: 3 },
        { arbitrary: hostileValue.map((v) => [v]), weight: 3 },
        { arbitrary: fc.constant([] as HostileValue[]), weight: 1 },
        { arbitrary: fc.array(fc.oneof(valid, hostileValue), { minLength: 2, maxLength: 4 }), weight: 1 },
      )
      .map((values) => ({ name: f.name, values }));
  });
  const extra = fc.array(
    fc.record({ name: hostileKey, values: fc.array(hostileValue, { minLength: 1, maxLength: 3 }) }),
    { maxLength: 3 },
  );
  // Sometimes more fields than any form has (past the multipart parser's limits).
  const flood = fc.oneof({ arbitrary: fc.constant([] as SentField[]), weight: 9 }, { arbitrary: fc.constant(Array.from({ length: 150 }, (_, i) => ({ name: `f${i}`, values: [{ text: "x" }] }))), weight: 1 });
  return fc.tuple(fc.tuple(...known), extra, flood).map(([k, e, f]) => [...k, ...e, ...f].filter((x) => x.values.length > 0));
}

const HEX = "0123456789ABCDEF";
/** Percent-encodes every byte outside the unreserved set (so bytes that are not UTF-8 stay as they are). */
export function percentBytes(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) {
    const c = String.fromCharCode(b);
    out += /[A-Za-z0-9\-._~]/.test(c) ? c : `%${HEX[b >> 4]}${HEX[b & 15]}`;
  }
  return out;
}

/** A value's bytes: UTF-8 for text (a lone surrogate becomes U+FFFD), as they are for bytes. */
export function valueBytes(v: HostileValue): Uint8Array {
  return "bytes" in v ? v.bytes : Buffer.from(v.text, "utf8");
}

/** A urlencoded body; `rawBytes` sends invalid bytes unencoded instead of percent-encoded. */
export function urlencodedBody(fields: readonly SentField[], rawBytes: boolean): Buffer {
  const parts: Buffer[] = [];
  for (const f of fields) {
    for (const v of f.values) {
      const value = "bytes" in v && rawBytes ? Buffer.from(v.bytes).toString("latin1").replace(/[&=]/g, "") : percentBytes(valueBytes(v));
      parts.push(Buffer.concat([Buffer.from(`${percentBytes(Buffer.from(f.name, "utf8"))}=`), Buffer.from(value, "latin1")]));
    }
  }
  return Buffer.concat(parts.flatMap((p, i) => (i === 0 ? [p] : [Buffer.from("&"), p])));
}

/** A file part of a generated multipart body. */
export type SentFile = { name: string; filename: string; type: string; content: Uint8Array };

export const hostileFile = (fieldNames: readonly string[]): fc.Arbitrary<SentFile> =>
  fc.record({
    name: fieldNames.length ? fc.constantFrom(...fieldNames) : fc.constant("file"),
    filename: fc.oneof(
      fc.constantFrom("photo.jpg", "../../../etc/passwd", `<script>${MARKER}</script>.png`, `a"; name="_csrf`, "x".repeat(2_000) + ".pdf", "\u202egpj.exe", "doc.pdf\u0000.html", ".htaccess", "CON", ""),
      fc.string({ unit: "binary", maxLength: 30 }),
    ),
    type: fc.constantFrom("image/jpeg", "image/png", "application/pdf", "text/html", "text/vtt", "video/mp4", "application/octet-stream", "", "x/\r\ny"),
    content: fc.oneof(
      fc.uint8Array({ maxLength: 2_000 }),
      fc.constantFrom(
        Buffer.from("\x89PNG\r\n\x1a\n", "latin1"),
        Buffer.from("\xff\xd8\xff\xe0\x00\x10JFIF", "latin1"),
        Buffer.from("%PDF-1.4\n<script>vspx</script>", "latin1"),
        Buffer.from("WEBVTT\n\n00:00.000 --> 00:01.000\n<script>vspx</script>\n"),
        Buffer.from(`<html><script>${MARKER}</script></html>`),
        Buffer.alloc(0),
      ),
    ),
  });

/** A multipart body with the fields (invalid bytes sent raw) and files. */
export function multipartBody(fields: readonly SentField[], files: readonly SentFile[]): { payload: Buffer; contentType: string } {
  const boundary = "----vsphostile7MA4YWxkTrZu0gW";
  const parts: Buffer[] = [];
  const quote = (s: string) => s.replace(/["\r\n]/g, "_");
  for (const f of fields) {
    for (const v of f.values) {
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${quote(f.name)}"\r\n\r\n`), Buffer.from(valueBytes(v)), Buffer.from("\r\n"));
    }
  }
  for (const f of files) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${quote(f.name)}"; filename="${quote(f.filename)}"\r\nContent-Type: ${f.type.replace(/[\r\n]/g, "")}\r\n\r\n`),
      Buffer.from(f.content),
      Buffer.from("\r\n"),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** JSON values where a form expects strings: numbers, objects, nulls, arrays of objects. */
const jsonOdd = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constant({ toString: "x", valueOf: 1 }),
  fc.constant([{ a: 1 }]),
  fc.constant({ $gt: "" }),
  fc.constant([[["deep"]]]),
);

/** A JSON body for a route: the same fields (text values, raw bytes as Latin-1), sometimes not strings at all. */
export function jsonBody(fields: readonly SentField[], odd: readonly unknown[]): string {
  const body: Record<string, unknown> = {};
  fields.forEach((f, i) => {
    const values = f.values.map((v) => ("bytes" in v ? Buffer.from(v.bytes).toString("latin1") : v.text));
    body[f.name] = odd[i] !== undefined ? odd[i] : values.length === 1 ? values[0] : values;
  });
  return JSON.stringify(body);
}
export const jsonOddValues = fc.array(fc.option(jsonOdd, { nil: undefined }), { maxLength: 12 });

/** A route pattern as Fastify holds it ("/:lang/services/:id", "/sitemaps/:n(^\\d{1,4}).xml", "/static/*"). */
export function patternRegex(pattern: string, { prefixOnly = false } = {}): RegExp {
  let re = "";
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === ":") {
      const name = /^:(\w+)/.exec(pattern.slice(i))![1]!;
      i += name.length + 1;
      let inner = "[^/?#]+";
      if (pattern[i] === "(") {
        let depth = 0;
        let j = i;
        for (; j < pattern.length; j++) {
          if (pattern[j] === "(") depth++;
          else if (pattern[j] === ")" && --depth === 0) break;
        }
        inner = pattern.slice(i + 1, j).replace(/^\^/, "").replace(/\$$/, "");
        i = j + 1;
      }
      re += `(?<${name}>${inner})`;
    } else if (c === "*") {
      re += ".*";
      i++;
    } else {
      re += c.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
      i++;
    }
  }
  return new RegExp(`^${re}${prefixOnly ? "(?=/|$)" : "$"}`);
}

/** The names of a pattern's parameters, in order. */
export function paramNames(pattern: string): string[] {
  return [...pattern.matchAll(/:(\w+)/g)].map((m) => m[1]!);
}

/** The pattern with each parameter replaced (values are inserted as given: encode them first). */
export function fillPattern(pattern: string, values: Record<string, string>): string {
  return pattern
    .replace(/:(\w+)(\((?:[^()]|\([^()]*\))*\))?/g, (_m, name: string) => values[name] ?? "x")
    .replace(/\*$/, values["*"] ?? "app.css");
}

/** Hostile path parameter values, already encoded for a path (some of them on purpose badly). */
export const hostileParam: fc.Arbitrary<string> = fc.oneof(
  hostileText.filter((s) => s.length < 3_000).map((s) => percentBytes(Buffer.from(s, "utf8"))),
  badBytes.map((b) => percentBytes(b)),
  fc.constantFrom("..%2F..%2Fetc%2Fpasswd", "%", "%zz", "%E0%A4%A", "%00", "..", ".", "-1", "0", "99999999999999999999999", "00000000-0000-0000-0000-000000000000", "x".repeat(300), "%2e%2e", "a;b", "a,b", "index.html", "%C0%AE%C0%AE"),
);

/** A hostile query string: known and unknown keys, duplicated, nested, badly encoded, very long. */
export function queryArbitrary(keys: readonly string[]): fc.Arbitrary<string> {
  const key = keys.length ? fc.oneof({ arbitrary: fc.constantFrom(...keys), weight: 3 }, { arbitrary: hostileKey, weight: 1 }) : hostileKey;
  const pair = fc.tuple(key, hostileValue).map(([k, v]) => `${percentBytes(Buffer.from(k, "utf8"))}=${percentBytes(valueBytes(v)).slice(0, 20_000)}`);
  return fc.oneof(
    { arbitrary: fc.array(pair, { minLength: 1, maxLength: 5 }).map((p) => p.join("&")), weight: 6 },
    { arbitrary: fc.constantFrom("%", "a=%zz", "q=%E0%A4%A", "=&=&=", "&&&", "a[b]=1&a[b]=2&a=3", "page=1&page=2", "page=-1", "page=1e309", "q", "q=" + "%3C".repeat(5_000)), weight: 2 },
  );
}

const TAG = /<([A-Za-z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/y;
const ATTR = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const URL_ATTRS = new Set(["href", "src", "action", "formaction", "srcdoc", "data", "xlink:href", "poster"]);

/**
 * Where a generated payload became markup in an HTML answer, or null. The views escape "<" in text and
 * attribute values, so every "<" outside a script opens real markup: a payload shows up as a tag or
 * attribute named after the marker, an event handler or a javascript: address holding it, or a script
 * holding it (JSON-LD may quote it, as JSON).
 */
export function findInjection(html: string): string | null {
  let i = html.indexOf("<");
  while (i !== -1) {
    if (html.startsWith("<!--", i)) {
      i = html.indexOf("<", html.indexOf("-->", i) + 3);
      continue;
    }
    if (html.startsWith("</", i) || html.startsWith("<!", i)) {
      const end = html.indexOf(">", i);
      const tag = html.slice(i, end + 1);
      if (tag.includes(MARKER)) return tag;
      i = html.indexOf("<", end);
      continue;
    }
    TAG.lastIndex = i;
    const m = TAG.exec(html);
    if (!m) {
      const near = html.slice(i, i + 80);
      if (near.includes(MARKER)) return near;
      i = html.indexOf("<", i + 1);
      continue;
    }
    const name = m[1]!.toLowerCase();
    if (name.includes(MARKER)) return m[0];
    const attrs: Record<string, string> = {};
    for (const a of m[2]!.matchAll(ATTR)) {
      const attr = a[1]!.toLowerCase();
      const value = a[2] ?? a[3] ?? a[4] ?? "";
      attrs[attr] = value;
      if (attr.includes(MARKER)) return m[0];
      if (attr.startsWith("on") && value.includes(MARKER)) return m[0];
      if (URL_ATTRS.has(attr) && /^\s*(javascript|data|vbscript):/i.test(value) && value.includes(MARKER)) return m[0];
    }
    let next = TAG.lastIndex;
    if (name === "script" || name === "style") {
      const close = html.indexOf(`</${name}`, next);
      const inner = html.slice(next, close === -1 ? undefined : close);
      if (inner.includes(MARKER)) {
        if (attrs.type !== "application/ld+json") return `<${name}>${inner.slice(0, 200)}`;
        try {
          JSON.parse(inner);
        } catch {
          return `<script type="application/ld+json">${inner.slice(0, 200)}`;
        }
      }
      next = close === -1 ? html.length : close;
    }
    i = html.indexOf("<", next);
  }
  return null;
}

/** Accept-Language headers no browser sends (printable ASCII only: anything else cannot be a header). */
export const hostileLanguage: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("*", "*;q=NaN", "ar-EG;q=1e309, zh-Hant-TW;q=-1", ",,,;;;", "en;q=", "x".repeat(4_000), "zh-Hans-CN-u-nu-hanidec", "i-klingon", "en-US;q=0.9, fr;q=0.8, ".repeat(200), "\\u0000", "ar;q=1.0000000001"),
  fc.string({ unit: fc.constantFrom(..." !\"#$%&'()*+,-./0123456789:;<=>?@ABCZabcz[]^_`{|}~".split("")), maxLength: 60 }),
);

/** Content types that do not match the body, that no parser takes, or multipart types without a usable boundary. */
export const oddContentType: fc.Arbitrary<string> = fc.constantFrom(
  "multipart/form-data",
  "multipart/form-data; boundary=",
  `multipart/form-data; boundary=${"a".repeat(300)}`,
  'multipart/form-data; boundary="unclosed',
  "multipart/mixed; boundary=abc",
  "text/plain",
  "application/octet-stream",
  "application/json",
  "application/json; charset=utf-32",
  "application/x-www-form-urlencoded; charset=utf-16",
  "application/x-www-form-urlencoded; charset=iso-8859-1",
  "application/x-www-form-urlencoded, multipart/form-data",
  "x",
);

/** A Cookie header with the portal's cookie names holding hostile values (printable ASCII, as headers must be). */
export const hostileCookies: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.constantFrom("vsp_session", "vsp_learner", "vsp_flash", "vsp_csrf", "lang", "__Host-vsp_session", "x"),
      fc.oneof(
        hostileText.map((t) => percentBytes(Buffer.from(t, "utf8")).slice(0, 4_000)),
        fc.constantFrom("", "s:forged.signature", "a".repeat(4_000), "%", "%E0%A4%A", "ar", "xx", "admin.flash.saved", "form.error.invalid", "__proto__", '"quoted"', "a=b=c"),
      ),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join("; "));
