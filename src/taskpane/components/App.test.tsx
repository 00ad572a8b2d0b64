/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { App } from "./App";

describe("App", () => {
  it("shows the product name in Vietnamese and English", () => {
    render(<App inExcel theme="light" />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Theo dõi chỉ tiêu");
    expect(screen.getByText("Commune Target Tracker")).toBeTruthy();
  });

  it("outside Excel, explains how to open it in Excel, in Vietnamese then English", () => {
    const { container } = render(<App inExcel={false} theme="light" />);
    const vietnamese = container.querySelector('p[lang="vi"]');
    const english = container.querySelector('p[lang="en"] strong')?.closest("p");
    expect(vietnamese?.textContent).toMatch(/thẻ Trang đầu bấm nút Theo dõi chỉ tiêu/);
    expect(english?.textContent).toMatch(/on the Home tab select Target Tracker/);
    expect(
      vietnamese!.compareDocumentPosition(english!) & Node.DOCUMENT_POSITION_FOLLOWING
    ).toBeTruthy();
  });

  it("inside Excel, does not show the how-to-open message", () => {
    render(<App inExcel theme="light" />);
    expect(screen.queryByText(/Hãy mở trang này trong Excel/)).toBeNull();
  });

  it("applies the chosen theme", () => {
    const { container, rerender } = render(<App inExcel theme="dark" />);
    expect(container.querySelector('[data-theme="dark"]')).not.toBeNull();
    rerender(<App inExcel theme="light" />);
    expect(container.querySelector('[data-theme="light"]')).not.toBeNull();
  });
});
