// Which Fluent theme matches the Office UI around the pane. Office reports its theme as colours
// (Office.context.officeTheme); a dark body background means a dark theme. Older hosts and Excel
// on some platforms report nothing: the pane then uses the light theme, as Excel's own default.

export type ThemeKind = "light" | "dark";

/** The part of `Office.OfficeTheme` we read; every field may be missing. */
export type OfficeThemeColours = { bodyBackgroundColor?: string | null } | null | undefined;

/** Relative luminance (WCAG) of "#RRGGBB" or "#RGB"; undefined when it isn't a hex colour. */
function luminance(hex: string): number | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return undefined;
  const digits = m[1].length === 3 ? [...m[1]].map((d) => d + d).join("") : m[1];
  const channel = (i: number) => {
    const c = parseInt(digits.slice(i * 2, i * 2 + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** "dark" when Office's body background is dark, otherwise (or when unknown) "light". */
export function themeKindFromOffice(theme: OfficeThemeColours): ThemeKind {
  const background = theme?.bodyBackgroundColor;
  if (!background) return "light";
  const l = luminance(background);
  return l !== undefined && l < 0.2 ? "dark" : "light";
}
