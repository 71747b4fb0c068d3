// Source of truth: the catalog's `preview` file names, and the drawing in
// tests/taskpane/previews/drawPreviews.ts (run it with --write after changing a preview).
import { existsSync, readFileSync } from "node:fs";
import { PNG } from "pngjs";
import { TEMPLATES } from "../../src/templates/catalog";
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, drawPreview, previewPath } from "./previews/drawPreviews";

describe("gallery preview images", () => {
  it.each(TEMPLATES.map((t) => [t.id, t.preview]))("%s has its preview %s in assets/", (_id, file) => {
    expect(existsSync(previewPath(file))).toBe(true);
  });

  it.each(TEMPLATES.map((t) => [t.id, t.preview]))("%s: %s is the drawing, at 2× the card's 112 × 70 px", (id, file) => {
    const stored = PNG.sync.read(readFileSync(previewPath(file)));
    const drawn = PNG.sync.read(drawPreview(id));
    expect([stored.width, stored.height]).toEqual([PREVIEW_WIDTH, PREVIEW_HEIGHT]);
    if (!stored.data.equals(drawn.data)) {
      throw new Error(`assets/${file} differs from its drawing: run npx tsx tests/taskpane/previews/drawPreviews.ts --write`);
    }
  });
});
