/** OneRoster zips for the browser tests of the imports page (and its README screenshot). */
import { zipSync } from "fflate";
import { headers } from "../../src/imports/oneroster.ts";

const student = (sourcedId: string, email: string, givenName = "Ada") => ({
  sourcedId,
  role: "student",
  givenName,
  familyName: "Lovelace",
  email,
});

/** CSV text with the given header; each row names only the columns it fills (no value needs quoting). */
export const csvOf = (header: readonly string[], rows: Record<string, string>[]) =>
  [header.join(","), ...rows.map((row) => header.map((name) => row[name] ?? "").join(","))].join("\n") + "\n";

export const zipOf = (files: Record<string, string>) =>
  Buffer.from(
    zipSync(
      Object.fromEntries(Object.entries(files).map(([name, text]) => [name, new TextEncoder().encode(text)])),
    ),
  );

/** A OneRoster 1.1 zip with two good students and two bad rows (lines count the header as line 1). */
export function zipWithBadRows(): Buffer {
  return zipOf({
    "users.csv": csvOf(headers["1.1"]["users.csv"], [
      student("u1", "ada@example.edu"), // line 2
      student("u2", "not-an-email"), // line 3: bad email
      student("u3", "grace@example.edu", "Grace"), // line 4
      student("", "nobody@example.edu"), // line 5: no sourcedId
    ]),
    "classes.csv": csvOf(headers.both["classes.csv"], []),
    "enrollments.csv": csvOf(headers.both["enrollments.csv"], []),
  });
}
