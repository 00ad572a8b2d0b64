// The task pane: title, language switch, and the pane for the open workbook (or, outside Excel,
// how to open it in Excel).
import {
  Body1,
  Button,
  FluentProvider,
  makeStyles,
  Subtitle2,
  Title3,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useState } from "react";
import { type PaneLanguage, strings } from "../i18n";
import type { WorkbookHost } from "../services";
import type { PaneTheme } from "../theme";
import { Pane } from "./Pane";

export interface AppProps {
  /** The workbook the pane works on; null outside Excel. */
  host: WorkbookHost | null;
  theme: PaneTheme;
  /** The starting language; the user can switch. Default Vietnamese. */
  language?: PaneLanguage;
}

export const PRODUCT_NAME = "Theo dõi chỉ tiêu"; // Commune Target Tracker
export const PRODUCT_NAME_EN = "Commune Target Tracker";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  title: { margin: 0 },
  english: { color: tokens.colorNeutralForeground3, margin: `${tokens.spacingVerticalXXS} 0 0 0` },
  header: { display: "flex", justifyContent: "space-between", alignItems: "flex-start", columnGap: tokens.spacingHorizontalM },
  switch: { display: "flex", columnGap: tokens.spacingHorizontalXS },
});

const LANGUAGES: Array<{ id: PaneLanguage; short: string; name: string }> = [
  { id: "vi", short: "VI", name: "Tiếng Việt" },
  { id: "en", short: "EN", name: "English" },
];

function LanguageSwitch({ value, onChange }: { value: PaneLanguage; onChange: (language: PaneLanguage) => void }) {
  const styles = useStyles();
  return (
    <div role="group" aria-label={strings(value).language} className={styles.switch}>
      {LANGUAGES.map((language) => (
        <Button
          key={language.id}
          size="small"
          appearance={language.id === value ? "primary" : "secondary"}
          aria-pressed={language.id === value}
          aria-label={`${language.short} ${language.name}`}
          lang={language.id}
          onClick={() => onChange(language.id)}
        >
          {language.short}
        </Button>
      ))}
    </div>
  );
}

function OpenInExcel() {
  const styles = useStyles();
  return (
    <section aria-labelledby="open-in-excel">
      <Subtitle2 as="h2" id="open-in-excel">
        Hãy mở trang này trong Excel
      </Subtitle2>
      <Body1 as="p" lang="vi">
        Mở tệp Excel có bảng chỉ tiêu, rồi trên thẻ Trang đầu bấm nút{" "}
        <strong>Theo dõi chỉ tiêu</strong>. Nếu chưa có nút này, hãy thêm phần bổ trợ: Phần bổ trợ →
        Phần bổ trợ của tôi → Tải lên Phần bổ trợ của tôi, chọn tệp manifest.xml.
      </Body1>
      <Body1 as="p" lang="en" className={styles.english}>
        Open this page in Excel: open the workbook with the indicator sheet, then on the Home tab
        select <strong>Target Tracker</strong>. If the button is missing, add the add-in: Add-ins →
        My Add-ins → Upload My Add-in, and choose the manifest.xml file.
      </Body1>
    </section>
  );
}

export function App({ host, theme, language: initialLanguage = "vi" }: AppProps) {
  const styles = useStyles();
  const [language, setLanguage] = useState<PaneLanguage>(initialLanguage);
  return (
    <FluentProvider
      theme={theme === "dark" ? webDarkTheme : webLightTheme}
      className={styles.root}
      data-theme={theme}
      lang={language}
    >
      <header className={styles.header}>
        <div>
          <Title3 as="h1" block className={styles.title}>
            {PRODUCT_NAME}
          </Title3>
          <Body1 as="p" block lang="en" className={styles.english}>
            {PRODUCT_NAME_EN}
          </Body1>
        </div>
        {host ? <LanguageSwitch value={language} onChange={setLanguage} /> : null}
      </header>
      <main>{host ? <Pane host={host} language={language} onLanguageChange={setLanguage} /> : <OpenInExcel />}</main>
    </FluentProvider>
  );
}
