import { useState } from "react";
import type { ImportReport as Report, Reject } from "../api/admin.ts";

type SortKey = "file" | "line" | "column" | "reason";

const compare = (key: SortKey) => (a: Reject, b: Reject) => {
  if (key === "line") return a.line - b.line || a.file.localeCompare(b.file);
  const by = (a[key] ?? "").localeCompare(b[key] ?? "");
  return by || a.file.localeCompare(b.file) || a.line - b.line;
};

/** A CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
const csvField = (value: string | number | null) => {
  const text = value === null ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function rejectsCsv(rejects: Reject[]): string {
  const lines = [["file", "line", "column", "reason"].join(",")];
  for (const { file, line, column, reason } of rejects)
    lines.push([file, line, column, reason].map(csvField).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}

/** What an import did: per file, then every rejected row (sortable, and downloadable as CSV). */
export function ImportReport({ report, id }: { report: Report; id: number }) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: "file", descending: false });
  const rows = [...report.rejects].sort(compare(sort.key));
  if (sort.descending) rows.reverse();
  const outcome = report.dry_run
    ? "Dry run: nothing was written."
    : report.written
      ? "The import was written."
      : "Nothing was written: rows were rejected. Fix them, or import again skipping invalid rows.";
  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.descending ? "descending" : "ascending") : "none"}>
        <button
          type="button"
          className="sort"
          onClick={() => {
            setSort({ key, descending: active && !sort.descending });
          }}
        >
          {label}
          <span aria-hidden="true">{active ? (sort.descending ? " ▼" : " ▲") : ""}</span>
        </button>
      </th>
    );
  };
  return (
    <>
      <section aria-labelledby="summary-title">
        <h2 id="summary-title">Summary</h2>
        <p>
          {outcome} OneRoster {report.oneroster_version}
          {report.waitlisted > 0 && `; ${report.waitlisted} enrollments went on a waitlist`}.
        </p>
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Rows per file</caption>
            <thead>
              <tr>
                <th scope="col">File</th>
                {["Rows", "Created", "Updated", "Unchanged", "Skipped", "Rejected"].map((label) => (
                  <th scope="col" className="numeric" key={label}>
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.files.map((file) => (
                <tr key={file.file}>
                  <th scope="row">
                    {file.file}
                    {file.note && <span className="muted"> · {file.note}</span>}
                  </th>
                  {[file.rows, file.created, file.updated, file.unchanged, file.skipped, file.rejected].map(
                    (count, index) => (
                      <td className="numeric" key={index}>
                        {count}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="rejects-title">
        <h2 id="rejects-title">Rejected rows</h2>
        {rows.length === 0 ? (
          <p className="empty">No row was rejected.</p>
        ) : (
          <>
            <div className="actions">
              <button
                type="button"
                onClick={() => {
                  download(`import-${id}-rejected-rows.csv`, rejectsCsv(report.rejects));
                }}
              >
                Download rejected rows (CSV)
              </button>
              {report.rejects_omitted > 0 && (
                <span className="muted">{report.rejects_omitted} more rejected rows are not listed.</span>
              )}
            </div>
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">Rejected rows</caption>
                <thead>
                  <tr>
                    {header("file", "File")}
                    {header("line", "Line")}
                    {header("column", "Column")}
                    {header("reason", "Reason")}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((reject) => (
                    <tr key={`${reject.file}:${reject.line}:${reject.column ?? ""}:${reject.reason}`}>
                      <td>{reject.file}</td>
                      <td className="numeric">{reject.line}</td>
                      <td>{reject.column ?? "–"}</td>
                      <td>{reject.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    </>
  );
}
