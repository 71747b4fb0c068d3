// Which theme the pane shows, for the few things drawn outside Fluent's tokens (the preview images).
import { createContext, useContext } from "react";
import type { ThemeKind } from "../theme";

export const ThemeKindContext = createContext<ThemeKind>("light");

export const useThemeKind = (): ThemeKind => useContext(ThemeKindContext);
