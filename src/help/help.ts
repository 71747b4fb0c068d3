// Entry of help.html: the function reference (each helpUrl's target) rendered from the catalogue.
import { FUNCTION_CATALOG } from "../functions/catalog";
import { renderFunctionReference } from "./render";

function showReference(): void {
  const mount = document.getElementById("reference");
  if (!mount) return;
  mount.replaceChildren(renderFunctionReference(document, FUNCTION_CATALOG));
  // The anchors exist only now, after the browser's own jump to #ID found nothing to jump to.
  const target = decodeURIComponent(location.hash.slice(1));
  if (target) document.getElementById(target)?.scrollIntoView();
}

showReference();
