import { changedFields } from "../format.ts";

/** What the forms need of a TanStack mutation. */
interface Mutation<Body, Result> {
  mutate: (body: Body, options: { onSuccess: (result: Result) => void }) => void;
  reset: () => void;
  isPending: boolean;
  error: Error | null;
}

/** A form that creates a record, then opens the record's page. */
export function createProps<Body, Result extends { id: number }>(
  create: Mutation<Body, Result>,
  path: string,
  navigate: (to: string) => void,
) {
  return {
    pending: create.isPending,
    error: create.error,
    onSubmit: (fields: Body) => {
      create.mutate(fields, {
        onSuccess: (record) => {
          navigate(`${path}/${record.id}`);
        },
      });
    },
  };
}

/** A form that edits a record: it sends only the fields that changed (nothing if none did), then closes. */
export function editProps<Body extends object>(
  update: Mutation<Partial<Body>, unknown>,
  record: object,
  close: () => void,
) {
  return {
    submitLabel: "Save changes",
    pending: update.isPending,
    error: update.error,
    onCancel: () => {
      update.reset();
      close();
    },
    onSubmit: (fields: Body) => {
      const changed = changedFields(fields, record);
      if (Object.keys(changed).length === 0) close();
      else update.mutate(changed, { onSuccess: close });
    },
  };
}
