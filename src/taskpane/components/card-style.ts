// The look of the pane's boxes (a return, the consolidation, settings, the import): one definition.
// minmax(0, 1fr): a long name or message wraps inside the box instead of widening the pane.
import { type GriffelStyle, tokens } from "@fluentui/react-components";

export const cardStyle: GriffelStyle = {
  display: "grid",
  gridTemplateColumns: "minmax(0, 1fr)",
  rowGap: tokens.spacingVerticalS,
  padding: tokens.spacingHorizontalM,
  border: `1px solid ${tokens.colorNeutralStroke2}`,
  borderRadius: tokens.borderRadiusMedium,
};
