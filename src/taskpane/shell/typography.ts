// Fluent's type ramp (the sizes of Text, Caption1, Subtitle2) as plain classes for the first screen.
// Fluent's Text component carries styles for every size, weight and alignment it offers (about
// 1.7 KB gzip, measured); the gallery uses four of them.
import { makeStyles, tokens, type GriffelStyle } from "@fluentui/react-components";

const base: GriffelStyle = { fontFamily: tokens.fontFamilyBase, marginTop: 0, marginRight: 0, marginBottom: 0, marginLeft: 0 };

export const useTypography = makeStyles({
  /** Caption1: notes, hints, small status lines. */
  caption1: { ...base, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, fontWeight: tokens.fontWeightRegular },
  /** Body1Strong: card titles. */
  body1Strong: { ...base, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold },
  /** Subtitle2: section headings. */
  subtitle2: { ...base, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
});
