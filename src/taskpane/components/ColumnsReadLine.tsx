// What the reader took for plan, actual, baseline and % on this return, with each header's text, so
// a person can check it at a glance; marked when the choice was uncertain.
import { Badge, Caption1 } from "@fluentui/react-components";
import type { ColumnsRead } from "../../core/columns-read";
import type { PaneLanguage } from "../i18n";

const WORDS = {
  vi: { read: "Đã đọc", check: "Cần kiểm tra" },
  en: { read: "Read as", check: "Please check" },
};

export function ColumnsReadLine({ read, language }: { read: ColumnsRead | undefined; language: PaneLanguage }) {
  if (read === undefined) return null;
  const w = WORDS[language];
  // A div, not a paragraph: the badge's root is a div.
  return (
    <div data-part="columns-read">
      {read.uncertain ? (
        <>
          <Badge appearance="outline" color="warning" size="small">
            {w.check}
          </Badge>{" "}
        </>
      ) : null}
      <Caption1>
        {w.read}: {read.text}
      </Caption1>
    </div>
  );
}
