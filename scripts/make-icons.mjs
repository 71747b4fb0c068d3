// Draws the add-in icons (16, 32, 64, 80 and 128 px) into assets/. Run once after changing the design:
// `node scripts/make-icons.mjs`. The PNGs are committed; the build only copies them.
import { PNG } from "pngjs";
import { writeFileSync } from "node:fs";

const SIZES = [16, 32, 64, 80, 128];
const BG = [0x0f, 0x6c, 0xbd]; // Office blue
const OLD = [0xc8, 0xd6, 0xe5]; // operational AI: pale, shrinking
const NEW = [0xff, 0xff, 0xff]; // generative AI: white, growing

function draw(size) {
  const png = new PNG({ width: size, height: size });
  const r = Math.max(2, Math.round(size * 0.18)); // corner radius
  const put = (x, y, [cr, cg, cb], a = 255) => {
    const i = (y * size + x) * 4;
    png.data[i] = cr; png.data[i + 1] = cg; png.data[i + 2] = cb; png.data[i + 3] = a;
  };
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const cx = Math.min(Math.max(x, r), size - 1 - r);
      const cy = Math.min(Math.max(y, r), size - 1 - r);
      const inside = (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
      put(x, y, BG, inside ? 255 : 0);
    }
  }
  // Four bars: two shrinking (old), two growing (new).
  const base = Math.round(size * 0.82);
  const barW = Math.max(2, Math.round(size * 0.13));
  const gap = Math.max(1, Math.round(size * 0.07));
  const heights = [0.55, 0.38, 0.45, 0.66];
  let x0 = Math.round((size - (4 * barW + 3 * gap)) / 2);
  heights.forEach((h, k) => {
    const top = base - Math.round(size * h);
    for (let y = top; y < base; y++) for (let x = x0; x < x0 + barW; x++) put(x, y, k < 2 ? OLD : NEW);
    x0 += barW + gap;
  });
  return PNG.sync.write(png);
}

for (const s of SIZES) writeFileSync(new URL(`../assets/icon-${s}.png`, import.meta.url), draw(s));
console.log(`icons written: ${SIZES.join(", ")} px`);
