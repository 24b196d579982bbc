import { useLocation } from "wouter";
import { useDeleteRecord, useInstructor, useUpdateInstructor } from "../api/calendar.ts";
import type { Instructor } from "../api/client.ts";
import { DeleteRecord } from "../components/DeleteRecord.tsx";
import { PersonForm } from "../components/forms.tsx";
import type { ListState } from "../components/ListPage.tsx";
import { editProps } from "../components/formProps.ts";
import { Details, RecordPage } from "../components/RecordPage.tsx";
import { personName } from "../format.ts";
import { usePageTitle } from "../hooks.ts";

export function InstructorPage({ id }: { id: number }) {
  const remove = useDeleteRecord("instructors", id);
  const query = useInstructor(id, remove.isIdle || remove.isError);
  usePageTitle(query.data ? personName(query.data) : "Instructor");
  return (
    <RecordPage query={query} noun="instructor" list={{ href: "/instructors", label: "Instructors" }}>
      {(instructor) => <InstructorDetails instructor={instructor} remove={remove} />}
    </RecordPage>
  );
}

function InstructorDetails({
  instructor,
  remove,
}: {
  instructor: Instructor;
  remove: ReturnType<typeof useDeleteRecord>;
}) {
  const update = useUpdateInstructor(instructor.id);
  const [, navigate] = useLocation();
  const name = personName(instructor);
  return (
    <Details
      id="instructor-title"
      heading={name}
      editLabel="Edit details"
      form={(close) => (
        <PersonForm
          label="Edit instructor"
          initial={{
            first_name: instructor.first_name,
            last_name: instructor.last_name,
            email: instructor.email,
          }}
          {...editProps(update, instructor, close)}
        />
      )}
      facts={
        <dl className="facts">
          <div>
            <dt>Email</dt>
            <dd className="email">{instructor.email}</dd>
          </div>
          <div>
            <dt>Instructor since</dt>
            <dd>{new Date(instructor.created_at).toLocaleDateString()}</dd>
          </div>
        </dl>
      }
      actions={
        <DeleteRecord
          noun="Instructor"
          id={instructor.id}
          label={name}
          consequence="They are taken off every course they teach."
          mutation={remove}
          onDeleted={() => {
            const state: ListState = { done: `Deleted instructor ${name}.` };
            navigate("/instructors", { replace: true, state });
          }}
        />
      }
    />
  );
}
