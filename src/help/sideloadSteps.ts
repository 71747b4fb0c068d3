// The one source of the sideload steps. help.html renders them (sideloadView.ts), `npm start`
// prints them (sideloadText) and the README carries a copy (sideloadMarkdown) that
// tests/help/sideload.test.ts compares with this file. Steps follow Microsoft's "Sideload Office
// Add-ins to Office on the web", "Sideload … from a network share" and "Sideload … on Mac" pages.

/** Part of a step: plain words, a menu path, one on-screen label, or something typed or a file name. */
export type Segment = string | { menu: string[] } | { ui: string } | { code: string };
export type Step = Segment[];
export type SideloadPlatform = { id: "web" | "windows" | "mac"; title: string; steps: Step[] };

const MANIFEST: Segment = { code: "manifest.xml" };

export const SIDELOAD_PLATFORMS: SideloadPlatform[] = [
  {
    id: "web",
    title: "Excel on the web",
    steps: [
      ["Open a workbook in Excel on the web (", { code: "https://www.office.com" }, ", then Excel)."],
      [
        "Select ",
        { menu: ["Home", "Add-ins", "More Add-ins"] },
        " (in some tenants ",
        { menu: ["Insert", "Add-ins"] },
        "), then ",
        { menu: ["My Add-ins", "Upload My Add-in"] },
        ".",
      ],
      ["Browse to ", MANIFEST, " and select ", { ui: "Upload" }, "."],
    ],
  },
  {
    id: "windows",
    title: "Excel on Windows",
    steps: [
      [
        "Share the folder that holds ",
        MANIFEST,
        " (its ",
        { menu: ["Properties", "Sharing", "Share"] },
        ") and note its network path, for example ",
        { code: "\\\\MY-PC\\addins" },
        ".",
      ],
      [
        "In Excel, open ",
        { menu: ["File", "Options", "Trust Center", "Trust Center Settings", "Trusted Add-in Catalogs"] },
        ", enter that path as the ",
        { ui: "Catalog Url" },
        ", select ",
        { ui: "Add catalog" },
        ", tick ",
        { ui: "Show in Menu" },
        ", select ",
        { ui: "OK" },
        " and restart Excel.",
      ],
      [
        "Select ",
        { menu: ["Home", "Add-ins", "More Add-ins", "Shared Folder"] },
        " (or ",
        { menu: ["Insert", "My Add-ins", "Shared Folder"] },
        "), choose Great Reallocation Toolkit and select ",
        { ui: "Add" },
        ".",
      ],
    ],
  },
  {
    id: "mac",
    title: "Excel on Mac",
    steps: [
      [
        "Copy ",
        MANIFEST,
        " to ",
        { code: "~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/" },
        " (create the ",
        { code: "wef" },
        " folder if it does not exist).",
      ],
      ["Restart Excel and open a workbook."],
      ["Select ", { menu: ["Insert", "My Add-ins"] }, " (the arrow beside it), then Great Reallocation Toolkit under ", { ui: "Developer Add-ins" }, "."],
    ],
  },
];

/** What the user sees once the add-in is in, on every platform. */
export const AFTER_SIDELOAD: Step = [
  "The ",
  { ui: "Reallocation" },
  " group appears on the ",
  { ui: "Home" },
  " tab: ",
  { ui: "Model templates" },
  " opens the pane. Type ",
  { code: "=GR." },
  " in a cell to use the functions.",
];

/** A step as plain text; menu levels are joined with `arrow` (" > " in a terminal, " → " elsewhere). */
export function stepText(step: Step, arrow = " > "): string {
  return step.map((s) => (typeof s === "string" ? s : "menu" in s ? s.menu.join(arrow) : "ui" in s ? s.ui : s.code)).join("");
}

function stepMarkdown(step: Step): string {
  return step
    .map((s) => (typeof s === "string" ? s : "menu" in s ? `**${s.menu.join(" → ")}**` : "ui" in s ? `**${s.ui}**` : `\`${s.code}\``))
    .join("");
}

/** The steps as `npm start` prints them, indented for a terminal. */
export function sideloadText(): string {
  const lines: string[] = [];
  for (const p of SIDELOAD_PLATFORMS) {
    lines.push(`  ${p.title}:`);
    p.steps.forEach((step, i) => lines.push(`    ${i + 1}. ${stepText(step)}`));
  }
  lines.push(`  ${stepText(AFTER_SIDELOAD)}`);
  return lines.join("\n");
}

/** The README copy: one bold title and numbered list per platform, then the closing sentence. */
export function sideloadMarkdown(): string {
  const blocks = SIDELOAD_PLATFORMS.map((p) => [`**${p.title}**`, "", ...p.steps.map((step, i) => `${i + 1}. ${stepMarkdown(step)}`)].join("\n"));
  return [...blocks, stepMarkdown(AFTER_SIDELOAD)].join("\n\n");
}
