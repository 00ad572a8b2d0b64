import { MessageBar, MessageBarBody } from "@fluentui/react-components";

/**
 * What writing the summary had to change or skip though it succeeded (text cut to Excel's cell
 * limit, a feature this Excel lacks), as one warning under the success message; nothing when none.
 */
export function WrittenNotes({ notes }: { notes?: string }) {
  if (!notes) return null;
  return (
    <MessageBar layout="multiline" intent="warning">
      <MessageBarBody>{notes}</MessageBarBody>
    </MessageBar>
  );
}
