import type { VNode } from "preact";
import { jsxTemplate } from "preact/jsx-runtime";
import { renderToString } from "preact-render-to-string";

/**
 * Parts of the page shell that are the same on every page in one language (the quick-exit bar, the main
 * navigation, the footer) are rendered once per key and kept as HTML: most of a page is its shell, and
 * rendering it again for every uncached page was a large part of what a page cost. The key must name
 * everything the part depends on (the language, a setting); the parts read only the message catalogues
 * and settings, which do not change while the portal runs.
 */
const rendered = new Map<string, string>();

export function renderedOnce(key: string, render: () => VNode): VNode {
  let html = rendered.get(key);
  if (html === undefined) {
    html = renderToString(render());
    rendered.set(key, html);
  }
  // preact's template node (what its precompiling JSX transform emits): the HTML goes out as it is,
  // without a wrapping element. It was escaped when it was rendered above.
  return jsxTemplate([html]);
}
