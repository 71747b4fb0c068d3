import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { TemplateDefinition, TemplateId } from "../../templates/types";
import { useThemeKind } from "../shell/themeKind";
import { previewFile } from "./catalogView";
import { TemplateCard } from "./TemplateCard";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

export type GalleryProps = {
  templates: TemplateDefinition[];
  /** Display names of the sheets a template adds. */
  sheetTitles: (template: TemplateDefinition) => string[];
  /** The template whose insert is running, if any. */
  runningId?: TemplateId;
  /** True while any Excel request runs (every Insert button is then unavailable). */
  busy: boolean;
  onInsert: (id: TemplateId) => void;
  /** The status line shown inside a card (progress or the last result), or undefined. */
  statusFor: (id: TemplateId) => ReactNode;
  className?: string;
};

/** The template cards, the complete model first. */
export function Gallery(props: GalleryProps) {
  const styles = useStyles();
  const theme = useThemeKind();
  const ordered = [...props.templates].sort((a, b) => Number(b.id === "complete") - Number(a.id === "complete"));
  return (
    <ul className={mergeClasses(styles.list, props.className)} aria-label="Templates">
      {ordered.map((t) => (
        <li key={t.id}>
          <TemplateCard
            template={t}
            sheetTitles={props.sheetTitles(t)}
            previewSrc={`assets/${previewFile(t.preview, theme)}`}
            emphasis={t.id === "complete" ? "featured" : "normal"}
            activity={props.runningId === t.id ? "running" : props.busy ? "blocked" : "ready"}
            onInsert={() => props.onInsert(t.id)}
            status={props.statusFor(t.id)}
          />
        </li>
      ))}
    </ul>
  );
}
