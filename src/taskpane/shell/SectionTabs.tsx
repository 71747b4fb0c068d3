// The pane's two sections as WAI-ARIA tabs (arrow keys, Home/End, roving tabindex). Fluent's
// TabList would add about 12 KB gzip (tabster's Mover) to the JavaScript needed before the gallery
// is interactive, for two tabs; this keeps the same look with design tokens. The focus ring is
// written out too: Fluent's createFocusOutlineStyle runs at module load and pulls Griffel's
// `shorthands` object into the first screen (about 10 KB gzip, measured).
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, type KeyboardEvent } from "react";

const useStyles = makeStyles({
  list: { display: "flex", columnGap: tokens.spacingHorizontalXS },
  tab: {
    position: "relative",
    border: "none",
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    cursor: "pointer",
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    "::after": {
      content: '""',
      position: "absolute",
      left: tokens.spacingHorizontalS,
      right: tokens.spacingHorizontalS,
      bottom: 0,
      height: tokens.strokeWidthThicker,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: "transparent",
    },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    "::after": { backgroundColor: tokens.colorCompoundBrandStroke },
  },
  // Keyboard focus only (not on click), like Fluent's own controls; a system colour in forced-colours mode.
  focus: {
    ":focus": { outlineStyle: "none" },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    },
    "@media (forced-colors: active)": { ":focus-visible": { outlineColor: "Highlight" } },
  },
});

export type SectionTab<T extends string> = { value: T; label: string; panelId: string };

export type SectionTabsProps<T extends string> = {
  tabs: SectionTab<T>[];
  selected: T;
  onSelect: (value: T) => void;
  /** Accessible name of the tab list. */
  label: string;
  className?: string;
};

export const tabIdOf = (value: string) => `tab-${value}`;

export function SectionTabs<T extends string>(props: SectionTabsProps<T>) {
  const styles = useStyles();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const count = props.tabs.length;
    const next =
      event.key === "ArrowRight" ? (index + 1) % count
      : event.key === "ArrowLeft" ? (index - 1 + count) % count
      : event.key === "Home" ? 0
      : event.key === "End" ? count - 1
      : undefined;
    if (next === undefined) return;
    event.preventDefault();
    props.onSelect(props.tabs[next].value);
    buttons.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={props.label} className={mergeClasses(styles.list, props.className)}>
      {props.tabs.map((tab, i) => {
        const selected = tab.value === props.selected;
        return (
          <button
            key={tab.value}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            role="tab"
            id={tabIdOf(tab.value)}
            aria-selected={selected}
            aria-controls={tab.panelId}
            tabIndex={selected ? 0 : -1}
            className={mergeClasses(styles.tab, styles.focus, selected && styles.selected)}
            onClick={() => props.onSelect(tab.value)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
