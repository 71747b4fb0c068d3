import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { TemplateDefinition } from "../../templates/types";
import { PlusGlyph } from "../shell/icons";
import { PaneButton } from "../shell/PaneButton";
import { useTileStyles } from "../shell/tile";
import { useTypography } from "../shell/typography";
import { chartSentence, sensitivitiesSentence } from "./catalogView";

const useStyles = makeStyles({
  featured: { borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}` },
  top: { display: "flex", columnGap: tokens.spacingHorizontalM, alignItems: "flex-start" },
  preview: {
    flexShrink: 0,
    width: "112px",
    height: "70px",
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  text: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  purpose: { color: tokens.colorNeutralForeground2 },
  details: { color: tokens.colorNeutralForeground3 },
  footer: { display: "flex", alignItems: "center", justifyContent: "flex-end", columnGap: tokens.spacingHorizontalS },
});

export type TemplateCardProps = {
  template: TemplateDefinition;
  /** Display names of the sheets the template adds, in order. */
  sheetTitles: string[];
  /** URL of the preview image, relative to the page. */
  previewSrc: string;
  /** "featured" marks the card that inserts the whole model. */
  emphasis?: "normal" | "featured";
  /** "running" while this card's insert runs; "blocked" while any other Excel request runs. */
  activity: "ready" | "running" | "blocked";
  onInsert: () => void;
  /** Status of the last insert of this template (progress, result or error). */
  status?: ReactNode;
  className?: string;
};

/** One template: preview, name, purpose, the sheets it adds, and its Insert button. */
export function TemplateCard(props: TemplateCardProps) {
  const styles = useStyles();
  const tile = useTileStyles();
  const type = useTypography();
  const { template, activity } = props;
  const sheets =
    props.sheetTitles.length === 1 ? `Adds the sheet ${props.sheetTitles[0]}` : `Adds ${props.sheetTitles.length} sheets: ${props.sheetTitles.join(", ")}`;
  const running = activity === "running";
  const sensitivities = sensitivitiesSentence(template);
  return (
    <div className={mergeClasses(tile.tile, props.emphasis === "featured" && styles.featured, props.className)}>
      <div className={styles.top}>
        <img className={styles.preview} src={props.previewSrc} alt={`Preview: ${template.chart}`} width={112} height={70} />
        <div className={styles.text}>
          <h3 className={type.body1Strong} id={`template-${template.id}-title`}>
            {template.title}
          </h3>
          <span className={mergeClasses(type.caption1, styles.purpose)}>{template.purpose}</span>
        </div>
      </div>
      <span className={mergeClasses(type.caption1, styles.details)}>
        {sheets}. {chartSentence(template)}
        {sensitivities && ` ${sensitivities}`}
      </span>
      <div className={styles.footer}>
        <PaneButton
          appearance={props.emphasis === "featured" ? "primary" : "secondary"}
          icon={<PlusGlyph />}
          disabledFocusable={activity !== "ready"}
          aria-label={running ? `Inserting ${template.title}` : `Insert ${template.title}`}
          onClick={props.onInsert}
        >
          {running ? "Inserting…" : "Insert"}
        </PaneButton>
      </div>
      {props.status}
    </div>
  );
}
