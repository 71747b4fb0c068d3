// Source of truth: the catalog's `preview` file names, and the drawing in
// tests/taskpane/previews/drawPreviews.ts (run it with --write after changing a preview). Issue 15:
// in dark theme the pane shows the dark variant, so no bright tile sits on a dark pane.
import { existsSync, readFileSync } from "node:fs";
import { PNG } from "pngjs";
import { TEMPLATES } from "../../src/templates/catalog";
import { previewFile } from "../../src/taskpane/templates/catalogView";
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, drawPreview, previewPath } from "./previews/drawPreviews";

const CASES = TEMPLATES.flatMap((t) => (["light", "dark"] as const).map((theme) => [t.id, theme, previewFile(t.preview, theme)] as const));

/** Mean relative luminance (0 black … 1 white) of an RGBA image. */
function meanLuminance(png: PNG): number {
  let sum = 0;
  for (let i = 0; i < png.data.length; i += 4) sum += (0.2126 * png.data[i] + 0.7152 * png.data[i + 1] + 0.0722 * png.data[i + 2]) / 255;
  return sum / (png.data.length / 4);
}

describe("gallery preview images", () => {
  it.each(CASES)("%s (%s) has its preview %s in assets/", (_id, _theme, file) => {
    expect(existsSync(previewPath(file))).toBe(true);
  });

  it.each(CASES)("%s (%s): %s is the drawing, at 2× the card's 112 × 70 px", (id, theme, file) => {
    const stored = PNG.sync.read(readFileSync(previewPath(file)));
    const drawn = PNG.sync.read(drawPreview(id, theme));
    expect([stored.width, stored.height]).toEqual([PREVIEW_WIDTH, PREVIEW_HEIGHT]);
    if (!stored.data.equals(drawn.data)) {
      throw new Error(`assets/${file} differs from its drawing: run npx tsx tests/taskpane/previews/drawPreviews.ts --write`);
    }
  });

  it.each(TEMPLATES.map((t) => [t.id, t.preview]))("%s: the dark variant is dark and the light one light", (_id, file) => {
    expect(meanLuminance(PNG.sync.read(readFileSync(previewPath(previewFile(file, "dark")))))).toBeLessThan(0.3);
    expect(meanLuminance(PNG.sync.read(readFileSync(previewPath(file))))).toBeGreaterThan(0.7);
  });
});
