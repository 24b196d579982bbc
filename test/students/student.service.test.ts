import { describe, expect, it } from "vitest";
import { DomainError, type ErrorKind } from "../../src/errors.ts";
import {
  createStudent,
  deleteStudent,
  getStudent,
  listStudents,
  updateStudent,
} from "../../src/students/student.service.ts";
import { freshDb } from "../helpers/database.ts";
import type { StudentCreate } from "../../src/students/student.schema.ts";
import { studentInput } from "../helpers/factories.ts";

const input = (overrides: Partial<StudentCreate> = {}): StudentCreate => {
  const { first_name, last_name, email } = studentInput();
  return { first_name, last_name, email, ...overrides };
};

async function expectDomainError(work: Promise<unknown>, kind: ErrorKind): Promise<DomainError> {
  const error: unknown = await work.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).kind).toBe(kind);
  return error as DomainError;
}

describe("student service", () => {
  it("creates a student with trimmed names and equal timestamps", async () => {
    const db = await freshDb();
    const student = await createStudent(db, {
      first_name: " Ada ",
      last_name: "Lovelace\n",
      email: "a@b.edu",
    });
    expect(student).toMatchObject({ first_name: "Ada", last_name: "Lovelace", email: "a@b.edu" });
    expect(student.updated_at).toBe(student.created_at);
    expect(await getStudent(db, student.id)).toEqual(student);
  });

  it("throws student-not-found from getStudent for an unknown id", async () => {
    const db = await freshDb();
    const error = await expectDomainError(getStudent(db, 42), "student-not-found");
    expect(error.message).toBe("Student 42 does not exist");
  });

  it("throws email-taken from createStudent for a duplicate email in another case", async () => {
    const db = await freshDb();
    await createStudent(db, input({ email: "ada@example.edu" }));
    const error = await expectDomainError(
      createStudent(db, input({ email: "ADA@example.EDU" })),
      "email-taken",
    );
    expect(error.errors).toEqual([{ field: "email", message: "is already taken" }]);
  });

  it("updates only the given fields", async () => {
    const db = await freshDb();
    const student = await createStudent(db, input());
    const updated = await updateStudent(db, student.id, { first_name: "  Grace " });
    expect(updated).toMatchObject({ ...student, first_name: "Grace", updated_at: updated.updated_at });
    expect(updated.updated_at >= student.updated_at).toBe(true);
  });

  it("throws student-not-found from updateStudent for an unknown id", async () => {
    const db = await freshDb();
    await expectDomainError(updateStudent(db, 42, { first_name: "Ada" }), "student-not-found");
  });

  it("throws email-taken from updateStudent for another student's email", async () => {
    const db = await freshDb();
    await createStudent(db, input({ email: "taken@example.edu" }));
    const student = await createStudent(db, input());
    await expectDomainError(updateStudent(db, student.id, { email: "Taken@example.edu" }), "email-taken");
    expect((await getStudent(db, student.id)).email).toBe(student.email);
  });

  it("deletes a student, after which getStudent throws student-not-found", async () => {
    const db = await freshDb();
    const student = await createStudent(db, input());
    await deleteStudent(db, student.id, "tester");
    await expectDomainError(getStudent(db, student.id), "student-not-found");
  });

  it("throws student-not-found from deleteStudent for an unknown id", async () => {
    const db = await freshDb();
    await expectDomainError(deleteStudent(db, 42, "tester"), "student-not-found");
  });

  it("lists students one page at a time", async () => {
    const db = await freshDb();
    for (const last_name of ["Cole", "Abel", "Baum"]) await createStudent(db, input({ last_name }));
    const first = await listStudents(db, { limit: 2, sort: "last_name" });
    expect(first.data.map((student) => student.last_name)).toEqual(["Abel", "Baum"]);
    const second = await listStudents(db, { limit: 2, sort: "last_name", cursor: first.next_cursor ?? "" });
    expect(second).toMatchObject({ data: [{ last_name: "Cole" }], next_cursor: null });
  });

  it("throws validation for a malformed cursor", async () => {
    const db = await freshDb();
    const error = await expectDomainError(
      listStudents(db, { limit: 2, sort: "last_name", cursor: "garbage" }),
      "validation",
    );
    expect(error.errors?.map((each) => each.field)).toEqual(["cursor"]);
  });
});
