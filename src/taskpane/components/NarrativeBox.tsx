// The generated sentences (nhận xét) as a paragraph the user can copy into a report or a message.
// The clipboard API may be refused inside Office; the text is then selected for Ctrl+C.
import { Button, Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useRef, useState } from "react";
import { type PaneLanguage, strings } from "../i18n";

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalXS },
  actions: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
});

export interface NarrativeBoxProps {
  text: string;
  language: PaneLanguage;
}

type CopyState = "idle" | "copied" | "selected";

export function NarrativeBox({ text, language }: NarrativeBoxProps) {
  const styles = useStyles();
  const t = strings(language);
  const area = useRef<HTMLTextAreaElement>(null);
  const statusId = useId();
  const [state, setState] = useState<CopyState>("idle");

  const selectAll = (): void => {
    area.current?.focus();
    area.current?.select();
  };
  const copy = async (): Promise<void> => {
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      selectAll();
      setState("selected");
    }
  };
  return (
    <div className={styles.root}>
      <Field label={t.narrative}>
        <Textarea ref={area} readOnly resize="vertical" rows={4} value={text} onFocus={selectAll} />
      </Field>
      <div className={styles.actions}>
        <Button size="small" aria-describedby={statusId} onClick={() => void copy()}>
          {t.copy}
        </Button>
        <span id={statusId} role="status">
          {state === "copied" ? t.copied : state === "selected" ? t.copySelected : ""}
        </span>
      </div>
    </div>
  );
}
