import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cuesToTranscript, formatTimestamp, validateWebVtt, type Cue } from "./webvtt.ts";

const lines = (...l: string[]) => l.join("\n") + "\n";

describe("validating WebVTT captions", () => {
  it("accepts a valid file with Arabic and Chinese cues and returns them as plain text", () => {
    const vtt = lines(
      "WEBVTT - الحلقة ١",
      "",
      "NOTE Arabic and Chinese captions",
      "",
      "intro",
      "00:00:01.000 --> 00:00:04.500 align:start",
      "<v Amina>نحن نتذكر كل ضحية</v>",
      "",
      "00:00:05.000 --> 00:00:07.250",
      "我们铭记每一位<b>受害者</b>。",
      "",
      "01:02:03.004 --> 01:02:05.000",
      "Tom &amp; Jerry &lt;3",
    );
    const result = validateWebVtt(Buffer.from(vtt, "utf8"));
    assert.ok(result.ok, JSON.stringify(result));
    assert.deepEqual(result.cues, [
      { start: 1, end: 4.5, text: "نحن نتذكر كل ضحية", voice: "Amina", id: "intro" },
      { start: 5, end: 7.25, text: "我们铭记每一位受害者。" },
      { start: 3723.004, end: 3725, text: "Tom & Jerry <3" },
    ]);
  });

  it("reports a bad timestamp on the line it is on (line 7)", () => {
    const vtt = lines(
      "WEBVTT", //                                   1
      "", //                                         2
      "00:00:01.000 --> 00:00:02.000", //            3
      "First", //                                    4
      "", //                                         5
      "2", //                                        6
      "00:00:03.000 --> 00:00:4.000", //             7: seconds need two digits
      "Second", //                                   8
    );
    const result = validateWebVtt(vtt);
    assert.equal(result.ok, false);
    assert.ok(!result.ok);
    assert.equal(result.reason, "invalid");
    assert.equal(result.errors[0]?.line, 7);
    assert.match(result.errors[0]?.message ?? "", /two digits/);
  });

  it("counts lines the same with Windows line endings", () => {
    const vtt = ["WEBVTT", "", "00:00:01.000 --> 00:00:02.000", "First", "", "00:00:03,000 --> 00:00:04.000", "SRT-style comma"].join("\r\n");
    const result = validateWebVtt(vtt);
    assert.ok(!result.ok);
    assert.equal(result.errors[0]?.line, 6);
  });

  it("reports a missing WEBVTT header on line 1", () => {
    const result = validateWebVtt(lines("1", "00:00:01,000 --> 00:00:02,000", "An SRT file renamed .vtt"));
    assert.ok(!result.ok);
    assert.equal(result.errors[0]?.line, 1);
    assert.match(result.errors[0]?.message ?? "", /WEBVTT/);
  });

  it("reports a markup error in a cue on the cue line that holds it", () => {
    const vtt = lines(
      "WEBVTT", //                                   1
      "", //                                         2
      "00:00:01.000 --> 00:00:02.000", //            3
      "first line", //                               4
      "second <x>line</x>", //                       5: no such tag
      "third line", //                               6
    );
    const result = validateWebVtt(vtt);
    assert.ok(!result.ok);
    assert.deepEqual(
      result.errors.map((e) => e.line),
      [5, 5],
    );
    assert.match(result.errors[0]?.message ?? "", /start tag/);
  });

  it("refuses a file without cues, a file over the size limit and text that is not UTF-8", () => {
    const empty = validateWebVtt("WEBVTT\n\nNOTE nothing here\n");
    assert.ok(!empty.ok);
    assert.match(empty.errors[0]?.message ?? "", /no cues/);

    const big = validateWebVtt("WEBVTT\n\n" + "00:00:01.000 --> 00:00:02.000\nx\n\n".repeat(1000), { maxBytes: 10_000 });
    assert.ok(!big.ok);
    assert.equal(big.reason, "too_large");

    // "é" in Latin-1 (0xE9) on line 4: a file saved in the wrong encoding.
    const latin1 = Buffer.from("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nCaf\xe9\n", "latin1");
    const notUtf8 = validateWebVtt(latin1);
    assert.ok(!notUtf8.ok);
    assert.equal(notUtf8.reason, "not_utf8");
    assert.equal(notUtf8.errors[0]?.line, 4);
  });

  it("accepts a UTF-8 byte order mark", () => {
    const result = validateWebVtt(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nCafé\n")]));
    assert.ok(result.ok);
    assert.equal(result.cues[0]?.text, "Café");
  });

  it("returns the first errors and the count of all", () => {
    const cues = Array.from({ length: 30 }, (_, i) => `00:00:${String(i).padStart(2, "0")}.000 --> 00:00:xx.000\ncue ${i}\n`);
    const result = validateWebVtt("WEBVTT\n\n" + cues.join("\n"), { maxErrors: 5 });
    assert.ok(!result.ok);
    assert.equal(result.errors.length, 5);
    assert.equal(result.errorCount, 30);
    assert.deepEqual(
      result.errors.map((e) => e.line),
      [3, 6, 9, 12, 15],
    );
  });
});

describe("making a transcript from cues", () => {
  const cue = (start: number, end: number, text: string, voice?: string): Cue => ({ start, end, text, ...(voice ? { voice } : {}) });

  it("joins cues into paragraphs that keep the start time of their first cue", () => {
    const paragraphs = cuesToTranscript([
      cue(1, 3, "I was at the station", "Ingrid"),
      cue(3, 5, "when it happened.", "Ingrid"),
      cue(5.5, 8, "Nobody knew\nwhat to do.", "Ingrid"),
      cue(20, 22, "Years later, she went back.", "Narrator"),
      cue(22, 24, "The square had changed.", "Narrator"),
      cue(40, 42, "Today she speaks to schools.", "Narrator"),
    ]);
    assert.deepEqual(paragraphs, [
      { start: 1, end: 8, text: "I was at the station when it happened. Nobody knew what to do.", voice: "Ingrid" },
      { start: 20, end: 24, text: "Years later, she went back. The square had changed.", voice: "Narrator" },
      { start: 40, end: 42, text: "Today she speaks to schools.", voice: "Narrator" },
    ]);
  });

  it("puts no spaces between Chinese cues and drops repeated roll-up cues", () => {
    const paragraphs = cuesToTranscript([cue(1, 2, "我们记得"), cue(2, 3, "我们记得"), cue(3, 4, "每一位受害者。"), cue(4, 5, "Merci.")]);
    assert.deepEqual(paragraphs, [{ start: 1, end: 5, text: "我们记得每一位受害者。 Merci." }]);
  });

  it("starts a new paragraph at a sentence end once a paragraph is long", () => {
    const sentence = "This sentence is about forty characters. ";
    const many = Array.from({ length: 6 }, (_, i) => cue(i, i + 1, sentence.trim()));
    const paragraphs = cuesToTranscript(
      many.map((c, i) => ({ ...c, text: `${i}: ${c.text}` })),
      { maxChars: 100 },
    );
    assert.deepEqual(
      paragraphs.map((p) => p.start),
      [0, 3],
    );
  });

  it("formats start times for display", () => {
    assert.equal(formatTimestamp(0), "0:00");
    assert.equal(formatTimestamp(65.9), "1:05");
    assert.equal(formatTimestamp(3723.004), "1:02:03");
  });
});
