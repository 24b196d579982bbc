/**
 * The letter scale, best first (A+ > A > A- > … > D- > F). P (pass) meets any minimum; F and NP meet none.
 */
const letterScale = ["A+", "A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D+", "D", "D-", "F"] as const;

const rankOf = (grade: string): number => letterScale.indexOf(grade as (typeof letterScale)[number]);

/**
 * Whether a completed course's grade meets a prerequisite item's minimum. Without a minimum any passing grade
 * does; a completion recorded without a grade counts as passed, but cannot show that it reached a minimum.
 */
export function meetsMinimum(grade: string | null, minimum: string | null): boolean {
  if (grade === "F" || grade === "NP") return false;
  if (minimum === null) return true;
  if (grade === null) return false;
  if (grade === "P") return true;
  const rank = rankOf(grade);
  return rank !== -1 && rank <= rankOf(minimum);
}
