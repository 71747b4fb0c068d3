// Entry of help.html: the function reference (each helpUrl's target) rendered from the catalogue,
// and the sideload steps rendered from the data `npm start` prints too.
import { FUNCTION_CATALOG } from "../functions/catalog";
import { renderFunctionReference } from "./render";
import { renderSideload } from "./sideloadView";

function showReference(): void {
  document.getElementById("sideload-steps")?.replaceChildren(renderSideload(document));
  const mount = document.getElementById("reference");
  if (!mount) return;
  mount.replaceChildren(renderFunctionReference(document, FUNCTION_CATALOG));
  // The anchors exist only now, after the browser's own jump to #ID found nothing to jump to.
  const target = decodeURIComponent(location.hash.slice(1));
  if (target) document.getElementById(target)?.scrollIntoView();
}

showReference();
