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
  steps: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  note: { color: tokens.colorNeutralForeground2 },
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
      <Body1 as="p">To add it to Excel on the web (sideload):</Body1>
      <ol className={styles.steps}>
        <li>
          <Body1>Open a workbook in Excel on the web.</Body1>
        </li>
        <li>
          <Body1>
            Choose <strong>Home › Add-ins › More add-ins › My Add-ins › Upload My Add-in</strong>.
          </Body1>
        </li>
        <li>
          <Body1>
            Upload <Link href="manifest.xml">manifest.xml</Link> (this add-in&apos;s manifest), then choose{" "}
            <strong>Home › Model templates</strong>.
          </Body1>
        </li>
      </ol>
      <Body1 as="p" className={styles.note}>
        In Excel on Windows or Mac, add the manifest from a shared-folder catalog (Windows) or the wef folder (Mac). The{" "}
        <Link href="help.html">function reference</Link> works in any browser.
      </Body1>
    </main>
  );
}
