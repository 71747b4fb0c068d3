// The pane's cards (templates, functions): a surface raised from the pane's background. Plain
// styles rather than Fluent's Card, which adds focus-group machinery (≈ 8 KB gzip) these
// non-interactive containers don't need.
import { makeStyles, tokens } from "@fluentui/react-components";

export const useTileStyles = makeStyles({
  tile: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    // Visible in high-contrast modes, where shadows are not drawn.
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
  },
});
