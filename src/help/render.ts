// Builds the function reference from the catalogue with createElement and textContent only: the page
// runs under a strict Content-Security-Policy and never parses data as HTML.
import type { FunctionDoc } from "../functions/catalog";

export type Child = Node | string;

/** An element with text or child nodes, and optional attributes (never HTML from data). */
export function element(doc: Document, tag: string, children: Child[] = [], attributes: Record<string, string> = {}): HTMLElement {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) node.append(typeof child === "string" ? doc.createTextNode(child) : child);
  return node;
}

/** A table with a header row; every cell is text. */
function table(doc: Document, caption: string, headers: string[], rows: string[][]): HTMLElement {
  const head = element(doc, "thead", [element(doc, "tr", headers.map((h) => element(doc, "th", [h], { scope: "col" })))]);
  const body = element(
    doc,
    "tbody",
    rows.map((cells) => element(doc, "tr", cells.map((c, i) => element(doc, i === 0 ? "th" : "td", [c], i === 0 ? { scope: "row" } : {})))),
  );
  return element(doc, "table", [element(doc, "caption", [caption]), head, body]);
}

const code = (doc: Document, text: string) => element(doc, "code", [text]);

/** One function's section; its id is the function id, the anchor each helpUrl points at. */
export function renderFunction(doc: Document, fn: FunctionDoc): HTMLElement {
  const args = fn.arguments.map((a) => [a.name, a.description, a.optional ? a.default ?? "" : "(required)", a.valid]);
  const examples = fn.examples.map((e) => [e.formula, e.result]);
  const errors = fn.errors.map((e) => [e.code, e.when]);
  return element(
    doc,
    "section",
    [
      element(doc, "h2", [`GR.${fn.id}`], { id: `${fn.id}-title` }),
      element(doc, "p", [fn.description]),
      element(doc, "pre", [code(doc, fn.syntax)], { class: "syntax" }),
      element(doc, "p", [element(doc, "strong", ["Returns: "]), fn.returns]),
      table(doc, "Arguments", ["Argument", "Meaning", "If omitted", "Valid values"], args),
      table(doc, "Examples", ["Formula", "Result"], examples),
      table(doc, "Errors", ["Error", "When"], errors),
    ],
    { id: fn.id, class: "function", "aria-labelledby": `${fn.id}-title` },
  );
}

/** The list of functions (links to their anchors) followed by one section per function. */
export function renderFunctionReference(doc: Document, catalog: readonly FunctionDoc[]): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  const links = catalog.map((fn) =>
    element(doc, "li", [element(doc, "a", [code(doc, `GR.${fn.id}`)], { href: `#${fn.id}` }), ` — ${fn.description}`]),
  );
  fragment.append(element(doc, "nav", [element(doc, "ul", links)], { "aria-label": "Functions" }));
  for (const fn of catalog) fragment.append(renderFunction(doc, fn));
  return fragment;
}
