import { isDateFormat, isPercentFormat, serialToDateText } from "./number-format";

describe("isPercentFormat", () => {
  it.each(["0%", "0.0%", "0.00%", "#,##0.0%;[Red]-#,##0.0%"])("%s is a percentage", (f) =>
    expect(isPercentFormat(f)).toBe(true),
  );
  it.each(["General", "0.0", '0.0" %"', "0.0\\%", "#,##0", null, undefined, ""])("%j is not", (f) =>
    expect(isPercentFormat(f)).toBe(false),
  );
  // A quote or bracket left open runs to the end of the format: what follows is literal.
  it.each(['0.0" %', "0.0[%", '#,##0;"(%'])("%j, with a literal part left open, is not", (f) =>
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
    "General;[Red]-General",
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
    expect(serialToDateText(0)).toBe("0");
    expect(serialToDateText(2958466)).toBe("2958466");
  });
  it("shows the last day Excel can, 31/12/9999", () => {
    expect(serialToDateText(2958465)).toBe("31/12/9999");
  });
});
