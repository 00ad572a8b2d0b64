// The task pane's shell. The lead replaces the body with the real pane later.
import {
  Body1,
  FluentProvider,
  makeStyles,
  Subtitle2,
  Title3,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { PaneTheme } from "../theme";

export interface AppProps {
  inExcel: boolean;
  theme: PaneTheme;
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
  english: { color: tokens.colorNeutralForeground3 },
});

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

export function App({ inExcel, theme }: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider
      theme={theme === "dark" ? webDarkTheme : webLightTheme}
      className={styles.root}
      data-theme={theme}
    >
      <header>
        <Title3 as="h1">{PRODUCT_NAME}</Title3>
        <Body1 as="p" lang="en" className={styles.english}>
          {PRODUCT_NAME_EN}
        </Body1>
      </header>
      {inExcel ? <Body1 as="p">Sẵn sàng. (Ready.)</Body1> : <OpenInExcel />}
    </FluentProvider>
  );
}
