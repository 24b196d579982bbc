/**
 * The demo school itself: its two terms, its catalog (with prerequisite chains, an OR-group, minimum grades
 * and corequisites), which entries are offered in which term, and where each department teaches.
 */
export const FALL = 0;
export const SPRING = 1;

/** The terms, with the suffix their sections' codes carry (CS101-01-FA26). */
export const terms = [
  {
    code: "2026FA",
    name: "Fall 2026",
    starts_on: "2026-08-24",
    ends_on: "2026-12-11",
    registration_opens_at: "2026-04-06T13:00:00.000Z",
    registration_closes_at: "2026-09-18T21:00:00.000Z",
    add_drop_ends_on: "2026-09-04",
    max_credits: 18,
    suffix: "FA26",
  },
  {
    code: "2027SP",
    name: "Spring 2027",
    starts_on: "2027-01-19",
    ends_on: "2027-05-14",
    registration_opens_at: "2026-11-02T14:00:00.000Z",
    registration_closes_at: "2027-02-12T22:00:00.000Z",
    add_drop_ends_on: "2027-01-29",
    max_credits: 18,
    suffix: "SP27",
  },
] as const;

/** How a section meets each week: MWF 50 minutes, TuTh 75, MWF plus a recitation, or one afternoon lab. */
export type Pattern = "MWF" | "TuTh" | "MWF+recitation" | "lab";

export interface Requirement {
  code: string;
  min_grade?: string;
  concurrent?: true;
}

export interface Entry {
  code: string;
  title: string;
  description: string;
  credits: number;
  pattern: Pattern;
  /** An AND of OR-groups, as the catalog API takes them, by code. */
  requires: Requirement[][];
}

export const entries: Entry[] = [
  {
    code: "CS101",
    title: "Introduction to Programming",
    description: "Problem solving with programs: values, functions, loops, lists and testing, in Python.",
    credits: 4,
    pattern: "MWF+recitation",
    requires: [],
  },
  {
    code: "CS201",
    title: "Data Structures",
    description: "Lists, trees, hash tables and graphs; how to choose between them and measure the choice.",
    credits: 4,
    pattern: "MWF",
    requires: [[{ code: "CS101", min_grade: "C" }]],
  },
  {
    code: "CS220",
    title: "Introduction to Databases",
    description: "The relational model, SQL, schema design and transactions.",
    credits: 3,
    pattern: "TuTh",
    requires: [[{ code: "CS101", min_grade: "C" }]],
  },
  {
    code: "CS301",
    title: "Algorithms",
    description:
      "Design and analysis of algorithms: divide and conquer, greedy methods, dynamic programming.",
    credits: 4,
    pattern: "TuTh",
    requires: [[{ code: "CS201", min_grade: "C" }], [{ code: "MATH210" }]],
  },
  {
    code: "MATH101",
    title: "Calculus I",
    description: "Limits, derivatives and their applications, and an introduction to integrals.",
    credits: 4,
    pattern: "MWF+recitation",
    requires: [],
  },
  {
    code: "MATH102",
    title: "Calculus II",
    description: "Techniques and applications of integration, sequences and series.",
    credits: 4,
    pattern: "MWF+recitation",
    requires: [[{ code: "MATH101", min_grade: "C-" }]],
  },
  {
    code: "MATH150",
    title: "Introduction to Statistics",
    description: "Describing data, probability, sampling, estimation and tests of hypotheses.",
    credits: 3,
    pattern: "TuTh",
    requires: [],
  },
  {
    code: "MATH210",
    title: "Discrete Mathematics",
    description: "Logic, proof, sets, counting, relations and graphs, for mathematics and computing.",
    credits: 3,
    pattern: "MWF",
    requires: [[{ code: "MATH101" }, { code: "CS101" }]],
  },
  {
    code: "MATH220",
    title: "Linear Algebra",
    description: "Vectors, matrices, linear maps, determinants and eigenvalues.",
    credits: 3,
    pattern: "TuTh",
    requires: [[{ code: "MATH102", concurrent: true }]],
  },
  {
    code: "PHYS101",
    title: "Physics I: Mechanics",
    description: "Motion, forces, energy and momentum, with calculus.",
    credits: 4,
    pattern: "MWF",
    requires: [[{ code: "MATH101", concurrent: true }]],
  },
  {
    code: "PHYS101L",
    title: "Physics I Laboratory",
    description: "Experiments in mechanics, taken alongside Physics I; graded pass or no pass.",
    credits: 1,
    pattern: "lab",
    requires: [[{ code: "PHYS101", concurrent: true }]],
  },
  {
    code: "PHYS102",
    title: "Physics II: Electricity and Magnetism",
    description: "Electric and magnetic fields, circuits and electromagnetic waves.",
    credits: 4,
    pattern: "MWF",
    requires: [[{ code: "PHYS101", min_grade: "C-" }], [{ code: "MATH102", concurrent: true }]],
  },
  {
    code: "ENGL101",
    title: "Academic Writing",
    description: "Reading closely and writing arguments that use sources well.",
    credits: 3,
    pattern: "TuTh",
    requires: [],
  },
  {
    code: "ENGL210",
    title: "The American Novel",
    description: "Novels from the nineteenth century to today, and the country they describe.",
    credits: 3,
    pattern: "TuTh",
    requires: [[{ code: "ENGL101" }]],
  },
  {
    code: "HIST101",
    title: "World History to 1500",
    description: "Societies, empires and exchanges from the first cities to the fifteenth century.",
    credits: 3,
    pattern: "MWF",
    requires: [],
  },
  {
    code: "HIST102",
    title: "World History since 1500",
    description: "Global connections, revolutions and empires from 1500 to the present.",
    credits: 3,
    pattern: "TuTh",
    requires: [],
  },
  {
    code: "HIST250",
    title: "History of Science and Technology",
    description: "How ideas and instruments changed the world, and the world changed them.",
    credits: 3,
    pattern: "TuTh",
    requires: [[{ code: "HIST101" }, { code: "HIST102" }]],
  },
  {
    code: "ECON101",
    title: "Principles of Microeconomics",
    description: "Markets, prices, consumers and firms, and when markets fail.",
    credits: 3,
    pattern: "MWF",
    requires: [],
  },
  {
    code: "ECON102",
    title: "Principles of Macroeconomics",
    description: "Output, unemployment, inflation, money and economic policy.",
    credits: 3,
    pattern: "TuTh",
    requires: [],
  },
  {
    code: "ECON201",
    title: "Intermediate Microeconomics",
    description: "Consumer and producer theory, market structure and welfare, with calculus.",
    credits: 3,
    pattern: "TuTh",
    requires: [[{ code: "ECON101", min_grade: "B-" }], [{ code: "MATH101" }]],
  },
];

export const entryIndex = new Map(entries.map((entry, index) => [entry.code, index]));

/** The labs that go with an entry: those that require it in the same term. */
export const labsOf = new Map<number, number[]>();
entries.forEach((entry, index) => {
  if (entry.pattern !== "lab") return;
  for (const { code } of entry.requires.flat()) {
    const lecture = entryIndex.get(code) ?? -1;
    labsOf.set(lecture, [...(labsOf.get(lecture) ?? []), index]);
  }
});

/**
 * What is taught when, busiest first: sections are dealt out in this order, one per offering, then a second
 * one per offering, and so on, so the default 40 sections give the first 14 offerings two sections each.
 * Fall has the entries a first-year student can take; Spring follows on from it. CS301 is not offered this year.
 */
export const offerings: [code: string, term: number][] = [
  ["CS101", FALL],
  ["MATH101", FALL],
  ["ENGL101", FALL],
  ["CS201", SPRING],
  ["MATH102", SPRING],
  ["ECON101", FALL],
  ["PHYS101L", FALL],
  ["ENGL210", SPRING],
  ["ECON201", SPRING],
  ["PHYS101", FALL],
  ["CS101", SPRING],
  ["MATH210", SPRING],
  ["HIST101", FALL],
  ["HIST102", SPRING],
  ["MATH150", FALL],
  ["CS220", SPRING],
  ["HIST102", FALL],
  ["HIST250", SPRING],
  ["ECON102", FALL],
  ["ECON102", SPRING],
  ["MATH101", SPRING],
  ["MATH220", SPRING],
  ["ENGL101", SPRING],
  ["MATH150", SPRING],
  ["PHYS102", SPRING],
  ["ECON101", SPRING],
];

/** Where each department teaches. */
export const buildings: Record<string, string> = {
  CS: "ENG",
  MATH: "SCI",
  PHYS: "SCI",
  ENGL: "HUM",
  HIST: "HUM",
  ECON: "SOC",
};
export const departmentOf = (code: string) => code.replace(/\d.*$/, "");
