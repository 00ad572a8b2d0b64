import { waitForOffice, type OfficeLike, type OfficeReadyInfo } from "./office-ready";

function fakeOffice(onReady: () => Promise<OfficeReadyInfo>): OfficeLike {
  return { onReady };
}

describe("waitForOffice", () => {
  afterEach(() => jest.useRealTimers());

  it("reports Excel when Office.onReady resolves with host Excel", async () => {
    await expect(
      waitForOffice(
        1000,
        fakeOffice(() => Promise.resolve({ host: "Excel" }))
      )
    ).resolves.toEqual({ inExcel: true, host: "Excel" });
  });

  it("reports another host as not in Excel", async () => {
    await expect(
      waitForOffice(
        1000,
        fakeOffice(() => Promise.resolve({ host: "Word" }))
      )
    ).resolves.toEqual({ inExcel: false, host: "Word" });
  });

  it("reports a browser tab (onReady resolves with host null) as not in Excel", async () => {
    await expect(
      waitForOffice(
        1000,
        fakeOffice(() => Promise.resolve({ host: null }))
      )
    ).resolves.toEqual({ inExcel: false, host: null });
  });

  it("resolves at once when Office is undefined", async () => {
    await expect(waitForOffice(1000, undefined)).resolves.toEqual({ inExcel: false, host: null });
  });

  it("reads the global Office by default, and copes with it being absent", async () => {
    const global = globalThis as { Office?: OfficeLike };
    expect(global.Office).toBeUndefined();
    await expect(waitForOffice(1000)).resolves.toEqual({ inExcel: false, host: null });
    global.Office = fakeOffice(() => Promise.resolve({ host: "Excel" }));
    try {
      await expect(waitForOffice(1000)).resolves.toEqual({ inExcel: true, host: "Excel" });
    } finally {
      delete global.Office;
    }
  });

  it("gives up after the timeout when onReady never settles", async () => {
    jest.useFakeTimers();
    let settled = false;
    const result = waitForOffice(
      5000,
      fakeOffice(() => new Promise<OfficeReadyInfo>(() => undefined))
    ).then((value) => {
      settled = true;
      return value;
    });
    await jest.advanceTimersByTimeAsync(4999);
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toEqual({ inExcel: false, host: null });
  });

  it("ignores a late onReady after the timeout", async () => {
    jest.useFakeTimers();
    let resolveReady: (info: OfficeReadyInfo) => void = () => undefined;
    const result = waitForOffice(
      100,
      fakeOffice(() => new Promise<OfficeReadyInfo>((resolve) => (resolveReady = resolve)))
    );
    await jest.advanceTimersByTimeAsync(100);
    resolveReady({ host: "Excel" });
    await expect(result).resolves.toEqual({ inExcel: false, host: null });
  });

  it("resolves not-in-Excel when onReady throws or rejects", async () => {
    const throwing = fakeOffice(() => {
      throw new Error("Office.js failed to load its host file");
    });
    await expect(waitForOffice(1000, throwing)).resolves.toEqual({ inExcel: false, host: null });
    await expect(
      waitForOffice(
        1000,
        fakeOffice(() => Promise.reject(new Error("no host")))
      )
    ).resolves.toEqual({ inExcel: false, host: null });
  });

  it("resolves not-in-Excel when the object has no onReady", async () => {
    await expect(waitForOffice(1000, {} as OfficeLike)).resolves.toEqual({
      inExcel: false,
      host: null,
    });
  });
});
