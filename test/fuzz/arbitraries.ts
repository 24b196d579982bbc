import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import type { JsonSchema, Parameter, Route } from "./routes.ts";

const MAX_ID = 2_147_483_647;

/** Values from the seeded database, so that valid-looking requests reach real rows as well as missing ones. */
export interface Pools {
  /** Existing ids by the name of the field or path parameter that holds them (student_id, course_id, …). */
  ids: Record<string, number[]>;
  /** Cursors the app really issued (for other lists and sorts, too). */
  cursors: string[];
  /** Values already taken, by field name (email, code), in other letter cases too: to provoke conflicts. */
  taken: Record<string, string[]>;
}

export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

/** A JSON token written as is: numbers JSON.stringify cannot write (-0, 1e400) and keys it would not keep. */
class RawJson {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
  toString(): string {
    return this.text;
  }
}

const raw = (text: string) => new RawJson(text);

export function toJson(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const members = Object.entries(value).map(([name, item]) => `${JSON.stringify(name)}:${toJson(item)}`);
    return `{${members.join(",")}}`;
  }
  return value === undefined ? "null" : JSON.stringify(value);
}

/** Percent-encodes any string, lone surrogates included (as the bytes a careless client would send). */
export function percentEncode(text: string): string {
  let encoded = "";
  for (const character of text) {
    const code = character.charCodeAt(0);
    if (character.length === 1 && code >= 0xd800 && code <= 0xdfff) {
      const bytes = [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
      encoded += bytes.map((byte) => `%${byte.toString(16).toUpperCase()}`).join("");
    } else {
      encoded += encodeURIComponent(character);
    }
  }
  return encoded;
}

const sqlInjection = [
  "' OR '1'='1",
  "' OR 1=1 --",
  "1; DROP TABLE students; --",
  "Robert'); DROP TABLE students;--",
  '" OR ""="',
  "' UNION SELECT name, sql FROM sqlite_master --",
  "' UNION SELECT table_name FROM information_schema.tables --",
  "1' AND pg_sleep(0) --",
  "%",
  "_",
  "%_%",
  "\\",
  "'",
  "''",
  "`",
  "$1",
  "?",
  ":name",
  "/*",
  "' COLLATE NOCASE --",
  "ESCAPE '\\'",
];

const markupInjection = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '"><svg onload=alert(1)>',
  "javascript:alert(1)",
  "{{7*7}}",
  "${7*7}",
  "<!--",
  "]]>",
  "&lt;&#0;",
];

const awkwardUnicode = [
  "😀",
  "👩‍👩‍👧‍👦",
  "\u202eevil",
  "\u200f\u05d0\u05d1",
  "مرحبا",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "\udfff",
  "x\ud83d",
  "e\u0301\u0301\u0301",
  "Z\u0364\u0354\u0367\u0311\u0313",
  "\ufeff",
  "\u200b",
  "\ufffd",
  "\uffff",
  "\r\n",
  "\t",
  "İ",
  "ß",
  "ﬃ",
  "𝕏",
  "\u3000",
  "\u2028",
];

const specials = [...sqlInjection, ...markupInjection, ...awkwardUnicode];

/** 100k characters of one kind: plain, astral, NUL, accented, lone surrogate, combining mark, space. */
const hugeString = fc
  .constantFrom("a", "😀", "\u0000", "é", "\ud800", "e\u0301", " ")
  .map((unit) => unit.repeat(Math.ceil(100_000 / unit.length)));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...specials) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.constantFrom(...specials, "a", " ", "@", "."), { minLength: 1, maxLength: 6 })
      .map((parts) => parts.join("")),
  },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "   ", "\t\n") },
);

const hostileNumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    0,
    -1,
    -0.5,
    1.5,
    1e308,
    -1e308,
    2 ** 53 + 1,
    2 ** 53,
    2 ** 31,
    MAX_ID,
    -(2 ** 31),
    Number.MAX_SAFE_INTEGER,
    Number.MIN_VALUE,
    1e21,
    1_000_001,
  ),
  // Written as JSON text: -0 and numbers beyond a double, which JSON.stringify cannot produce.
  fc
    .constantFrom(
      "-0",
      "1e400",
      "-1e400",
      "1.0",
      "1E3",
      "9007199254740993",
      "1e-400",
      "123456789012345678901234567890",
    )
    .map(raw),
  fc.double(),
  fc.integer(),
);

/** Anything but what the schema asks for (or, by chance, exactly that: the property holds for both). */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, [1], ["a"], { a: 1 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("5", "1e3", "0x10", "-0", "true", "null", " 7", "NaN", "Infinity"),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(2, 100, 5000).map((depth) => raw("[".repeat(depth) + "]".repeat(depth))),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{"admin":true}}}')
      .map(raw),
  },
);

function idArbitrary(name: string, pools: Pools): fc.Arbitrary<number> {
  const known = pools.ids[name] ?? [];
  const random = [
    { weight: 1, arbitrary: fc.integer({ min: 1, max: MAX_ID }) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 40 }) },
  ];
  return known.length === 0
    ? fc.oneof(...random)
    : fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...known) }, ...random);
}

const isId = (schema: JsonSchema) =>
  schema.type === "integer" && schema.minimum === 1 && schema.maximum === MAX_ID;

/** A value the schema accepts (as far as these keywords go); ids come from the seeded rows or are random. */
export function validValue(schema: JsonSchema, name: string, pools: Pools): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map((member) => validValue(member, name, pools)));
  switch (schema.type) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "integer":
      if (isId(schema)) return idArbitrary(name, pools);
      return fc.integer({ min: schema.minimum ?? -1_000_000, max: schema.maximum ?? 1_000_000 });
    case "number":
      return fc.double({
        min: schema.minimum ?? -1_000_000,
        max: schema.maximum ?? 1_000_000,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case "string":
      return validString(schema, name, pools);
    case "array": {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.min(schema.maxItems ?? minLength + 3, minLength + 3);
      return fc.array(validValue(schema.items ?? {}, name, pools), { minLength, maxLength });
    }
    case "object":
      return validObject(schema, pools);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function validString(schema: JsonSchema, name: string, pools: Pools): fc.Arbitrary<string> {
  const maxLength = schema.maxLength ?? 40;
  const fits = (text: string) => text.length <= maxLength && text.length >= (schema.minLength ?? 0);
  if (name === "cursor" && pools.cursors.length > 0) return fc.constantFrom(...pools.cursors);
  const fresh =
    schema.format === "email"
      ? fc.emailAddress().filter(fits)
      : schema.pattern !== undefined
        ? fc.stringMatching(new RegExp(schema.pattern)).filter(fits)
        : fc.string({ maxLength: Math.min(maxLength, 40) });
  const choices: fc.WeightedArbitrary<string>[] = [{ weight: 3, arbitrary: fresh }];
  const taken = pools.taken[name] ?? [];
  if (taken.length > 0) choices.push({ weight: 1, arbitrary: fc.constantFrom(...taken) });
  // Injection text and awkward characters that the schema lets through reach the service and the database.
  const pattern = schema.pattern === undefined ? undefined : new RegExp(schema.pattern, "u");
  const awkward = specials
    .map((special) => `x${special}y`)
    .filter((text) => fits(text) && schema.format === undefined && (pattern?.test(text) ?? true));
  if (awkward.length > 0) choices.push({ weight: 2, arbitrary: fc.constantFrom(...awkward) });
  return fc.oneof(...choices);
}

function validObject(schema: JsonSchema, pools: Pools): fc.Arbitrary<Record<string, unknown>> {
  const model = Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([name, property]) => [
      name,
      validValue(property, name, pools),
    ]),
  );
  return fc
    .record(model, { requiredKeys: schema.required ?? [] })
    .filter((value) => Object.keys(value).length >= (schema.minProperties ?? 0));
}

const ABSENT = Symbol("absent");

const extraFieldName = fc.oneof(
  fc.constantFrom(
    "extra",
    "id",
    "created_at",
    "sourced_id",
    "enrolled_count",
    "Student_ID",
    "first_name ",
    "",
  ),
  fc.string({ maxLength: 12 }),
);

/**
 * Mostly what the schema asks for, with something wrong somewhere: a field of the wrong type or value, a
 * required field missing, a field the schema does not know, too many items, and so on, down nested objects.
 */
export function fuzzValue(schema: JsonSchema, name: string, pools: Pools, depth = 0): fc.Arbitrary<unknown> {
  if (schema.type === "object" && schema.properties) return fuzzObject(schema, pools, depth);
  if (schema.type === "array" && depth < 3) {
    const item = schema.items ?? {};
    const options: fc.Arbitrary<unknown>[] = [
      fc.array(fuzzValue(item, name, pools, depth + 1), { minLength: 1, maxLength: 3 }),
      fc.constant([]),
    ];
    if (schema.maxItems !== undefined) {
      const tooMany = schema.maxItems + 1;
      options.push(
        validValue(item, name, pools).map((value) => Array.from({ length: tooMany }, () => value)),
      );
    }
    return fc.oneof(
      { weight: 3, arbitrary: options[0] as fc.Arbitrary<unknown> },
      ...options.slice(1),
      hostileValue,
    );
  }
  return fc.oneof(
    { weight: 1, arbitrary: validValue(schema, name, pools) },
    { weight: 2, arbitrary: hostileValue },
  );
}

function fuzzObject(schema: JsonSchema, pools: Pools, depth: number): fc.Arbitrary<unknown> {
  const fields = Object.entries(schema.properties ?? {}).map(([name, property]) => {
    const choices: fc.WeightedArbitrary<unknown>[] = [
      { weight: 5, arbitrary: validValue(property, name, pools) },
      { weight: 2, arbitrary: hostileValue },
      { weight: 1, arbitrary: fc.constant(ABSENT) },
    ];
    if (depth < 3) choices.push({ weight: 1, arbitrary: fuzzValue(property, name, pools, depth + 1) });
    return fc.oneof(...choices).map((value) => [name, value] as const);
  });
  const extras = fc.oneof(
    { weight: 4, arbitrary: fc.constant([]) },
    {
      weight: 1,
      arbitrary: fc.array(fc.tuple(extraFieldName, hostileValue), { minLength: 1, maxLength: 2 }),
    },
  );
  return fc.tuple(fc.tuple(...fields), extras).map(([pairs, extra]) => {
    const value: Record<string, unknown> = {};
    // defineProperty keeps "__proto__" and the like as ordinary own fields.
    for (const [field, item] of [...pairs, ...extra]) {
      if (item !== ABSENT)
        Object.defineProperty(value, field, { value: item, enumerable: true, writable: true });
    }
    return value;
  });
}

interface Body {
  /** undefined: no content-type header at all. */
  contentType: string | undefined;
  payload: string | Buffer | undefined;
}

const malformedJson = [
  "",
  " ",
  "{",
  "}",
  "[",
  '{"a":',
  '{"a":1,}',
  "{'a':1}",
  "{a:1}",
  "nul",
  "undefined",
  "NaN",
  '{"a":1}{"b":2}',
  '{"a":1}]',
  "\ufeff{}",
  '{"a":"\\x"}',
  '{"a":01}',
  '{"a":+1}',
  '{"a":.5}',
  "[]",
  "null",
  "true",
  '"text"',
  "0",
  '{"__proto__":{"x":1}}',
  '{"constructor":{"prototype":{"x":1}}}',
  "\u0000",
  "[".repeat(100_000),
  `{"x":"${"a".repeat(1_100_000)}"}`,
];

const wrongContentTypes = [
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=xyz",
  "application/xml",
  "application/json; charset=utf-16",
  "application/json; charset=latin1",
  "APPLICATION/JSON",
  "application/json-patch+json",
  "application/problem+json",
  "application/jsonx",
  "application/zip",
  "*/*",
  "",
  "application/json, text/plain",
  ";;;",
];

const json = (payload: string): Body => ({ contentType: "application/json", payload });

function jsonBody(schema: JsonSchema, pools: Pools): fc.Arbitrary<Body> {
  const valid = validValue(schema, "body", pools).map(toJson);
  return fc.oneof(
    { weight: 2, arbitrary: valid.map(json) },
    { weight: 6, arbitrary: fuzzValue(schema, "body", pools).map((value) => json(toJson(value))) },
    { weight: 1, arbitrary: hostileValue.map((value) => json(toJson(value))) },
    { weight: 1, arbitrary: fc.constantFrom(...malformedJson).map(json) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom<string | undefined>(...wrongContentTypes, undefined), valid)
        .map(([contentType, payload]) => ({ contentType, payload })),
    },
    {
      weight: 1,
      // Bytes that are not UTF-8 inside a JSON string.
      arbitrary: fc.uint8Array({ minLength: 1, maxLength: 8 }).map((bytes) => ({
        contentType: "application/json",
        payload: Buffer.concat([
          Buffer.from('{"first_name":"'),
          Buffer.from(bytes),
          Buffer.from('\xff"}', "latin1"),
        ]),
      })),
    },
  );
}

/** Zips that are never a OneRoster set (no users, classes or enrollments file), so no import can start. */
const notOneRosterZips = [
  zipSync({ "readme.txt": strToU8("hello") }),
  zipSync({ "../../etc/users.txt": strToU8("x") }),
  zipSync({ "/absolute.txt": strToU8("x") }),
  zipSync({ "dir\\file.txt": strToU8("x") }),
  zipSync({ "zeros.bin": new Uint8Array(2 * 1024 * 1024) }, { level: 9 }),
  zipSync({ "inner.zip": zipSync({ "users.txt": strToU8("x") }) }),
].map((bytes) => Buffer.from(bytes));

function zipBody(): fc.Arbitrary<Body> {
  const zip = (payload: Buffer): Body => ({ contentType: "application/zip", payload });
  return fc.oneof(
    fc.constant(zip(Buffer.alloc(0))),
    fc.uint8Array({ maxLength: 2000 }).map((bytes) => zip(Buffer.from(bytes))),
    fc
      .uint8Array({ maxLength: 200 })
      .map((bytes) => zip(Buffer.concat([Buffer.from("PK\x03\x04", "latin1"), Buffer.from(bytes)]))),
    fc.constantFrom(...notOneRosterZips).map(zip),
    fc
      .tuple(fc.constantFrom(...notOneRosterZips), fc.nat())
      .map(([bytes, cut]) => zip(bytes.subarray(0, cut % bytes.length))),
    fc
      .tuple(
        fc.constantFrom<string | undefined>(...wrongContentTypes, "application/json", undefined),
        hostileString,
      )
      .map(([contentType, payload]) => ({ contentType, payload })),
  );
}

/** GET and DELETE take no body; some clients send one anyway. */
const noBody: fc.Arbitrary<Body> = fc.oneof(
  { weight: 8, arbitrary: fc.constant({ contentType: undefined, payload: undefined }) },
  { weight: 1, arbitrary: fc.constant(json("")) },
  { weight: 1, arbitrary: hostileValue.map((value) => json(toJson(value))) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(...malformedJson.slice(0, 10))
      .map((payload) => ({ contentType: "text/plain", payload })),
  },
);

function bodyFor(route: Route, pools: Pools): fc.Arbitrary<Body> {
  if (!route.body) return noBody;
  if (route.body.contentType === "application/json") return jsonBody(route.body.schema, pools);
  return zipBody();
}

const oddSegments = [
  "../",
  "..",
  "..%2F",
  "%2e%2e",
  "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
  "%00",
  "1%00",
  "1e3",
  "0x10",
  "05",
  "+5",
  "-1",
  "0",
  "-0",
  "1.0",
  "1.5",
  "2147483648",
  "9007199254740993",
  "99999999999999999999",
  "%201",
  "1%20",
  "1;",
  "1,2",
  "[1]",
  "true",
  "null",
  "undefined",
  "NaN",
  "Infinity",
  "%",
  "%zz",
  "%C0%AE",
  "%E2%80%AE1",
  "%ED%A0%80",
  "",
  "1".repeat(5000),
  "9".repeat(120),
  "a".repeat(5000),
];

export const oddSegment: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...oddSegments) },
  { weight: 1, arbitrary: hostileString.map(percentEncode) },
);

function segmentFor(parameter: Parameter, pools: Pools): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: validValue(parameter.schema, parameter.name, pools).map(String) },
    { weight: 3, arbitrary: oddSegment },
  );
}

const oddQueryValues = [
  "1e3",
  "0x10",
  "05",
  "+5",
  "-1",
  "0",
  "-0",
  "1.0",
  "2147483648",
  "9007199254740993",
  "99999999999999999999",
  "",
  " ",
  "TRUE",
  "1",
  "yes",
  "null",
  "[]",
  "{}",
  ",",
  "enrolled,",
  ",enrolled",
  "enrolled,,dropped",
  "ENROLLED",
  "-",
  "--id",
  "-last_name-",
];

/** Written into the query string as they are, not percent-encoded. */
const rawQueryValues = [
  "%",
  "%zz",
  "%E0%A4%A",
  "a&b",
  "a=b",
  "+",
  "%2B",
  "%00",
  "%ff",
  "%C0%80",
  "%ED%A0%80",
  "[]",
];

function tamperedCursors(pools: Pools): fc.Arbitrary<string>[] {
  if (pools.cursors.length === 0) return [];
  const cursor = fc.constantFrom(...pools.cursors);
  return [
    fc.tuple(cursor, cursor).map(([a, b]) => `${a.split(".")[0] ?? ""}.${b.split(".")[1] ?? ""}`),
    cursor.map((value) => `${value}x`),
    cursor.map((value) => value.slice(0, -1)),
    cursor.map((value) => value.replace(".", "..")),
    cursor.map((value) => `${value}.${value}`),
    fc
      .jsonValue({ maxDepth: 2 })
      .map(
        (value) =>
          `${Buffer.from(JSON.stringify(value)).toString("base64url")}.${pools.cursors[0]?.split(".")[1] ?? ""}`,
      ),
  ];
}

/** One query parameter: [key, encoded value] pairs (none when left out, two when repeated). */
function queryPairs(parameter: Parameter, pools: Pools): fc.Arbitrary<[string, string][]> {
  const key = parameter.name;
  const valid = validValue(parameter.schema, key, pools).map((value) => percentEncode(String(value)));
  const odd = fc.oneof(
    fc.constantFrom(...oddQueryValues).map(percentEncode),
    fc.constantFrom(...rawQueryValues),
    hostileString.map(percentEncode),
    ...tamperedCursors(pools).map((cursor) => cursor.map(percentEncode)),
  );
  const one = (name: string, value: string): [string, string][] => [[name, value]];
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant<[string, string][]>([]) },
    { weight: 3, arbitrary: valid.map((value) => one(key, value)) },
    { weight: 2, arbitrary: odd.map((value) => one(key, value)) },
    {
      weight: 1,
      arbitrary: fc.tuple(valid, fc.oneof(valid, odd)).map(([first, second]): [string, string][] => [
        [key, first],
        [key, second],
      ]),
    },
    { weight: 1, arbitrary: fc.constant(one(key, "")) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(`${key}[]`, `${key}[0]`, `${key}[a]`, key.toUpperCase()), valid)
        .map(([name, value]) => one(name, value)),
    },
  );
}

const extraQueryKeys = [
  "extra",
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "__proto__[x]",
  "",
  "%00",
  "a.b",
];

function queryString(route: Route, pools: Pools): fc.Arbitrary<string> {
  const extras = fc.oneof(
    { weight: 6, arbitrary: fc.constant([]) },
    {
      weight: 1,
      arbitrary: fc.array(
        fc.tuple(
          fc.constantFrom(...extraQueryKeys),
          fc.oneof(fc.constant("1"), hostileString.map(percentEncode)),
        ),
        { minLength: 1, maxLength: 2 },
      ),
    },
  );
  return fc
    .tuple(fc.tuple(...route.query.map((parameter) => queryPairs(parameter, pools))), extras)
    .chain(([pairs, extra]) => {
      const all = [...pairs.flat(), ...extra];
      return all.length === 0
        ? fc.constant("")
        : fc
            .shuffledSubarray(all, { minLength: all.length })
            .map((shuffled) => `?${shuffled.map(([name, value]) => `${name}=${value}`).join("&")}`);
    });
}

const idempotencyKeyPool = ["fuzz-key-1", "fuzz-key-2", "fuzz-key-3"];

const badIdempotencyKeys = [
  "",
  " ",
  "a b",
  "x".repeat(256),
  "\t",
  "key\u0001",
  "é",
  // UTF-8 bytes as Node reads them from the wire (latin1).
  Buffer.from("ключ", "utf8").toString("latin1"),
  Buffer.from("😀", "utf8").toString("latin1"),
];

function headersFor(route: Route): fc.Arbitrary<Record<string, string>> {
  const takesKey = route.headers.some((header) => header.name === "idempotency-key");
  const key = takesKey
    ? fc.oneof(
        { weight: 6, arbitrary: fc.constant(undefined) },
        { weight: 2, arbitrary: fc.constantFrom(...idempotencyKeyPool) },
        { weight: 1, arbitrary: fc.stringMatching(/^[\x21-\x7e]{1,40}$/) },
        { weight: 2, arbitrary: fc.constantFrom(...badIdempotencyKeys) },
      )
    : fc.constant(undefined);
  const accept = fc.oneof(
    { weight: 6, arbitrary: fc.constant(undefined) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "text/html",
        "application/xml",
        "*/*",
        "application/problem+json",
        "image/png",
      ),
    },
  );
  return fc.tuple(key, accept).map(([idempotencyKey, acceptValue]) => ({
    ...(idempotencyKey !== undefined && { "idempotency-key": idempotencyKey }),
    ...(acceptValue !== undefined && { accept: acceptValue }),
  }));
}

function withBody(request: Omit<FuzzRequest, "payload">, body: Body): FuzzRequest {
  const headers = {
    ...request.headers,
    ...(body.contentType !== undefined && { "content-type": body.contentType }),
  };
  return { ...request, headers, ...(body.payload !== undefined && { payload: body.payload }) };
}

/** Requests for one route, built from its schemas: valid-looking ones, hostile ones and everything between. */
export function requestFor(route: Route, pools: Pools): fc.Arbitrary<FuzzRequest> {
  const segments = fc.tuple(...route.pathParams.map((parameter) => segmentFor(parameter, pools)));
  return fc
    .record({
      segments,
      query: queryString(route, pools),
      headers: headersFor(route),
      body: bodyFor(route, pools),
    })
    .map(({ segments: values, query, headers, body }) => {
      const byName = new Map(
        route.pathParams.map((parameter, index) => [parameter.name, values[index] ?? ""]),
      );
      const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => byName.get(name) ?? "");
      return withBody({ method: route.method, url: `${path}${query}`, headers }, body);
    });
}

const methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "PROPFIND", "get"];

/** Requests for paths and methods no route serves, and known paths with extra or missing parts. */
export function strayRequest(routes: Route[]): fc.Arbitrary<FuzzRequest> {
  const known = routes.map((route) => route.path.replace(/\{\w+\}/g, "1"));
  const path = fc.oneof(
    fc.constantFrom(...known),
    fc.constantFrom(...known).map((value) => `${value}/`),
    fc.tuple(fc.constantFrom(...known), oddSegment).map(([value, extra]) => `${value}/${extra}`),
    fc.constantFrom(...known).map((value) => value.toUpperCase()),
    fc.constantFrom(...known).map((value) => `/${value}`),
    fc.constantFrom(...known).map((value) => value.replace("/v1/", "/v2/")),
    oddSegment.map((value) => `/api/v1/${value}`),
    oddSegment.map((value) => `/${value}`),
    fc.constantFrom(
      "/",
      "/openapi.json",
      "/docs",
      "/healthz?x=%zz",
      "/readyz?__proto__=1",
      "/api",
      "/api/v1",
      "/%2e%2e/%2e%2e/etc/passwd",
    ),
  );
  return fc
    .record({ method: fc.constantFrom(...methods), path, body: noBody })
    .map(({ method, path: url, body }) => withBody({ method, url, headers: {} }, body));
}
