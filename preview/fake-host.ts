// A WorkbookHost over the fake Excel: the same src/excel calls as excelHost(), with the fake's
// request context and requirement sets. Jobs run one after another: the fake has one request context,
// and two jobs interleaving their queued calls and syncs on it would mix (each Excel.run has its own).
import type { FakeExcel } from "../test/support/excel-fake";
import { type WorkbookHost, contextHost } from "../src/taskpane/services";

export function fakeHost(fake: FakeExcel): WorkbookHost {
  let tail: Promise<unknown> = Promise.resolve();
  return contextHost(
    <T>(job: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
      const next = tail.then(() => job(fake.context as unknown as Excel.RequestContext));
      tail = next.catch(() => undefined);
      return next;
    },
    () => fake.api,
  );
}
