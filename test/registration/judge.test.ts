import { describe, expect, it } from "vitest";
import type { Meeting } from "../../src/courses/course.schema.ts";
import type { EnrollmentStatus } from "../../src/db/database.ts";
import { meetsMinimum } from "../../src/registration/grades.ts";
import {
  violationsOf,
  withoutOverridden,
  type Case,
  type Holding,
  type Rule,
  type SectionFacts,
  type TermFacts,
} from "../../src/registration/judge.ts";

const fall: TermFacts = {
  id: 1,
  code: "2026FA",
  starts_on: "2026-08-24",
  ends_on: "2026-12-11",
  registration_opens_at: null,
  registration_closes_at: null,
  add_drop_ends_on: null,
  max_credits: null,
};
const spring: TermFacts = { ...fall, id: 2, code: "2027SP", starts_on: "2027-01-18", ends_on: "2027-05-14" };
const summer: TermFacts = { ...fall, id: 3, code: "2027SU", starts_on: "2027-05-01", ends_on: "2027-07-30" };

let nextId = 100;
function section(fields: Partial<SectionFacts> = {}): SectionFacts {
  const id = ++nextId;
  return {
    id,
    code: `S${id}`,
    term: spring,
    catalog_id: null,
    credits: 3,
    meetings: [],
    capacity: null,
    enrolled_count: 0,
    prerequisites: [],
    ...fields,
  };
}

const meeting = (days: Meeting["days"], starts_at: string, ends_at: string): Meeting => ({
  days,
  starts_at,
  ends_at,
  room: null,
});

const holding = (
  s: SectionFacts,
  status: EnrollmentStatus = "enrolled",
  grade: string | null = null,
): Holding => ({
  section: s,
  status,
  grade,
});

function judge(adding: SectionFacts, fields: Partial<Case> = {}) {
  return violationsOf({
    now: new Date("2027-01-10T12:00:00Z"),
    caller: "staff",
    holds: [],
    max_credits: null,
    schedule: [],
    waitlist: false,
    adding,
    ...fields,
  });
}

/** Where a test is about the rule and its words, not which course it names. */
const anyId = expect.any(Number) as number;

const rulesOf = (violations: { rule: Rule }[]) => violations.map((violation) => violation.rule);

describe("the registration judge", () => {
  it("lets a course with no term, catalog entry, meetings or limit through, as v1 did", () => {
    expect(judge(section({ term: null }))).toEqual([]);
  });

  describe("registration-closed", () => {
    const windowed = (fields: Partial<TermFacts>) => section({ term: { ...spring, ...fields } });

    it("refuses before the window opens and after it closes, for anyone", () => {
      const early = judge(windowed({ registration_opens_at: "2027-01-11T00:00:00.000Z" }));
      expect(early).toEqual([
        {
          rule: "registration-closed",
          course_id: anyId,
          detail: "Registration for 2027SP opens at 2027-01-11T00:00:00.000Z",
        },
      ]);
      expect(rulesOf(judge(windowed({ registration_closes_at: "2027-01-10T11:59:59.999Z" })))).toEqual([
        "registration-closed",
      ]);
      expect(judge(windowed({ registration_opens_at: "2027-01-10T12:00:00.000Z" }))).toEqual([]);
    });

    it("binds students, not staff, to the add/drop deadline (a UTC day)", () => {
      const late = windowed({ add_drop_ends_on: "2027-01-09" });
      expect(rulesOf(judge(late, { caller: "student" }))).toEqual(["registration-closed"]);
      expect(judge(late, { caller: "staff" })).toEqual([]);
      expect(judge(windowed({ add_drop_ends_on: "2027-01-10" }), { caller: "student" })).toEqual([]);
    });
  });

  it("refuses a student with a hold, naming its reason", () => {
    expect(judge(section(), { holds: ["Unpaid fees", "Missing transcript"] })).toEqual([
      { rule: "hold", course_id: anyId, detail: "Hold: Unpaid fees; Missing transcript" },
    ]);
  });

  describe("prerequisite-not-met", () => {
    const cs101 = { catalog_id: 1, code: "CS101", min_grade: null, concurrent: false };
    const math = { catalog_id: 2, code: "MATH101", min_grade: "C", concurrent: false };
    const physics = { catalog_id: 3, code: "PHYS101", min_grade: null, concurrent: true };
    const target = section({ catalog_id: 9, prerequisites: [[cs101], [math, physics]] });
    const of = (catalog_id: number, term: TermFacts | null = fall) => section({ catalog_id, term });

    it("names every unmet group in the detail", () => {
      expect(judge(target)).toEqual([
        {
          rule: "prerequisite-not-met",
          course_id: target.id,
          detail:
            "Requires CS101; Requires one of MATH101 (C or better), PHYS101 (may be taken at the same time)",
        },
      ]);
    });

    it("is met by completed sections with a high enough grade, in any term", () => {
      const schedule = [holding(of(1, null), "completed", "D-"), holding(of(2), "completed", "C")];
      expect(judge(target, { schedule })).toEqual([]);
      const low = [holding(of(1), "completed", "A"), holding(of(2), "completed", "C-")];
      expect(judge(target, { schedule: low })[0]?.detail).toBe(
        "Requires one of MATH101 (C or better), PHYS101 (may be taken at the same time)",
      );
    });

    it("is not met by F, NP, a dropped or a waitlisted earlier section", () => {
      for (const [status, grade] of [
        ["completed", "F"],
        ["completed", "NP"],
        ["dropped", null],
        ["waitlisted", null],
      ] as const) {
        const schedule = [holding(of(1), status, grade), holding(of(2), "completed", "A")];
        expect(rulesOf(judge(target, { schedule }))).toEqual(["prerequisite-not-met"]);
      }
    });

    it("is met by a section in progress in a term that ends before the target's starts", () => {
      const schedule = [holding(of(1, fall)), holding(of(2, fall))];
      expect(judge(target, { schedule })).toEqual([]);
      const overlapping = [holding(of(1, summer)), holding(of(2, fall))];
      expect(
        rulesOf(judge(section({ ...target, id: 999, term: summer }), { schedule: overlapping })),
      ).toEqual(["prerequisite-not-met"]);
    });

    it("is met by a corequisite in the same term, enrolled or waitlisted, only when the item allows it", () => {
      const schedule = [holding(of(1, fall)), holding(of(3, spring), "waitlisted")];
      expect(judge(target, { schedule })).toEqual([]);
      const mathSameTerm = [holding(of(1, fall)), holding(of(2, spring))];
      expect(rulesOf(judge(target, { schedule: mathSameTerm }))).toEqual(["prerequisite-not-met"]);
    });
  });

  describe("time-conflict", () => {
    const monWed9 = meeting(["mon", "wed"], "09:00", "10:15");

    it("finds meetings that share a day and overlap in time, naming the other section", () => {
      const other = section({ code: "CS201-01", meetings: [meeting(["wed", "fri"], "10:00", "11:00")] });
      expect(judge(section({ meetings: [monWed9] }), { schedule: [holding(other, "waitlisted")] })).toEqual([
        {
          rule: "time-conflict",
          course_id: anyId,
          detail: "Meets Wed 09:00–10:15, at the same time as CS201-01 (Wed 10:00–11:00)",
        },
      ]);
    });

    it("allows back-to-back meetings, other days, dropped sections and terms that do not overlap", () => {
      const adding = section({ meetings: [monWed9] });
      const schedule = [
        holding(section({ meetings: [meeting(["mon"], "10:15", "11:00")] })),
        holding(section({ meetings: [meeting(["mon"], "08:00", "09:00")] })),
        holding(section({ meetings: [meeting(["tue", "thu"], "09:00", "10:15")] })),
        holding(section({ meetings: [monWed9] }), "dropped"),
        holding(section({ meetings: [monWed9] }), "completed", "A"),
        holding(section({ meetings: [monWed9], term: fall })),
      ];
      expect(judge(adding, { schedule })).toEqual([]);
    });

    it("counts a partial overlap, a meeting inside another, and a section without a term", () => {
      const adding = section({ meetings: [meeting(["tue"], "13:00", "16:00")] });
      for (const [starts, ends, term] of [
        ["15:59", "17:00", spring],
        ["14:00", "14:30", spring],
        ["12:00", "13:01", null],
      ] as const) {
        const schedule = [holding(section({ meetings: [meeting(["tue"], starts, ends)], term }))];
        expect(rulesOf(judge(adding, { schedule }))).toEqual(["time-conflict"]);
      }
    });
  });

  describe("credit-limit-exceeded", () => {
    const limited = { ...spring, max_credits: 18 };
    const full = Array.from({ length: 5 }, () => holding(section({ term: limited, credits: 3 })));

    it("counts the term's enrolled and waitlisted credits plus this course against the term's limit", () => {
      expect(judge(section({ term: limited, credits: 3 }), { schedule: full })).toEqual([]);
      const over = judge(section({ code: "BIG", term: limited, credits: 4 }), { schedule: full });
      expect(over).toEqual([
        {
          rule: "credit-limit-exceeded",
          course_id: anyId,
          detail: "BIG would bring 2027SP to 19 credits, over the limit of 18",
        },
      ]);
      const withWaitlist = [...full, holding(section({ term: limited, credits: 3 }), "waitlisted")];
      expect(rulesOf(judge(section({ term: limited, credits: 1 }), { schedule: withWaitlist }))).toEqual([
        "credit-limit-exceeded",
      ]);
    });

    it("uses the student's own limit first, and ignores other terms, drops and completions", () => {
      const schedule = [
        ...full,
        holding(section({ term: fall, credits: 12 })),
        holding(section({ term: limited, credits: 6 }), "dropped"),
        holding(section({ term: limited, credits: 6 }), "completed", "A"),
      ];
      expect(judge(section({ term: limited, credits: 3 }), { schedule })).toEqual([]);
      expect(rulesOf(judge(section({ term: limited, credits: 3 }), { schedule, max_credits: 17 }))).toEqual([
        "credit-limit-exceeded",
      ]);
      expect(judge(section({ term: limited, credits: 6 }), { schedule, max_credits: 21 })).toEqual([]);
    });
  });

  it("refuses a second section of one catalog entry in the same term (duplicate-catalog-course)", () => {
    const first = section({ code: "CS101-01", catalog_id: 5 });
    const violations = judge(section({ catalog_id: 5 }), { schedule: [holding(first)] });
    expect(violations).toEqual([
      {
        rule: "duplicate-catalog-course",
        course_id: anyId,
        detail: "Already enrolled in CS101-01, another section of the same course this term",
      },
    ]);
    expect(judge(section({ catalog_id: 5, term: fall }), { schedule: [holding(first)] })).toEqual([]);
    expect(judge(section({ catalog_id: 5 }), { schedule: [holding(first, "dropped")] })).toEqual([]);
  });

  it("reports a full course unless the student asks for the waitlist", () => {
    const full = section({ capacity: 2, enrolled_count: 2 });
    expect(rulesOf(judge(full))).toEqual(["course-full"]);
    expect(judge(full, { waitlist: true })).toEqual([]);
  });

  it("reports an enrollment the student already holds, and lets a dropped one be taken again", () => {
    const course = section();
    expect(rulesOf(judge(course, { schedule: [holding(course, "waitlisted")] }))).toEqual([
      "already-enrolled",
    ]);
    expect(rulesOf(judge(course, { schedule: [holding(course, "completed", "B")] }))).toEqual([
      "already-completed",
    ]);
    expect(judge(course, { schedule: [holding(course, "dropped")] })).toEqual([]);
  });

  it("reports every rule broken at once, in the contract's order", () => {
    const other = section({ catalog_id: 7, meetings: [meeting(["fri"], "09:00", "10:00")], credits: 17 });
    const adding = section({
      catalog_id: 7,
      meetings: [meeting(["fri"], "09:30", "10:30")],
      capacity: 0,
      term: { ...spring, max_credits: 18, registration_closes_at: "2027-01-01T00:00:00.000Z" },
      prerequisites: [[{ catalog_id: 1, code: "CS101", min_grade: null, concurrent: false }]],
    });
    expect(rulesOf(judge(adding, { schedule: [holding(other)], holds: ["Fees"] }))).toEqual([
      "registration-closed",
      "hold",
      "prerequisite-not-met",
      "time-conflict",
      "credit-limit-exceeded",
      "duplicate-catalog-course",
      "course-full",
    ]);
  });

  it("lets overridden rules through, but never a full course, and says which overrides were used", () => {
    const adding = section({
      capacity: 1,
      enrolled_count: 1,
      prerequisites: [[{ catalog_id: 1, code: "CS101", min_grade: null, concurrent: false }]],
    });
    const grants = [
      { id: 1, rules: ["prerequisite-not-met", "hold"] },
      { id: 2, rules: ["time-conflict"] },
      { id: 3, rules: ["course-full"] },
    ];
    const { remaining, used } = withoutOverridden(judge(adding, { holds: ["Fees"] }), grants);
    expect(rulesOf(remaining)).toEqual(["course-full"]);
    expect(used.map((grant) => grant.id)).toEqual([1]);
  });
});

describe("grades against a minimum", () => {
  it.each([
    ["A+", "A", true],
    ["A", "A", true],
    ["A-", "A", false],
    ["B+", "C", true],
    ["D-", "D-", true],
    ["D-", null, true],
    ["F", null, false],
    ["NP", null, false],
    ["P", "A+", true],
    ["P", null, true],
    [null, null, true],
    [null, "D-", false],
  ] as const)("%s meets %s: %s", (grade, minimum, meets) => {
    expect(meetsMinimum(grade, minimum)).toBe(meets);
  });
});
