/**
 * @jest-environment jsdom
 */
// One source for the sideload steps (src/help/sideloadSteps.ts): help.html renders it, `npm start`
// prints it (tests/build/devserver.test.ts) and README.md carries a copy of sideloadMarkdown()
// between the markers below. When this fails, paste the printed block into README.md.
import { readFileSync } from "node:fs";
import path from "node:path";
import { AFTER_SIDELOAD, SIDELOAD_PLATFORMS, sideloadMarkdown, stepText } from "../../src/help/sideloadSteps";

const ROOT = path.resolve(__dirname, "../..");
const BEGIN = "<!-- sideload steps: generated from src/help/sideloadSteps.ts (sideloadMarkdown); tests/help/sideload.test.ts checks this copy -->";
const END = "<!-- end of sideload steps -->";

function loadHelpPage(): void {
  const template = readFileSync(path.join(ROOT, "src/help/help.html"), "utf8");
  document.documentElement.innerHTML = template.replace(/^<!doctype html>/i, "");
  jest.isolateModules(() => {
    require("../../src/help/help"); // the page's own entry, as the built help.js runs it
  });
}

describe("help.html", () => {
  beforeEach(loadHelpPage);

  it("shows every platform's steps, in order, with the same words as npm start (menus joined by →)", () => {
    const section = document.getElementById("sideloading")!;
    const titles = [...section.querySelectorAll("h3")].map((h) => h.textContent);
    expect(titles).toEqual(SIDELOAD_PLATFORMS.map((p) => p.title));
    const lists = [...section.querySelectorAll("ol")].map((ol) => [...ol.querySelectorAll("li")].map((li) => li.textContent));
    expect(lists).toEqual(SIDELOAD_PLATFORMS.map((p) => p.steps.map((s) => stepText(s, " → "))));
    expect(section.querySelector("ol ~ p")!.textContent).toBe(stepText(AFTER_SIDELOAD, " → "));
  });

  it("marks menu paths and labels as strong and file names as code", () => {
    const web = document.querySelector("#sideloading ol li:nth-child(2)")!;
    expect([...web.querySelectorAll("strong")].map((s) => s.textContent)).toContain("Home → Add-ins → More Add-ins");
    const upload = document.querySelector("#sideloading ol li:nth-child(3)")!;
    expect(upload.querySelector("code")!.textContent).toBe("manifest.xml");
  });

  it("points #NAME? troubleshooting at the pane's Functions → Repair GR formulas", () => {
    const text = document.getElementById("troubleshooting")!.textContent!.replace(/\s+/g, " ");
    expect(text).toMatch(/#NAME\?.*open the pane, then Functions → Repair GR formulas/);
  });
});

describe("README.md", () => {
  it("carries the generated copy of the sideload steps", () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const expected = `${BEGIN}\n${sideloadMarkdown()}\n${END}`;
    const start = readme.indexOf(BEGIN);
    const copy = start < 0 ? "(markers not found)" : readme.slice(start, readme.indexOf(END, start) + END.length);
    expect(copy).toBe(expected); // on failure the diff shows the block to paste
  });
});
