// The confirmation before writing % into the user's own return: what will be written, and the
// promise that nothing else is touched. Loaded on first use (React.lazy in PercentWriteBack).
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { PaneLanguage } from "../i18n";
import { writeBackStrings } from "../i18n-write-back";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface WriteBackDialogProps {
  language: PaneLanguage;
  /** What will be written, in words: how many cells at most, which column, which sheet. */
  explain: string;
  onConfirm: () => void;
  onClose: () => void;
}

export default function WriteBackDialog({ language, explain, onConfirm, onClose }: WriteBackDialogProps) {
  const styles = useStyles();
  const t = writeBackStrings(language);
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.dialogTitle}</DialogTitle>
          <DialogContent>
            <Body1 as="p">{explain}</Body1>
            <ul className={styles.list}>
              <li>{t.onlyEmpty}</li>
              <li>{t.neverOthers}</li>
              <li>{t.clearsStale}</li>
              <li>{t.colours}</li>
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {t.confirm}
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
