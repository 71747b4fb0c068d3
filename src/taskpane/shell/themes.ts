// Only the theme Office uses is downloaded: each Fluent theme is its own chunk (about 2.5 KB gzip
// for the dark one, measured), requested alongside the pane chunk once the theme is known.
import type { Theme } from "@fluentui/react-components";
import type { ThemeKind } from "../theme";

export function loadTheme(kind: ThemeKind): Promise<Theme> {
  return kind === "dark"
    ? import(/* webpackChunkName: "theme-dark" */ "./themeDark").then((m) => m.darkTheme)
    : import(/* webpackChunkName: "theme-light" */ "./themeLight").then((m) => m.lightTheme);
}
