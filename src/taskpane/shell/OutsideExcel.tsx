import { Body1, Link, Subtitle1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    maxWidth: "34rem",
    paddingTop: tokens.spacingVerticalXXL,
    paddingBottom: tokens.spacingVerticalXXL,
    paddingLeft: tokens.spacingHorizontalXL,
    paddingRight: tokens.spacingHorizontalXL,
  },
  heading: { margin: 0 },
});

export type OutsideExcelProps = { className?: string };

/** Shown when the page is opened in a plain browser: what the add-in is and how to open it in Excel. */
export function OutsideExcel(props: OutsideExcelProps) {
  const styles = useStyles();
  return (
    <main className={mergeClasses(styles.root, props.className)}>
      <Subtitle1 as="h1" className={styles.heading}>
        Open this pane from Excel
      </Subtitle1>
      <Body1 as="p">
        The Great Reallocation Toolkit is an Excel add-in: this page inserts model templates and lists the GR functions, and
        only works inside Excel.
      </Body1>
      <Body1 as="p">
        To add it to Excel (web, Windows or Mac), upload <Link href="manifest.xml">manifest.xml</Link> as the{" "}
        <Link href="help.html#sideloading">sideload steps</Link> describe, then choose <strong>Home › Model templates</strong>.
        The <Link href="help.html">function reference</Link> works in any browser.
      </Body1>
    </main>
  );
}
