// The confirmation before writing % into the user's own return: what will be written, counted from
// the sheet as it is now, and the offer to replace typed values that disagree (never a formula).
// Loaded on first use (React.lazy in PercentWriteBack), then kept mounted: it closes through `open`.
import {
  Body1,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { PaneLanguage } from "../i18n";
import { writeBackStrings } from "../i18n-write-back";
import type { WriteBackPreview } from "./PercentWriteBack";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface WriteBackDialogProps {
  open: boolean;
  language: PaneLanguage;
  /** What the column holds now: cells to fill, typed values, disagreeing ones, formulas. */
  preview: WriteBackPreview;
  column: string;
  sheet: string;
  onConfirm: (replaceDisagreeing: boolean) => void;
  onClose: () => void;
}

export default function WriteBackDialog({
  open,
  language,
  preview,
  column,
  sheet,
  onConfirm,
  onClose,
}: WriteBackDialogProps) {
  const styles = useStyles();
  const t = writeBackStrings(language);
  const [replace, setReplace] = useState(false);
  const cells = preview.fill + (replace ? preview.disagreeing : 0);
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.dialogTitle}</DialogTitle>
          <DialogContent>
            <Body1 as="p">{t.explain(preview.fill, column, sheet)}</Body1>
            <ul className={styles.list}>
              {preview.typed > 0 ? <li>{t.typed(preview.typed, preview.disagreeing)}</li> : null}
              {preview.formulas > 0 ? <li>{t.formulas(preview.formulas)}</li> : null}
              <li>{t.neverOthers}</li>
              <li>{t.clearsStale}</li>
              <li>{t.colours}</li>
            </ul>
            {preview.disagreeing > 0 ? (
              <Checkbox
                checked={replace}
                onChange={(_, data) => setReplace(data.checked === true)}
                label={t.replaceDisagreeing(preview.disagreeing)}
              />
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={cells === 0} onClick={() => onConfirm(replace)}>
              {t.confirm(cells)}
            </Button>
            <Button appearance="secondary" onClick={onClose}>
              {t.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
