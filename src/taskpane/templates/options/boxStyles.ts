// The look of Fluent's Input and Select (outline appearance, medium size), written with Fluent's
// design tokens for native <input> and <select> elements. The native elements keep the pane's
// first screen light (Fluent's SpinButton, Select and Field together cost about 10 KB gzip,
// measured) and bring their own roles and keyboard behaviour.
import { makeStyles, tokens } from "@fluentui/react-components";

export const useBoxStyles = makeStyles({
  box: {
    boxSizing: "border-box",
    width: "100%",
    minWidth: 0,
    height: "32px",
    margin: 0,
    paddingLeft: tokens.spacingHorizontalMNudge,
    paddingRight: tokens.spacingHorizontalXXS,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    ":hover": {
      borderTopColor: tokens.colorNeutralStroke1Hover,
      borderRightColor: tokens.colorNeutralStroke1Hover,
      borderLeftColor: tokens.colorNeutralStroke1Hover,
      borderBottomColor: tokens.colorNeutralStrokeAccessibleHover,
    },
    // Fluent marks the focused box with a brand-coloured bottom edge.
    ":focus": {
      outlineStyle: "none",
      borderBottomColor: tokens.colorCompoundBrandStroke,
      boxShadow: `inset 0 -${tokens.strokeWidthThin} 0 ${tokens.colorCompoundBrandStroke}`,
    },
    // Shadows and custom colours are not drawn in forced-colours (high-contrast) mode.
    "@media (forced-colors: active)": { ":focus": { outline: `${tokens.strokeWidthThick} solid Highlight` } },
  },
});
