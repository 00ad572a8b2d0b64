// npm run mutate (scripts/mutate.ts): how it reads its arguments, groups files by folder and scores
// Stryker's report. Stryker itself is not run here (it takes minutes).
import * as path from "path";
import { groupsOf, scoresOf, scoreTable, splitArguments } from "../scripts/mutate";

const repoRoot = path.resolve(__dirname, "..");

describe("npm run mutate", () => {
  it("takes file names relative to where it was typed, and passes options through to Stryker", () => {
    expect(
      splitArguments(
        ["scoring/bands.ts", "--concurrency", "2", "numbers/parse-number-text.ts", "--force"],
        path.join(repoRoot, "src/core"),
      ),
    ).toEqual({
      files: ["src/core/scoring/bands.ts", "src/core/numbers/parse-number-text.ts"],
      options: ["--concurrency", "2", "--force"],
    });
    expect(splitArguments(["--incremental=false", "src/core/table/cell-text.ts"], repoRoot)).toEqual({
      files: ["src/core/table/cell-text.ts"],
      options: ["--incremental=false"],
    });
  });

  it("tries each folder's files against that folder's tests, with its own record", () => {
    expect(
      groupsOf(["src/core/scoring/bands.ts", "src/core/numbers/parse-number-text.ts", "src/core/scoring/flags.ts"]),
    ).toEqual([
      {
        folder: "src/core/numbers",
        mutate: ["src/core/numbers/parse-number-text.ts"],
        tests: ["<rootDir>/src/core/numbers/*.test.ts"],
        name: "core-numbers",
      },
      {
        folder: "src/core/scoring",
        mutate: ["src/core/scoring/bands.ts", "src/core/scoring/flags.ts"],
        tests: ["<rootDir>/src/core/scoring/*.test.ts"],
        name: "core-scoring",
      },
    ]);
  });

  it("scores killed and timed-out mutants over the valid ones; equivalents marked by comment are left out", () => {
    const status = (...statuses: string[]) => ({ mutants: statuses.map((s) => ({ status: s })) });
    const scores = scoresOf({
      files: {
        "src/core/a.ts": status("Killed", "Killed", "Timeout", "Survived", "NoCoverage", "Ignored", "CompileError"),
        "src/core/b.ts": status("Ignored"),
      },
    });
    expect(scores).toEqual([
      { file: "src/core/a.ts", killed: 3, survived: 1, noCoverage: 1, ignored: 1, score: 60 },
      { file: "src/core/b.ts", killed: 0, survived: 0, noCoverage: 0, ignored: 1, score: null },
    ]);
    expect(scoreTable(scores).split("\n")).toEqual([
      "file           score  killed survived no-cov equivalent",
      "src/core/a.ts  60.0%       3        1      1          1",
      "src/core/b.ts    n/a       0        0      0          1",
    ]);
  });
});
