import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { render } from "preact-render-to-string";
import { narrowestFirst, Picture } from "./components.tsx";

// Stored as processPhoto stores them: widest first, each width in every format.
const variants = [960, 480, 240].flatMap((width) => ["avif", "webp", "jpeg"].map((format) => ({ width, height: width / 2, format, key: `p-${width}.${format}` })));
type Variant = (typeof variants)[number];
const picture = (props: Partial<Parameters<typeof Picture<Variant>>[0]>) => {
  const vnode = Picture<Variant>({ variants, url: (v) => `/m/${v.key}`, sources: ["avif", "webp"], fallbackWidth: 480, sizes: "50vw", alt: "A poster", ...props });
  return vnode ? render(vnode) : "";
};

describe("a responsive picture", () => {
  it("offers each format asked for, and the narrowest JPEG at least as wide as asked for in <img>", () => {
    assert.equal(
      picture({ variants: narrowestFirst(variants) }),
      '<picture><source type="image/avif" srcset="/m/p-240.avif 240w, /m/p-480.avif 480w, /m/p-960.avif 960w" sizes="50vw"/>' +
        '<source type="image/webp" srcset="/m/p-240.webp 240w, /m/p-480.webp 480w, /m/p-960.webp 960w" sizes="50vw"/>' +
        '<img src="/m/p-480.jpeg" srcset="/m/p-240.jpeg 240w, /m/p-480.jpeg 480w, /m/p-960.jpeg 960w" sizes="50vw" width="480" height="240" alt="A poster" loading="lazy" decoding="async"/></picture>',
    );
  });

  it("falls back to the widest JPEG, keeps the order given, and marks a class and the alt text's language", () => {
    const html = picture({ sources: ["webp"], fallbackWidth: Infinity, class: "library-cover", lang: "fr", alt: "" });
    assert.match(html, /^<picture class="library-cover"><source type="image\/webp" srcset="\/m\/p-960.webp 960w, \/m\/p-480.webp 480w, \/m\/p-240.webp 240w"/);
    assert.match(html, /<img src="\/m\/p-960.jpeg"[^>]* alt lang="fr" /, "an empty alt: decorative");
    assert.doesNotMatch(html, /avif/);
  });

  it("shows nothing without a JPEG", () => {
    assert.equal(picture({ variants: variants.filter((v) => v.format !== "jpeg") }), "");
  });
});
