import { isDateFormat, isPercentFormat, serialToDateText } from "./number-format";

describe("isPercentFormat", () => {
  it.each(["0%", "0.0%", "0.00%", "#,##0.0%;[Red]-#,##0.0%"])("%s is a percentage", (f) =>
    expect(isPercentFormat(f)).toBe(true),
  );
  it.each(["General", "0.0", '0.0" %"', "0.0\\%", "#,##0", null, undefined, ""])("%j is not", (f) =>
    expect(isPercentFormat(f)).toBe(false),
  );
});

describe("isDateFormat", () => {
  it.each(["dd/mm/yyyy", "m/d/yy", "d-mmm-yy", "[$-vi-VN]dd/mm/yyyy", "mmmm yyyy", "h:mm", "[h]:mm:ss", "DD/MM/YYYY"])(
    "%s is a date or time",
    (f) => expect(isDateFormat(f)).toBe(true),
  );
  it.each([
    "0.0%",
    "#,##0",
    "General",
    "0.00E+00",
    '#,##0 "ha"',
    '0.0" người"',
    "[Red]#,##0",
    '_(* #,##0_);_(* (#,##0);_(* "-"??_)',
    "#,##0\\ \\d",
    null,
  ])("%j is not", (f) => expect(isDateFormat(f)).toBe(false));
});

describe("serialToDateText", () => {
  it("follows Excel's 1900 date system", () => {
    expect(serialToDateText(1)).toBe("01/01/1900");
    expect(serialToDateText(59)).toBe("28/02/1900");
    expect(serialToDateText(60)).toBe("29/02/1900");
    expect(serialToDateText(61)).toBe("01/03/1900");
    expect(serialToDateText(44927)).toBe("01/01/2023");
    expect(serialToDateText(45839.75)).toBe("01/07/2025"); // time of day dropped;
  });
  it("shows impossible serials as numbers", () => {
    expect(serialToDateText(-3)).toBe("-3");
    expect(serialToDateText(3e9)).toBe("3000000000");
  });
});
