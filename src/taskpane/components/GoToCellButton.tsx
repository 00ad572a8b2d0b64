// "Đến ô" (go to cell): a small button beside an indicator or a problem that selects its cell in Excel.
// Its accessible name says what and where ("Đến ô B12 trang Biểu 01: Hộ nghèo").
import { Button } from "@fluentui/react-components";
import { type PaneLanguage, strings } from "../i18n";

export type GoToCell = (sheet: string, cell: string) => void;

export interface GoToCellButtonProps {
  sheet: string;
  cell: string;
  /** The indicator's name or the problem's message. */
  what: string;
  language: PaneLanguage;
  onGoTo: GoToCell;
}

export function GoToCellButton({ sheet, cell, what, language, onGoTo }: GoToCellButtonProps) {
  const t = strings(language);
  return (
    <Button size="small" appearance="subtle" aria-label={t.goToCellLabel(what, sheet, cell)} onClick={() => onGoTo(sheet, cell)}>
      {t.goToCell}
    </Button>
  );
}
