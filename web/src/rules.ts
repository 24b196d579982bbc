import type { OverridableRule, Rule } from "./api/client.ts";

/** Each registration rule as a sentence about the refused enrollment; the API's detail says the specifics. */
export const ruleSentences: Record<Rule, string> = {
  "registration-closed": "Registration for this course's term is not open.",
  hold: "The student has an active hold.",
  "prerequisite-not-met": "The student has not met the prerequisites.",
  "time-conflict": "It meets at the same time as another of the student's courses.",
  "credit-limit-exceeded": "It would take the student over their credit limit.",
  "duplicate-catalog-course": "The student already has another section of this course in the term.",
  "course-full": "The course is full. No override can add a seat: join the waitlist, or raise the capacity.",
  "already-enrolled": "The student is already enrolled or waitlisted in this course.",
  "already-completed": "The student has already completed this course.",
};

/** The rules an override may let through, named as in a list ("hold, time conflict"). */
export const overridableRuleNames: Record<OverridableRule, string> = {
  "registration-closed": "registration closed",
  hold: "hold",
  "prerequisite-not-met": "prerequisites not met",
  "time-conflict": "time conflict",
  "credit-limit-exceeded": "credit limit exceeded",
  "duplicate-catalog-course": "another section of the course",
};

export const overridableRules = Object.keys(overridableRuleNames) as OverridableRule[];

export const isOverridable = (rule: string): rule is OverridableRule => rule in overridableRuleNames;

/** Rules as words, for the history's "passed over" events (those name any rule, course-full among them). */
export const ruleList = (rules: readonly string[]): string =>
  rules
    .map((rule) => (isOverridable(rule) ? overridableRuleNames[rule] : rule.replace(/-/g, " ")))
    .join(", ");
