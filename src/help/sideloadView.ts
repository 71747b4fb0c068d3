// The sideload steps on help.html, built from the same data `npm start` prints (sideloadSteps.ts),
// with createElement and text nodes only (the page's CSP allows no inline markup from scripts).
import { element, type Child } from "./render";
import { AFTER_SIDELOAD, SIDELOAD_PLATFORMS, type Step } from "./sideloadSteps";

function stepNodes(doc: Document, step: Step): Child[] {
  return step.map((s) => {
    if (typeof s === "string") return s;
    if ("menu" in s) return element(doc, "strong", [s.menu.join(" → ")]);
    if ("ui" in s) return element(doc, "strong", [s.ui]);
    return element(doc, "code", [s.code]);
  });
}

/** One heading and numbered list per platform, then what appears in Excel afterwards. */
export function renderSideload(doc: Document): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  for (const platform of SIDELOAD_PLATFORMS) {
    const items = platform.steps.map((step) => element(doc, "li", stepNodes(doc, step)));
    fragment.append(element(doc, "h3", [platform.title], { id: `sideload-${platform.id}` }), element(doc, "ol", items));
  }
  fragment.append(element(doc, "p", stepNodes(doc, AFTER_SIDELOAD)));
  return fragment;
}
