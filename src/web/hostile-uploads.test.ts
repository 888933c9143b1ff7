import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import net from "node:net";
import { after, before, describe, it } from "node:test";
import { strToU8, zipSync } from "fflate";
import { createTestApp, type TestApp } from "../../tests/support/app.ts";
import { buildStaff, signIn } from "../../tests/support/factories.ts";
import { Client, type FormFile } from "../../tests/support/http.ts";
import { demoPdf } from "../demo/library-demo.ts";
import { uploadTmpDir } from "../media/storage.ts";
import { buildPngBomb } from "../media/test-fixtures.ts";

/**
 * Hostile files and hostile clients, end to end through the forms (issue 9, "Uploads"): decompression
 * bombs, programs and polyglots under a photo's name, a zip bomb as a directory import, and uploads
 * that trickle or stall. Each is refused with a translated 4xx (or served so it cannot run), leaving
 * no temporary file and no row; slow clients are cut off without holding up anyone else.
 */
let t: TestApp;
let port = 0;
let editor: Client;
let reader = 0;
const newClient = () => new Client(t.app, {}, `198.51.100.${++reader}`);
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;|&#39;/g, "'").replace(/\s+/g, " ");
const story = { body: "This is the garden where we used to sit, before that night.", title: "The garden", language: "en", country: "NO", year: "", attack: "", content_warning: "", naming: "anonymous", display_name: "", publish: "yes", translate: "no", quote: "no", email: "" };

const share = (files: FormFile[]) => newClient().postMultipart("/en/stories/share", story, files, { formPage: "/en/stories/share" });
const count = async (table: "stories" | "story_media" | "directory_services") => Number((await t.db.kysely.selectFrom(table).select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
const tmpFiles = () => readdir(uploadTmpDir(t.config)).catch(() => [] as string[]);

before(async () => {
  t = await createTestApp({ env: { DIRECTORY_IMPORT_MAX_BYTES: "200000", MEDIA_MAX_DOCUMENT_BYTES: "150000", REQUEST_TIMEOUT_SECONDS: "2", REQUEST_IDLE_TIMEOUT_SECONDS: "1" } });
  await t.app.listen({ port: 0, host: "127.0.0.1" });
  port = (t.app.server.address() as net.AddressInfo).port;
  editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
});
after(async () => t.close());

describe("hostile files", () => {
  it("refuses a tiny PNG declaring 60000×60000 pixels as a form error, before decoding it, and keeps nothing", async () => {
    const bomb = await buildPngBomb(60_000, 60_000);
    assert.ok(bomb.length < 2_500_000, `a ${bomb.length}-byte file declaring 3.6 gigapixels (14 GB decoded)`);
    const stories = await count("stories");
    const res = await share([{ name: "media", filename: "garden.png", type: "image/png", content: bomb }]);
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /<title>Error: /);
    assert.match(res.body, /href="#field-media"/);
    assert.match(res.body, /value="The garden"/, "the answers are kept");
    assert.equal(await count("stories"), stories);
    assert.equal(await count("story_media"), 0);
    assert.deepEqual(await tmpFiles(), []);
  });

  it("refuses a Linux program and a GIF that is also a script, both named .jpg, by their content", async () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(4000, 0)]);
    const gifScript = Buffer.concat([Buffer.from("GIF89a/*"), Buffer.from([1, 0, 1, 0, 0, 0, 0]), Buffer.from("*/=1;alert(document.domain);//"), Buffer.alloc(2000, 0x20)]);
    for (const content of [elf, gifScript]) {
      const res = await share([{ name: "media", filename: "photo.jpg", type: "image/jpeg", content }]);
      assert.equal(res.statusCode, 400);
      assert.match(text(res.body), /This kind of file cannot be used/);
    }
    assert.equal(await count("story_media"), 0);
    assert.deepEqual(await tmpFiles(), []);
  });

  it("serves a PDF that is also an HTML page only as a PDF download that cannot run script", async () => {
    const work = { slug: "polyglot", type: "handbook", year: "2023", audiences: ["victims"], region: "150", topics: ["assistance"] };
    const created = await editor.post("/en/admin/library", { in: "en", publisher: "Test Office", ...work, title: "Polyglot", summary: "A summary." }, { formPage: "/en/admin/library/new" });
    assert.equal(created.statusCode, 303);
    const id = /\/admin\/library\/([0-9a-f-]{36})/.exec(String(created.headers.location))![1]!;
    const polyglot = Buffer.concat([await demoPdf("en", "Polyglot", ["A real page."]), Buffer.from("\n<html><body><script>alert(document.cookie)</script></body></html>\n")]);
    const up = await editor.postMultipart(`/en/admin/library/${id}/file?in=en`, { in: "en" }, [{ name: "file", filename: "report.html", type: "text/html", content: polyglot }], { formPage: `/en/admin/library/${id}?in=en` });
    assert.equal(up.statusCode, 303, "a readable PDF is a PDF, whatever follows it");
    const version = await t.db.kysely.selectFrom("library_versions").select(["id", "file_key"]).where("work_id", "=", id).executeTakeFirstOrThrow();
    const res = await editor.get(`/media/library/${version.id}/${version.file_key!.split("/").pop()}`);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers["content-type"], "application/pdf");
    assert.equal(res.headers["x-content-type-options"], "nosniff");
    assert.match(String(res.headers["content-security-policy"]), /sandbox/);
    assert.match(String(res.headers["content-disposition"]), /^attachment; filename="polyglot-en\.pdf"$/);
  });

  it("refuses a zip bomb sent as a directory import with a form error and imports nothing", async () => {
    const descriptor = strToU8(JSON.stringify({ profile: "tabular-data-package", resources: [{ name: "service", path: "services.csv" }] }));
    const bomb = Buffer.from(zipSync({ "datapackage.json": descriptor, "services.csv": new Uint8Array(10_000_000) }, { level: 9 }));
    assert.ok(bomb.length < 50_000, `${bomb.length} bytes unpacking to 10 MB, against a 200 kB limit`);
    const services = await count("directory_services");
    const res = await editor.postMultipart("/en/admin/directory/import", { publish: "1" }, [{ name: "dataset", filename: "directory.zip", type: "application/zip", content: bomb }], { formPage: "/en/admin/directory/import" });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /<title>Error: /);
    assert.match(res.body, /href="#field-dataset"/);
    assert.equal(await count("directory_services"), services);
  });
});

/** Opens a raw connection, sends `head` and then whatever `feed` writes; resolves with all it got back once the server closes it. */
function rawRequest(head: string, feed: (socket: net.Socket) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    let got = "";
    socket.on("data", (d: Buffer) => (got += d.toString("latin1")));
    socket.on("error", () => undefined);
    // Far beyond the configured timeouts: only a server that never closes the connection gets here.
    const giveUp = setTimeout(() => {
      socket.destroy();
      reject(new Error("the server never closed the connection"));
    }, 20_000);
    socket.on("close", () => {
      clearTimeout(giveUp);
      resolve(got);
    });
    socket.on("connect", () => {
      socket.write(head);
      feed(socket);
    });
  });
}

const uploadHead = (length: number) =>
  `POST /en/stories/share HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=xyz\r\nContent-Length: ${length}\r\n\r\n` +
  `--xyz\r\nContent-Disposition: form-data; name="media"; filename="slow.jpg"\r\nContent-Type: image/jpeg\r\n\r\n\xff\xd8\xff\xe0`;

describe("slow uploads", () => {
  it("answers 408 and closes when an upload stalls, leaving no temporary file, while other visitors are served", async () => {
    const stalled = rawRequest(uploadHead(1_000_000), () => undefined);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    assert.equal(health.status, 200, "another visitor is answered while the upload stalls");
    assert.match(await stalled, /^HTTP\/1\.1 408 /);
    for (let i = 0; i < 50 && (await tmpFiles()).length > 0; i++) await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(await tmpFiles(), [], "the part received was deleted");
  });

  it("answers 408 and closes when an upload trickles in for longer than the request timeout", async () => {
    let timer: NodeJS.Timeout | undefined;
    const trickling = rawRequest(uploadHead(1_000_000), (socket) => {
      // A byte every 200 ms: never idle for the idle timeout, but never finished either.
      timer = setInterval(() => socket.writable && socket.write("\x00"), 200);
    });
    const answer = await (async () => {
      try {
        const health = await fetch(`http://127.0.0.1:${port}/healthz`);
        assert.equal(health.status, 200, "another visitor is answered while the upload trickles");
        return await trickling;
      } finally {
        clearInterval(timer);
      }
    })();
    assert.match(answer, /^HTTP\/1\.1 408 /);
    for (let i = 0; i < 50 && (await tmpFiles()).length > 0; i++) await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(await tmpFiles(), []);
  });

  it("stops watching a connection once the body has arrived: a kept-alive connection is still open after the idle time", async () => {
    const body = "email=not-an-address&language=en&topics=news";
    const head = `POST /en/newsletter HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
    const answer = await rawRequest(head, (socket) => {
      let first = "";
      const onData = (d: Buffer) => {
        first += d.toString("latin1");
        if (!first.includes("</html>")) return;
        socket.off("data", onData);
        // Silent for longer than the idle timeout, then a second request on the same connection.
        setTimeout(() => socket.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"), 1500);
      };
      socket.on("data", onData);
    });
    assert.match(answer, /^HTTP\/1\.1 403 /, "the post without its form token is refused, after its body was read");
    assert.match(answer, /HTTP\/1\.1 200 OK[\s\S]*$/, "the second request on the kept-alive connection is answered");
  });
});
