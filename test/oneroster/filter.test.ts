import { describe, expect, it } from "vitest";
import { FilterSyntaxError, parseFilter } from "../../src/oneroster-rest/filter.ts";

describe("the OneRoster filter parser", () => {
  it("reads one predicate with each operator, the longest operator first", () => {
    for (const operator of ["=", "!=", ">", ">=", "<", "<=", "~"]) {
      expect(parseFilter(`familyName${operator}'Jones'`)).toEqual({
        predicates: [{ field: "familyName", operator, value: "Jones" }],
        logical: null,
      });
    }
  });

  it("reads two predicates joined by AND or OR, with spaces around operators", () => {
    expect(parseFilter("status = 'active' AND dateLastModified>'2026-12-01T00:00:00Z'")).toEqual({
      predicates: [
        { field: "status", operator: "=", value: "active" },
        { field: "dateLastModified", operator: ">", value: "2026-12-01T00:00:00Z" },
      ],
      logical: "AND",
    });
    expect(parseFilter("role='student' OR role='teacher'").logical).toBe("OR");
  });

  it("reads a doubled quote as one quote, and keeps spaces, AND and operators inside values", () => {
    expect(parseFilter("familyName='O''Brien'").predicates[0].value).toBe("O'Brien");
    expect(parseFilter("title='A AND B >= ''C'''").predicates[0].value).toBe("A AND B >= 'C'");
    expect(parseFilter("title=''").predicates[0].value).toBe("");
  });

  it("reads dotted field names of references", () => {
    expect(parseFilter("class.sourcedId='c-1'").predicates[0].field).toBe("class.sourcedId");
  });

  it.each([
    ["no value", "familyName="],
    ["an unquoted value", "familyName=Jones"],
    ["no closing quote", "familyName='Jones"],
    ["no operator", "familyName 'Jones'"],
    ["no field", "='Jones'"],
    ["three predicates", "a='1' AND b='2' AND c='3'"],
    ["a lower-case joiner", "a='1' and b='2'"],
    ["a joiner without a second predicate", "a='1' AND"],
    ["text after the value", "a='1' b"],
    ["an empty filter", ""],
    ["a double-quoted value", 'a="1"'],
  ])("refuses %s", (_name, text) => {
    expect(() => parseFilter(text)).toThrow(FilterSyntaxError);
  });
});
