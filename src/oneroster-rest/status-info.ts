/**
 * OneRoster's error payload, imsx_StatusInfoDType (REST binding, Appendix B). The provider answers every
 * failure on its routes in this shape, never as Registrar's problem+json, because OneRoster consumers parse it.
 */
export type CodeMinor =
  | "invalid_filter_field"
  | "invalid_selection_field"
  | "invaliddata"
  | "unauthorisedrequest"
  | "forbidden"
  | "server_busy"
  | "unknownobject"
  | "internal_server_error";

export interface StatusInfo {
  imsx_codeMajor: "failure";
  imsx_severity: "error";
  imsx_description: string;
  imsx_CodeMinor: {
    imsx_codeMinorField: [{ imsx_codeMinorFieldName: string; imsx_codeMinorFieldValue: CodeMinor }];
  };
}

export class OneRosterError extends Error {
  readonly status: number;
  readonly codeMinor: CodeMinor;
  constructor(status: number, codeMinor: CodeMinor, message: string) {
    super(message);
    this.status = status;
    this.codeMinor = codeMinor;
  }
}

export const statusInfo = (codeMinor: CodeMinor, description: string): StatusInfo => ({
  imsx_codeMajor: "failure",
  imsx_severity: "error",
  imsx_description: description,
  imsx_CodeMinor: {
    imsx_codeMinorField: [
      { imsx_codeMinorFieldName: "TargetEndSystem", imsx_codeMinorFieldValue: codeMinor },
    ],
  },
});

export const unknownObject = (what: string, sourcedId: string) =>
  new OneRosterError(404, "unknownobject", `Unknown Object: no ${what} has the sourcedId ${sourcedId}`);
