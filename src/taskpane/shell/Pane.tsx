import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useState } from "react";
import { TemplatesTab } from "../templates/TemplatesTab";
import { LoadBoundary } from "./LoadBoundary";
import { LoadNote } from "./LoadNote";
import { useTypography } from "./typography";
import { SectionTabs, tabIdOf, type SectionTab } from "./SectionTabs";

// The function reference is not needed to insert a template: it loads on first visit, so the
// gallery becomes interactive sooner.
const FunctionsTab = lazy(() =>
  import(/* webpackChunkName: "functions-tab" */ "../functions/FunctionsTab").then((m) => ({ default: m.FunctionsTab })),
);

type Section = "templates" | "functions";

const SECTIONS: SectionTab<Section>[] = [
  { value: "templates", label: "Templates", panelId: "panel-templates" },
  { value: "functions", label: "Functions", panelId: "panel-functions" },
];

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
  header: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalM,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  title: { margin: 0 },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  panel: {
    paddingTop: tokens.spacingVerticalL,
    paddingBottom: tokens.spacingVerticalXXL,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
  },
});

export type PaneProps = { className?: string };

/** The pane inside Excel: a header with the two sections, Templates and Functions. */
export function Pane(props: PaneProps) {
  const styles = useStyles();
  const type = useTypography();
  const [section, setSection] = useState<Section>("templates");
  const [functionsVisited, setFunctionsVisited] = useState(false);
  const select = (value: Section) => {
    setSection(value);
    if (value === "functions") setFunctionsVisited(true);
  };
  return (
    <div className={mergeClasses(styles.pane, props.className)}>
      <header className={styles.header}>
        <h1 className={mergeClasses(type.subtitle2, styles.title)}>Great Reallocation Toolkit</h1>
        <SectionTabs className={styles.tabs} tabs={SECTIONS} selected={section} onSelect={select} label="Sections" />
      </header>
      <main>
        {/* Both panels stay mounted once shown, so a running insert or a message survives a tab switch. */}
        <div role="tabpanel" id="panel-templates" aria-labelledby={tabIdOf("templates")} hidden={section !== "templates"} className={styles.panel}>
          <TemplatesTab />
        </div>
        <div role="tabpanel" id="panel-functions" aria-labelledby={tabIdOf("functions")} hidden={section !== "functions"} className={styles.panel}>
          {functionsVisited && (
            <LoadBoundary what="the function list">
              <Suspense fallback={<LoadNote role="status">Loading the function list…</LoadNote>}>
                <FunctionsTab />
              </Suspense>
            </LoadBoundary>
          )}
        </div>
      </main>
    </div>
  );
}
