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

export interface Database {
  students: StudentTable;
  courses: CourseTable;
}

/** A database handle or an open transaction: repositories accept either, so transactions pass through. */
export type Db = Kysely<Database>;
