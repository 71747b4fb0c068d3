// Schematic previews of each template for the gallery cards (assets/preview-*.png): a sheet with
// its input and calculation block on the left and the template's chart type on the right, drawn
// with pngjs. They show the kind of sheet and chart, not its numbers. Drawn 4× larger and averaged
// down, which antialiases the shapes.
//   npx tsx tests/taskpane/previews/drawPreviews.ts --write    redraws assets/preview-*.png (light and dark)
import { writeFileSync } from "node:fs";
import path from "node:path";
import { PNG } from "pngjs";
import type { TemplateId } from "../../../src/templates/types";

export const PREVIEW_WIDTH = 224;
export const PREVIEW_HEIGHT = 140;
const SS = 4; // supersampling factor

type RGB = [number, number, number];
const hex = (h: string): RGB => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];

// Office's default chart palette and the templates' own cell styles (src/templates/styles.ts), on a
// white sheet. The dark variant (assets/preview-*-dark.png, for the pane's dark theme) draws the same
// schematic on a dark sheet, as Excel shows sheets in its dark mode, with lighter text lines; the
// chart colours stay Office's.
const LIGHT = {
  sheet: hex("#FFFFFF"),
  grid: hex("#E3E3E3"),
  header: hex("#1F3864"),
  label: hex("#BFBFBF"),
  inputFill: hex("#FFF2CC"),
  inputText: hex("#0000FF"),
  calcText: hex("#404040"),
  axis: hex("#A6A6A6"),
  blue: hex("#4472C4"),
  orange: hex("#ED7D31"),
  grey: hex("#A5A5A5"),
  gold: hex("#FFC000"),
  green: hex("#70AD47"),
  navy: hex("#264478"),
  good: hex("#63BE7B"),
  neutral: hex("#FFC000"),
  bad: hex("#F8696B"),
};
type Palette = typeof LIGHT;
const DARK: Palette = {
  ...LIGHT,
  sheet: hex("#292929"),
  grid: hex("#404040"),
  header: hex("#8FAADC"),
  label: hex("#5E5E5E"),
  inputFill: hex("#4A4128"),
  inputText: hex("#7DA7FF"),
  calcText: hex("#C8C8C8"),
  axis: hex("#7A7A7A"),
  navy: hex("#8FAADC"),
};
export type PreviewTheme = "light" | "dark";

/** A canvas in preview pixels; drawing happens at SS× resolution. */
class Canvas {
  constructor(readonly c: Palette) {}
  readonly w = PREVIEW_WIDTH * SS;
  readonly h = PREVIEW_HEIGHT * SS;
  private readonly px = new Float64Array(this.w * this.h * 3);

  set(x: number, y: number, c: RGB): void {
    if (x < 0 || y < 0 || x >= this.w || y >= this.h) return;
    const i = (y * this.w + x) * 3;
    this.px[i] = c[0];
    this.px[i + 1] = c[1];
    this.px[i + 2] = c[2];
  }

  rect(x: number, y: number, w: number, h: number, c: RGB): void {
    const [x0, y0, x1, y1] = [x, y, x + w, y + h].map((v) => Math.round(v * SS));
    for (let yy = Math.min(y0, y1); yy < Math.max(y0, y1); yy++) for (let xx = x0; xx < x1; xx++) this.set(xx, yy, c);
  }

  circle(cx: number, cy: number, r: number, c: RGB): void {
    const [X, Y, R] = [cx * SS, cy * SS, r * SS];
    for (let yy = Math.floor(Y - R); yy <= Math.ceil(Y + R); yy++) {
      for (let xx = Math.floor(X - R); xx <= Math.ceil(X + R); xx++) {
        if ((xx + 0.5 - X) ** 2 + (yy + 0.5 - Y) ** 2 <= R * R) this.set(xx, yy, c);
      }
    }
  }

  line(points: [number, number][], width: number, c: RGB): void {
    for (let i = 1; i < points.length; i++) {
      const [[x0, y0], [x1, y1]] = [points[i - 1], points[i]];
      const steps = Math.ceil(Math.hypot(x1 - x0, y1 - y0) * SS);
      for (let s = 0; s <= steps; s++) this.circle(x0 + ((x1 - x0) * s) / steps, y0 + ((y1 - y0) * s) / steps, width / 2, c);
    }
  }

  /** Fills the area between a polyline (top) and a baseline polyline (bottom), column by column. */
  band(top: (x: number) => number, bottom: (x: number) => number, x0: number, x1: number, c: RGB): void {
    for (let xx = Math.round(x0 * SS); xx < Math.round(x1 * SS); xx++) {
      const x = (xx + 0.5) / SS;
      for (let yy = Math.round(top(x) * SS); yy < Math.round(bottom(x) * SS); yy++) this.set(xx, yy, c);
    }
  }

  toPng(): Buffer {
    const png = new PNG({ width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT });
    for (let y = 0; y < PREVIEW_HEIGHT; y++) {
      for (let x = 0; x < PREVIEW_WIDTH; x++) {
        const sum = [0, 0, 0];
        for (let sy = 0; sy < SS; sy++) {
          for (let sx = 0; sx < SS; sx++) {
            const i = ((y * SS + sy) * this.w + x * SS + sx) * 3;
            for (let k = 0; k < 3; k++) sum[k] += this.px[i + k];
          }
        }
        const o = (y * PREVIEW_WIDTH + x) * 4;
        for (let k = 0; k < 3; k++) png.data[o + k] = Math.round(sum[k] / (SS * SS));
        png.data[o + 3] = 255;
      }
    }
    return PNG.sync.write(png, { colorType: 2 });
  }
}

type Box = { x: number; y: number; w: number; h: number };

/** Linear interpolation between a and b over n points. */
const ramp = (a: number, b: number, n: number) => Array.from({ length: n }, (_, i) => a + ((b - a) * i) / (n - 1));

function axes(cv: Canvas, b: Box): void {
  cv.rect(b.x, b.y + b.h, b.w, 0.75, cv.c.axis);
}

function columns(cv: Canvas, b: Box, series: { values: number[]; color: RGB }[], stacked: boolean): void {
  const n = series[0].values.length;
  const slot = b.w / n;
  const max = stacked ? Math.max(...series[0].values.map((_, i) => series.reduce((s, x) => s + x.values[i], 0))) : Math.max(...series.flatMap((s) => s.values));
  for (let i = 0; i < n; i++) {
    let base = b.y + b.h;
    series.forEach((s, k) => {
      const h = (s.values[i] / max) * b.h;
      if (stacked) {
        cv.rect(b.x + i * slot + slot * 0.18, base - h, slot * 0.64, h, s.color);
        base -= h;
      } else {
        const bw = (slot * 0.76) / series.length;
        cv.rect(b.x + i * slot + slot * 0.12 + k * bw, b.y + b.h - h, bw * 0.92, h, s.color);
      }
    });
  }
  axes(cv, b);
}

function combo(cv: Canvas, b: Box): void {
  const n = 6;
  const slot = b.w / n;
  const zeroY = b.y + b.h * 0.62;
  const unit = (b.h * 0.58) / 10; // the tallest column (capex 10) fills most of the space above zero
  const capex = [10, 6, 3, 0.5, 0.5, 0.5];
  const opex = [2, 3, 3.5, 3.5, 3.5, 3.5];
  for (let i = 0; i < n; i++) {
    cv.rect(b.x + i * slot + slot * 0.14, zeroY - capex[i] * unit, slot * 0.34, capex[i] * unit, cv.c.orange);
    cv.rect(b.x + i * slot + slot * 0.5, zeroY - opex[i] * unit, slot * 0.34, opex[i] * unit, cv.c.grey);
  }
  cv.rect(b.x, zeroY, b.w, 0.75, cv.c.axis);
  const xs = Array.from({ length: n }, (_, i) => b.x + (i + 0.5) * slot);
  const width = Math.max(1.4, b.h / 40);
  cv.line(xs.map((x, i) => [x, zeroY - [0, 1.5, 3.5, 6, 8, 9.5][i] * unit] as [number, number]), width, cv.c.green);
  cv.line(xs.map((x, i) => [x, zeroY + [0.55, 0.65, 0.55, 0.2, -0.2, -0.75][i] * (b.h * 0.36)] as [number, number]), width, cv.c.navy);
}

function dots(cv: Canvas, b: Box): void {
  const values = [0.75, 0.35, 0.55, 0.15, 0.9];
  const slot = b.w / values.length;
  cv.rect(b.x, b.y + b.h * 0.8, b.w, 0.75, cv.c.axis);
  values.forEach((v, i) => cv.circle(b.x + (i + 0.5) * slot, b.y + b.h * (0.8 - v * 0.75), Math.max(2.5, b.h / 20), cv.c.blue));
}

function area(cv: Canvas, b: Box): void {
  const s = (mid: number, top: number) => (x: number) => top / (1 + Math.exp(-((x - b.x) / b.w - mid) * 9));
  const layers = [s(0.35, 0.28), s(0.5, 0.3), s(0.65, 0.26)];
  const colors = [cv.c.blue, cv.c.orange, cv.c.grey];
  const bottomY = b.y + b.h;
  layers.forEach((_, k) => {
    const below = (x: number) => layers.slice(0, k).reduce((acc, f) => acc + f(x), 0.06) * b.h;
    const upTo = (x: number) => below(x) + layers[k](x) * b.h;
    cv.band((x) => bottomY - upTo(x), (x) => bottomY - below(x), b.x, b.x + b.w, colors[k]);
  });
  axes(cv, b);
}

function trafficLights(cv: Canvas, b: Box): void {
  const colors = [cv.c.good, cv.c.neutral, cv.c.bad];
  const rowH = b.h / 3;
  colors.forEach((c, i) => {
    const cy = b.y + rowH * (i + 0.5);
    cv.rect(b.x, cy - 2, b.w * 0.5, 4, cv.c.label);
    cv.rect(b.x + b.w * 0.56, cy - 2, b.w * 0.16, 4, cv.c.calcText);
    cv.circle(b.x + b.w * 0.86, cy, Math.min(rowH * 0.34, 9), c);
  });
}

const CHARTS: Record<Exclude<TemplateId, "complete">, (cv: Canvas, b: Box) => void> = {
  workforce: (cv, b) =>
    columns(cv, b, [{ values: ramp(9, 3, 6), color: cv.c.orange }, { values: ramp(3, 10, 6), color: cv.c.blue }], false),
  budget: (cv, b) =>
    columns(cv, b, [{ values: ramp(8, 3, 6), color: cv.c.grey }, { values: ramp(2, 7.5, 6), color: cv.c.blue }, { values: ramp(1, 1.5, 6), color: cv.c.gold }], true),
  jwo: combo,
  talent: dots,
  genai: area,
  signposts: trafficLights,
};

/** The sheet around the chart: title lines, a block of labels, inputs and calculations. */
function sheet(cv: Canvas): Box {
  cv.rect(0, 0, PREVIEW_WIDTH, PREVIEW_HEIGHT, cv.c.sheet);
  for (let y = 14; y < PREVIEW_HEIGHT; y += 10) cv.rect(0, y, PREVIEW_WIDTH, 0.5, cv.c.grid);
  cv.rect(8, 5, 64, 5, cv.c.header);
  cv.rect(8, 24, 80, 6, cv.c.header);
  for (let r = 0; r < 9; r++) {
    const y = 36 + r * 10;
    cv.rect(8, y, 30, 4, cv.c.label);
    const input = r < 4;
    if (input) cv.rect(42, y - 2.5, 44, 9, cv.c.inputFill);
    cv.rect(46, y, 14, 4, input ? cv.c.inputText : cv.c.calcText);
    cv.rect(66, y, 14, 4, input ? cv.c.inputText : cv.c.calcText);
  }
  const box = { x: 96, y: 20, w: 120, h: 112 };
  cv.rect(box.x, box.y, box.w, box.h, cv.c.sheet);
  for (const [x, y, w, h] of [[box.x, box.y, box.w, 0.75], [box.x, box.y + box.h, box.w, 0.75], [box.x, box.y, 0.75, box.h], [box.x + box.w, box.y, 0.75, box.h]]) {
    cv.rect(x, y, w, h, cv.c.grid);
  }
  return box;
}

const inset = (b: Box, pad: number): Box => ({ x: b.x + pad, y: b.y + pad, w: b.w - 2 * pad, h: b.h - 2 * pad });

export function drawPreview(id: TemplateId, theme: PreviewTheme = "light"): Buffer {
  const cv = new Canvas(theme === "dark" ? DARK : LIGHT);
  if (id === "complete") {
    cv.rect(0, 0, PREVIEW_WIDTH, PREVIEW_HEIGHT, cv.c.sheet);
    const keys = Object.keys(CHARTS) as (keyof typeof CHARTS)[];
    keys.forEach((key, i) => {
      const cell = { x: 6 + (i % 3) * 72, y: 6 + Math.floor(i / 3) * 66, w: 68, h: 62 };
      cv.rect(cell.x, cell.y, cell.w, cell.h, cv.c.grid);
      cv.rect(cell.x + 0.75, cell.y + 0.75, cell.w - 1.5, cell.h - 1.5, cv.c.sheet);
      CHARTS[key](cv, inset(cell, 7));
    });
  } else {
    const box = sheet(cv);
    cv.rect(box.x + 12, box.y + 6, box.w - 24, 4, cv.c.label); // chart title
    CHARTS[id](cv, { x: box.x + 10, y: box.y + 18, w: box.w - 20, h: box.h - 28 });
  }
  return cv.toPng();
}

export const PREVIEW_IDS: TemplateId[] = ["workforce", "budget", "jwo", "talent", "genai", "signposts", "complete"];
export const previewPath = (file: string) => path.resolve(__dirname, "../../../assets", file);

if (require.main === module && process.argv.includes("--write")) {
  for (const id of PREVIEW_IDS) {
    for (const theme of ["light", "dark"] as const) {
      const file = theme === "dark" ? `preview-${id}-dark.png` : `preview-${id}.png`;
      writeFileSync(previewPath(file), drawPreview(id, theme));
      console.log(`wrote assets/${file}`);
    }
  }
}
