import type { VNode } from "preact";
import { jsxTemplate } from "preact/jsx-runtime";
import { renderToString } from "preact-render-to-string";

/** Renders a part of a page, or inserts the HTML kept for its key. */
export type KeptRender = (key: string, render: () => VNode) => VNode;

/**
 * Keeps rendered parts by key, at most `limit` of them (the oldest is dropped first), and inserts a kept
 * part's HTML as it is. The key must name everything the part depends on.
 */
export function keptRenders(limit = Number.POSITIVE_INFINITY): KeptRender {
  const rendered = new Map<string, string>();
  return (key, render) => {
    let html = rendered.get(key);
    if (html === undefined) {
      html = renderToString(render());
      if (rendered.size >= limit) rendered.delete(rendered.keys().next().value!);
      rendered.set(key, html);
    }
    // preact's template node (what its precompiling JSX transform emits): the HTML goes out as it is,
    // without a wrapping element. It was escaped when it was rendered above.
    return jsxTemplate([html]);
  };
}

/**
 * Parts of the page shell that are the same on every page in one language (the quick-exit bar, the main
 * navigation, the footer) are rendered once per key and kept as HTML: most of a page is its shell, and
 * rendering it again for every uncached page was a large part of what a page cost. The key must name
 * everything the part depends on (the language, a setting); the parts read only the message catalogues
 * and settings, which do not change while the portal runs, so there are few keys.
 */
export const renderedOnce: KeptRender = keptRenders();
