import { makeStyles, tokens } from "@fluentui/react-components";

/** Layout shared by the tabs. */
export const usePaneStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalM,
  },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  plainList: { listStyleType: "none", margin: 0, padding: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  figure: { fontVariantNumeric: "tabular-nums", fontWeight: tokens.fontWeightSemibold },
  cellButton: {
    textAlign: "left",
    justifyContent: "flex-start",
    height: "auto",
    minHeight: "auto",
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    fontWeight: tokens.fontWeightRegular,
  },
});
