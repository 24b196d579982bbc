/**
 * npm run registrar -- fixtures <dir> [--students N] [--courses N] [--enrollments N] [--version 1.1|1.2] [--plain]
 * Writes a reproducible OneRoster CSV set of that size (see src/seed/oneroster-fixture.ts).
 */
import { parseArgs } from "node:util";
import { writeOneRosterFixture } from "../seed/oneroster-fixture.ts";
import { failureMessage, wholeNumber } from "./arguments.ts";

export async function fixturesCommand(args: string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        students: { type: "string", default: "200" },
        courses: { type: "string", default: "40" },
        enrollments: { type: "string", default: "800" },
        version: { type: "string", default: "1.2" },
        plain: { type: "boolean", default: false },
      },
    });
    const [directory] = positionals;
    if (directory === undefined || positionals.length > 1) {
      throw new Error(
        "usage: registrar fixtures <dir> [--students N] [--courses N] [--enrollments N] [--version 1.1|1.2]",
      );
    }
    const version = values.version;
    if (version !== "1.1" && version !== "1.2") throw new Error("--version must be 1.1 or 1.2");
    const started = performance.now();
    const written = await writeOneRosterFixture(directory, {
      students: wholeNumber("students", values.students),
      courses: wholeNumber("courses", values.courses),
      enrollments: wholeNumber("enrollments", values.enrollments),
      version,
      plain: values.plain,
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Wrote a OneRoster ${version} set to ${directory} in ${seconds} s: ${written.students} students, ` +
        `${written.courses} classes, ${written.enrollments} student enrollments.`,
    );
    return 0;
  } catch (error) {
    console.error(failureMessage(error));
    return 1;
  }
}
