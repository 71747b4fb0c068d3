// Entry of taskpane.html. It runs after functions.js (both deferred, in that order), so the GR
// functions are registered before anything here executes. This file is deliberately tiny: React,
// Fluent UI and the pane load as a separate chunk once Office is ready, with the one theme it uses.
import { readHostInfo } from "./hostInfo";
import { loadTheme } from "./shell/themes";

const root = document.getElementById("root");

function showPlainMessage(element: HTMLElement, text: string): void {
  element.textContent = text; // text only, never markup
}

async function boot(element: HTMLElement): Promise<void> {
  const info = await readHostInfo();
  try {
    const [{ mountPane }, theme] = await Promise.all([
      import(/* webpackChunkName: "pane" */ "./shell/mountPane"),
      loadTheme(info.theme),
    ]);
    mountPane(element, info, theme);
  } catch (e) {
    console.error(e); // for whoever opens the developer tools; the user gets the sentence below
    showPlainMessage(element, "The pane could not load. Close it and open it again (Home > Model templates).");
  }
}

if (root) void boot(root);
