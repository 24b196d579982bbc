import type { Generated, Kysely } from "kysely";

export interface StudentTable {
  id: Generated<number>;
  first_name: string;
  last_name: string;
  email: string;
  created_at: string;
  updated_at: string;
}

export interface CourseTable {
  id: Generated<number>;
  code: string;
  title: string;
  description: string | null;
  credits: number | null;
  capacity: number | null;
  created_at: string;
  updated_at: string;
}

export const enrollmentStatuses = ["enrolled", "waitlisted", "dropped", "completed"] as const;
export type EnrollmentStatus = (typeof enrollmentStatuses)[number];

/** The junction table behind a student's courses and a course's students. */
export interface StudentCourseTable {
  student_id: number;
  course_id: number;
  status: EnrollmentStatus;
  enrolled_at: string;
  updated_at: string;
  /** Increases with every arrival on a course's waitlist; null unless waitlisted. */
  waitlist_order: number | null;
}

export interface Database {
  students: StudentTable;
  courses: CourseTable;
  student_courses: StudentCourseTable;
}

/** A database handle or an open transaction: repositories accept either, so transactions pass through. */
export type Db = Kysely<Database>;
