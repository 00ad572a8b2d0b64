// A WorkbookHost over the fake Excel: the same src/excel calls as excelHost(), with the fake's
// request context and requirement sets.
import type { FakeExcel } from "../test/support/excel-fake";
import { type WorkbookHost, contextHost } from "../src/taskpane/services";

export function fakeHost(fake: FakeExcel): WorkbookHost {
  return contextHost(
    (job) => job(fake.context as unknown as Excel.RequestContext),
    () => fake.api,
  );
}
