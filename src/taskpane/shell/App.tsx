import { FluentProvider, makeStaticStyles, makeStyles, mergeClasses, tokens, type Theme } from "@fluentui/react-components";
import { Suspense, lazy } from "react";
import type { HostInfo } from "../hostInfo";
import type { ThemeKind } from "../theme";
import { LoadBoundary } from "./LoadBoundary";
import { Pane } from "./Pane";
import { ThemeKindContext } from "./themeKind";

// Only seen in a plain browser: kept out of the chunk the gallery needs.
const OutsideExcel = lazy(() => import(/* webpackChunkName: "outside-excel" */ "./OutsideExcel").then((m) => ({ default: m.OutsideExcel })));

// The pane fills the task pane edge to edge.
const useGlobalStyles = makeStaticStyles({ body: { margin: 0 } });

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  // The browser draws the native option controls (radio and check marks, the select's list, the
  // number box's arrows) in the page's colour scheme: dark ones on a dark pane.
  light: { colorScheme: "light" },
  dark: { colorScheme: "dark" },
});

export type AppProps = {
  /** Where the page runs: inside Excel, or in a plain browser. */
  host: HostInfo["host"];
  /** The Fluent theme matching Office's (shell/themes.ts loads it). */
  theme: Theme;
  /** Whether that theme is light or dark (for the preview images). */
  themeKind: ThemeKind;
  className?: string;
};

/** Theme provider plus either the pane (inside Excel) or the how-to-open message. */
export function App(props: AppProps) {
  useGlobalStyles();
  const styles = useStyles();
  return (
    <FluentProvider theme={props.theme} className={mergeClasses(styles.root, styles[props.themeKind], props.className)}>
      {props.host === "excel" ? (
        <ThemeKindContext.Provider value={props.themeKind}>
          <Pane />
        </ThemeKindContext.Provider>
      ) : (
        <LoadBoundary what="this page">
          <Suspense fallback={null}>
            <OutsideExcel />
          </Suspense>
        </LoadBoundary>
      )}
    </FluentProvider>
  );
}
