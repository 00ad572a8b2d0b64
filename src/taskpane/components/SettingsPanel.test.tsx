/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { DEFAULT_SETTINGS, type Settings } from "../../core/settings";
import { SettingsPanel } from "./SettingsPanel";

function renderPanel(language: "vi" | "en" = "vi") {
  const onSave = jest.fn<void, [Settings]>();
  render(
    <FluentProvider theme={webLightTheme}>
      <SettingsPanel settings={DEFAULT_SETTINGS} language={language} saving={false} onSave={onSave} />
    </FluentProvider>,
  );
  return onSave;
}

describe("SettingsPanel: band colours and the period", () => {
  it("offers one colour per band, named by the band, starting from the workbook's colours", () => {
    renderPanel();
    const low = screen.getByLabelText("Màu của mức Đạt dưới 50%") as HTMLInputElement;
    expect(low.type).toBe("color");
    expect(low.value).toBe(DEFAULT_SETTINGS.colours.low.toLowerCase());
    expect(screen.getAllByLabelText(/^Màu của mức /)).toHaveLength(5);
  });

  it("saves a changed colour and a period override", () => {
    const onSave = renderPanel();
    fireEvent.change(screen.getByLabelText("Màu của mức Đạt dưới 50%"), { target: { value: "#cc3311" } });
    fireEvent.change(screen.getByLabelText("Kỳ báo cáo ghi trên bản tổng hợp"), { target: { value: "Năm 2023" } });
    fireEvent.click(screen.getByRole("button", { name: "Lưu" }));
    expect(onSave).toHaveBeenCalledTimes(1);
    const saved = onSave.mock.calls[0][0];
    expect(saved.colours).toEqual({ ...DEFAULT_SETTINGS.colours, low: "#CC3311" });
    expect(saved.period).toBe("Năm 2023");
    expect(saved.bands).toEqual(DEFAULT_SETTINGS.bands);
  });

  it("speaks English too", () => {
    renderPanel("en");
    expect(screen.getAllByLabelText(/^Colour of the band /)).toHaveLength(5);
    expect(screen.getByText("Band colours")).toBeTruthy();
  });
});
