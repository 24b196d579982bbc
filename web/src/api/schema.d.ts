/**
 * Generated from the API's OpenAPI document by `npm run api:types` (scripts/api-types.ts).
 * Do not edit: change the TypeBox schemas in src/ and regenerate.
 */

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ready";
                        };
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/students": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List students */
        get: {
            parameters: {
                query: {
                    /** @description Page size */
                    limit: number;
                    /** @description Opaque cursor from a previous page's next_cursor */
                    cursor?: string;
                    /** @description Case-insensitive search */
                    q?: string & unknown;
                    /** @description Sort field; prefix with - for descending. Ties break by id. */
                    sort: "last_name" | "-last_name" | "first_name" | "-first_name" | "email" | "-email" | "created_at" | "-created_at" | "id" | "-id";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StudentPage"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a student */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the first response to this key is replayed (see the API description) */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Given name; stored trimmed */
                        first_name: string & unknown;
                        /** @description Family name; stored trimmed */
                        last_name: string & unknown;
                        /**
                         * Format: email
                         * @description Unique without regard to letter case
                         */
                        email: string;
                        /** @description The most credits this student may take in a term (> 0), above or below the term's; null: the term's */
                        max_credits?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Student"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                409: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                413: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/students/{student_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a student */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A positive integer id */
                    student_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Student"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a student */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A positive integer id */
                    student_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change some of a student's fields */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the first response to this key is replayed (see the API description) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description A positive integer id */
                    student_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Given name; stored trimmed */
                        first_name?: string & unknown;
                        /** @description Family name; stored trimmed */
                        last_name?: string & unknown;
                        /**
                         * Format: email
                         * @description Unique without regard to letter case
                         */
                        email?: string;
                        /** @description The most credits this student may take in a term (> 0), above or below the term's; null: the term's */
                        max_credits?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Student"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                409: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                413: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List courses */
        get: {
            parameters: {
                query: {
                    /** @description Page size */
                    limit: number;
                    /** @description Opaque cursor from a previous page's next_cursor */
                    cursor?: string;
                    /** @description Case-insensitive search */
                    q?: string & unknown;
                    /** @description Sort field; prefix with - for descending. Ties break by id. */
                    sort: "code" | "-code" | "title" | "-title" | "created_at" | "-created_at" | "id" | "-id";
                    /** @description Only the courses of this term */
                    term_id?: number;
                    /** @description Only the sections of this catalog entry */
                    catalog_id?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CoursePage"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a course */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the first response to this key is replayed (see the API description) */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Course code, unique without regard to letter case; stored trimmed */
                        code: string & unknown;
                        /** @description Course title; stored trimmed */
                        title: string & unknown;
                        /** @description Free text, or null */
                        description?: (string & unknown) | null;
                        /** @description Credit value (≥ 0), or null: then the catalog entry's credits are the course's */
                        credits?: number | null;
                        /** @description Seats (≥ 0); null means unlimited */
                        capacity?: number | null;
                        /** @description An existing term, or null for none */
                        term_id?: number | null;
                        /** @description An existing catalog entry, or null for none */
                        catalog_id?: number | null;
                        /** @description 0 to 10 weekly meetings */
                        meetings?: {
                            /** @description mon … sun, each at most once (answered in week order) */
                            days: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                            /** @description Start, HH:MM (24-hour) */
                            starts_at: string;
                            /** @description End, HH:MM (24-hour); after starts_at */
                            ends_at: string;
                            /** @description Where it meets (up to 64 characters), or null */
                            room?: (string & unknown) | null;
                        }[];
                        /** @description Up to 20 existing instructors, none twice; replaces the list */
                        instructor_ids?: number[];
                    };
                };
            };
            responses: {
                /** @description A course students enroll in: OneRoster's class, a section of a catalog entry. credits is the course's own, or when it has none (null), its catalog entry's. */
                201: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Course"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                409: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                413: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses/{course_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a course */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A positive integer id */
                    course_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A course students enroll in: OneRoster's class, a section of a catalog entry. credits is the course's own, or when it has none (null), its catalog entry's. */
                200: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Course"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a course
         * @description A course with enrolled or waitlisted students is only deleted with ?force=true, which removes those enrollments too (409 course-has-enrollments otherwise). Dropped and completed enrollments are removed with the course.
         */
        delete: {
            parameters: {
                query: {
                    /** @description Also remove enrolled and waitlisted students */
                    force: boolean;
                };
                header?: never;
                path: {
                    /** @description A positive integer id */
                    course_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                409: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change some of a course's fields */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the first response to this key is replayed (see the API description) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description A positive integer id */
                    course_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Course code, unique without regard to letter case; stored trimmed */
                        code?: string & unknown;
                        /** @description Course title; stored trimmed */
                        title?: string & unknown;
                        /** @description Free text, or null */
                        description?: (string & unknown) | null;
                        /** @description Credit value (≥ 0), or null: then the catalog entry's credits are the course's */
                        credits?: number | null;
                        /** @description Seats (≥ 0); null means unlimited */
                        capacity?: number | null;
                        /** @description An existing term, or null for none */
                        term_id?: number | null;
                        /** @description An existing catalog entry, or null for none */
                        catalog_id?: number | null;
                        /** @description 0 to 10 weekly meetings */
                        meetings?: {
                            /** @description mon … sun, each at most once (answered in week order) */
                            days: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                            /** @description Start, HH:MM (24-hour) */
                            starts_at: string;
                            /** @description End, HH:MM (24-hour); after starts_at */
                            ends_at: string;
                            /** @description Where it meets (up to 64 characters), or null */
                            room?: (string & unknown) | null;
                        }[];
                        /** @description Up to 20 existing instructors, none twice; replaces the list */
                        instructor_ids?: number[];
                    };
                };
            };
            responses: {
                /** @description A course students enroll in: OneRoster's class, a section of a catalog entry. credits is the course's own, or when it has none (null), its catalog entry's. */
                200: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Course"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                409: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                413: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List terms
         * @description q searches code and name; sorted by starts_on unless sort says otherwise.
         */
        get: {
            parameters: {
                query: {
                    /** @description Page size */
                    limit: number;
                    /** @description Opaque cursor from a previous page's next_cursor */
                    cursor?: string;
                    /** @description Case-insensitive search */
                    q?: string & unknown;
                    /** @description Sort field; prefix with - for descending. Ties break by id. */
                    sort: "starts_on" | "-starts_on" | "code" | "-code" | "name" | "-name" | "id" | "-id";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TermPage"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a term
         * @description ends_on may not be before starts_on, add_drop_ends_on not after ends_on, and registration_closes_at must be after registration_opens_at (400 naming the field). Timestamps are stored in UTC.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the first response to this key is replayed (see the API description) */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Term code (e.g. 2027SP), unique without regard to letter case; stored trimmed */
                        code: string & unknown;
                        /** @description Name (e.g. Spring 2027); stored trimmed */
                        name: string & unknown;
                        /**
                         * Format: date
                         * @description A date, YYYY-MM-DD
                         */
                        starts_on: string;
                        /**
                         * Format: date
                         * @description The last day of the term; not before starts_on
                         */
                        ends_on: string;
                        /** @description When students may start registering; null: no lower bound */
                        registration_opens_at?: string | null;
                        /** @description When registration closes; after registration_opens_at; null: no upper bound */
                        registration_closes_at?: string | null;
                        /** @description The last day students may add or drop on their own (staff still may); not after ends_on; null: none */
                        add_drop_ends_on?: string | null;
                        /** @description The most credits a student may take in the term (> 0); null: no limit */
                        max_credits?: number | null;
                    };
                };
            };
            responses: {
                /** @description An academic term. Courses (sections) belong to at most one term; a term with courses cannot be deleted. */
                201: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Term"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                409: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                413: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/terms/{term_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a term */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A positive integer id */
                    term_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An academic term. Courses (sections) belong to at most one term; a term with courses cannot be deleted. */
                200: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Term"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a term
         * @description Only a term that no course belongs to (409 term-has-courses otherwise).
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A positive integer id */
                    term_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                409: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change some of a term's fields
         * @description The rules between the dates apply to the term as it would be after the change.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the first response to this key is replayed (see the API description) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description A positive integer id */
                    term_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Term code (e.g. 2027SP), unique without regard to letter case; stored trimmed */
                        code?: string & unknown;
                        /** @description Name (e.g. Spring 2027); stored trimmed */
                        name?: string & unknown;
                        /**
                         * Format: date
                         * @description A date, YYYY-MM-DD
                         */
                        starts_on?: string;
                        /**
                         * Format: date
                         * @description The last day of the term; not before starts_on
                         */
                        ends_on?: string;
                        /** @description When students may start registering; null: no lower bound */
                        registration_opens_at?: string | null;
                        /** @description When registration closes; after registration_opens_at; null: no upper bound */
                        registration_closes_at?: string | null;
                        /** @description The last day students may add or drop on their own (staff still may); not after ends_on; null: none */
                        add_drop_ends_on?: string | null;
                        /** @description The most credits a student may take in the term (> 0); null: no limit */
                        max_credits?: number | null;
                    };
                };
            };
            responses: {
                /** @description An academic term. Courses (sections) belong to at most one term; a term with courses cannot be deleted. */
                200: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Term"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                409: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                413: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the catalog
         * @description q searches code and title; sorted by code unless sort says otherwise.
         */
        get: {
            parameters: {
                query: {
                    /** @description Page size */
                    limit: number;
                    /** @description Opaque cursor from a previous page's next_cursor */
                    cursor?: string;
                    /** @description Case-insensitive search */
                    q?: string & unknown;
                    /** @description Sort field; prefix with - for descending. Ties break by id. */
                    sort: "code" | "-code" | "title" | "-title" | "created_at" | "-created_at" | "id" | "-id";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CatalogEntryPage"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a catalog entry
         * @description Every catalog_id in prerequisites must exist (400 naming the item otherwise), and none twice in a group.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the first response to this key is replayed (see the API description) */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Catalog code (e.g. CS201), unique without regard to letter case; stored trimmed */
                        code: string & unknown;
                        /** @description Title; stored trimmed */
                        title: string & unknown;
                        /** @description Free text, or null */
                        description?: (string & unknown) | null;
                        /** @description Credit value (≥ 0), or null; the credits of its sections that have none of their own */
                        credits?: number | null;
                        /** @description An AND of OR-groups: every inner list must be met by one of its items. An item is met by a completed section of that catalog entry with at least min_grade (any passing grade without one; P meets any minimum, F and NP none), by an enrolled section of it in a term that ends before the target section's term starts, and, when concurrent, by an enrolled or waitlisted section of it in the same term. An entry may not require itself, directly or through others (400 prerequisite-cycle). Up to 10 groups; [] for none. */
                        prerequisites?: {
                            /**
                             * Format: int32
                             * @description A positive integer id
                             */
                            catalog_id: number;
                            /** @description The lowest grade that meets the item (A+ > A > A- > … > D-); P meets any minimum */
                            min_grade?: string;
                            /** @description true: an enrolled or waitlisted section of it in the same term also meets it (a corequisite) */
                            concurrent?: boolean;
                        }[][];
                    };
                };
            };
            responses: {
                /** @description What courses are sections of (OneRoster's course; a Registrar course is its class) */
                201: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CatalogEntry"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                409: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                413: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/{catalog_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a catalog entry */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A positive integer id */
                    catalog_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description What courses are sections of (OneRoster's course; a Registrar course is its class) */
                200: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CatalogEntry"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a catalog entry
         * @description Only an entry that no course is a section of (409 catalog-has-courses) and that no other entry requires (409 catalog-is-required).
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A positive integer id */
                    catalog_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                409: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change some of a catalog entry's fields
         * @description prerequisites replaces the whole expression ([] removes it). An entry may not come to require itself, directly or through others: 400 prerequisite-cycle, whose detail shows the path.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the first response to this key is replayed (see the API description) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description A positive integer id */
                    catalog_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Catalog code (e.g. CS201), unique without regard to letter case; stored trimmed */
                        code?: string & unknown;
                        /** @description Title; stored trimmed */
                        title?: string & unknown;
                        /** @description Free text, or null */
                        description?: (string & unknown) | null;
                        /** @description Credit value (≥ 0), or null; the credits of its sections that have none of their own */
                        credits?: number | null;
                        /** @description An AND of OR-groups: every inner list must be met by one of its items. An item is met by a completed section of that catalog entry with at least min_grade (any passing grade without one; P meets any minimum, F and NP none), by an enrolled section of it in a term that ends before the target section's term starts, and, when concurrent, by an enrolled or waitlisted section of it in the same term. An entry may not require itself, directly or through others (400 prerequisite-cycle). Up to 10 groups; [] for none. */
                        prerequisites?: {
                            /**
                             * Format: int32
                             * @description A positive integer id
                             */
                            catalog_id: number;
                            /** @description The lowest grade that meets the item (A+ > A > A- > … > D-); P meets any minimum */
                            min_grade?: string;
                            /** @description true: an enrolled or waitlisted section of it in the same term also meets it (a corequisite) */
                            concurrent?: boolean;
                        }[][];
                    };
                };
            };
            responses: {
                /** @description What courses are sections of (OneRoster's course; a Registrar course is its class) */
                200: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CatalogEntry"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                409: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                413: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/instructors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List instructors
         * @description q searches names and email; sorted by last name unless sort says otherwise. A student caller gets each instructor without email, and q searches names only. (sort by email is 400 for a student).
         */
        get: {
            parameters: {
                query: {
                    /** @description Page size */
                    limit: number;
                    /** @description Opaque cursor from a previous page's next_cursor */
                    cursor?: string;
                    /** @description Case-insensitive search */
                    q?: string & unknown;
                    /** @description Sort field; prefix with - for descending. Ties break by id. */
                    sort: "last_name" | "-last_name" | "first_name" | "-first_name" | "email" | "-email" | "created_at" | "-created_at" | "id" | "-id";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InstructorPage"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an instructor
         * @description Emails are unique among instructors, without regard to letter case (409 email-taken).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the first response to this key is replayed (see the API description) */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Given name; stored trimmed */
                        first_name: string & unknown;
                        /** @description Family name; stored trimmed */
                        last_name: string & unknown;
                        /**
                         * Format: email
                         * @description Unique without regard to letter case
                         */
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Someone who teaches courses (a OneRoster user with the role teacher) */
                201: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Instructor"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                409: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                413: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/instructors/{instructor_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an instructor
         * @description A student caller gets the instructor without email.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A positive integer id */
                    instructor_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Someone who teaches courses (a OneRoster user with the role teacher) */
                200: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Instructor"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete an instructor
         * @description Takes them off every course they teach (those courses' updated_at moves).
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A positive integer id */
                    instructor_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change some of an instructor's fields */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the first response to this key is replayed (see the API description) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description A positive integer id */
                    instructor_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Given name; stored trimmed */
                        first_name?: string & unknown;
                        /** @description Family name; stored trimmed */
                        last_name?: string & unknown;
                        /**
                         * Format: email
                         * @description Unique without regard to letter case
                         */
                        email?: string;
                    };
                };
            };
            responses: {
                /** @description Someone who teaches courses (a OneRoster user with the role teacher) */
                200: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Instructor"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                409: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                413: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/enroll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enroll a student in a course
         * @description Creates an enrollment (201). When the course is full: 409 course-full, or with waitlist=true a waitlisted enrollment (201). 409 already-enrolled when the student is enrolled or waitlisted, 409 already-completed when they completed it; enrolling after a drop re-activates the same enrollment. 404 when the student (checked first) or the course does not exist.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the first response to this key is replayed (see the API description) */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: int32
                         * @description A positive integer id
                         */
                        student_id: number;
                        /**
                         * Format: int32
                         * @description A positive integer id
                         */
                        course_id: number;
                        /** @description When the course is full, join its waitlist instead of failing with 409 course-full */
                        waitlist?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Enrollment"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                409: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                413: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrollments/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enroll many students at once
         * @description Up to 1,000 items, each {student_id, course_id, waitlist?} as for POST /enroll; more is 400. Each item is enrolled on its own, in order, in its own transaction, under the usual capacity rules, so one item's conflict does not undo another. The answer is 200 with one result per item, in order: {status: 201, enrollment} or {status: 404 | 409, problem}. (200 rather than 207 Multi-Status: the per-item statuses are in the JSON, which is all 207 would add.) If the database becomes unreachable the whole request is 503; items before it stay done.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the first response to this key is replayed (see the API description) */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 1 to 1000 enrollments, each as the body of POST /enroll */
                        items: {
                            /**
                             * Format: int32
                             * @description A positive integer id
                             */
                            student_id: number;
                            /**
                             * Format: int32
                             * @description A positive integer id
                             */
                            course_id: number;
                            /** @description When the course is full, join its waitlist instead of failing with 409 course-full */
                            waitlist?: boolean;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BatchEnrollResults"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                413: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/students/{student_id}/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A student and their courses
         * @description Enrolled, waitlisted and completed courses by default (?status= takes one status or a comma-separated list), ordered by course code. A student without courses gets an empty list.
         */
        get: {
            parameters: {
                query?: {
                    /** @description One status or a comma-separated list */
                    status?: string;
                };
                header?: never;
                path: {
                    /** @description A positive integer id */
                    student_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StudentCourses"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Enroll this student in a course
         * @description Creates an enrollment (201). When the course is full: 409 course-full, or with waitlist=true a waitlisted enrollment (201). 409 already-enrolled when the student is enrolled or waitlisted, 409 already-completed when they completed it; enrolling after a drop re-activates the same enrollment. 404 when the student (checked first) or the course does not exist.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the first response to this key is replayed (see the API description) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description A positive integer id */
                    student_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: int32
                         * @description A positive integer id
                         */
                        course_id: number;
                        /** @description When the course is full, join its waitlist instead of failing with 409 course-full */
                        waitlist?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Enrollment"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                409: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                413: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/students/{student_id}/courses/{course_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Drop a course
         * @description The enrollment becomes dropped (204) and a freed seat goes to the longest-waiting student. 404 when there is no enrolled or waitlisted enrollment; 409 already-completed for a completed one. A student dropping their own course after the term's add/drop period is 409 registration-blocked.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A positive integer id */
                    student_id: number;
                    /** @description A positive integer id */
                    course_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Dropped */
                204: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                409: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Complete, grade or restore an enrollment
         * @description status completed (with an optional grade) finishes an enrolled course and frees its seat; a grade alone changes the grade of a completed one; status enrolled restores a dropped one under the usual capacity rules (waitlist: true to join the waitlist when full). Any other change is 409 invalid-transition. Grades: A+, A, A-, … D-, F, or P / NP.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the first response to this key is replayed (see the API description) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description A positive integer id */
                    student_id: number;
                    /** @description A positive integer id */
                    course_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description completed: finish an enrolled course (with a grade); enrolled: restore a dropped enrollment
                         * @enum {unknown}
                         */
                        status?: "completed" | "enrolled";
                        grade?: string | null;
                        /** @description When the course is full, join its waitlist instead of failing with 409 course-full */
                        waitlist?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Enrollment"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                409: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                413: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                422: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/courses/{course_id}/students": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A course and its students
         * @description Enrolled and completed students by default, ordered by last name, first name and id, followed by the waitlisted students in waitlist order. ?status= takes one status or a comma-separated list. Without ?limit the whole roster comes back; with it, a page and a next_cursor (and a Link header). ?q= narrows it to the students whose first name, last name or email contains the text (ignoring case); the order and keyset paging stay the same.
         */
        get: {
            parameters: {
                query?: {
                    /** @description One status or a comma-separated list */
                    status?: string;
                    /** @description Page size; without it the whole roster comes back */
                    limit?: number;
                    /** @description next_cursor of the previous page */
                    cursor?: string;
                    /** @description Case-insensitive search over the students' first and last names and email; a cursor belongs to its search */
                    q?: string & unknown;
                };
                header?: never;
                path: {
                    /** @description A positive integer id */
                    course_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CourseStudents"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/students/{student_id}/courses/{course_id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The history of an enrollment
         * @description Every change, oldest first: what changed, from what to what, when and by whom. The history outlives the enrollment: it is still there after the student or the course is deleted.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A positive integer id */
                    student_id: number;
                    /** @description A positive integer id */
                    course_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EnrollmentHistory"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/students/{student_id}/holds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A student's holds, active and released */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A positive integer id */
                    student_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HoldList"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Place a hold on a student
         * @description While a hold is active, every enrollment of the student is refused (registration-blocked, rule hold).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the first response to this key is replayed (see the API description) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description A positive integer id */
                    student_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why, in words the student will see (e.g. Unpaid fees: contact the bursar) */
                        reason: string & unknown;
                    };
                };
            };
            responses: {
                /** @description A hold stops the student's registration until it is released */
                201: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Hold"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                413: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/students/{student_id}/holds/{hold_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Release a hold
         * @description The hold is kept, with who released it and when; releasing a released hold changes nothing.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A positive integer id */
                    student_id: number;
                    /** @description A positive integer id */
                    hold_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Released */
                204: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/students/{student_id}/overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A student's overrides, in force and revoked */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A positive integer id */
                    student_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OverrideList"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Let rules through for a student's enrollment in a course
         * @description The named rules no longer stop this student's enrollment in this course (any rule but course-full: raise the capacity instead). An enrollment an override lets through records it in its history.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the first response to this key is replayed (see the API description) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description A positive integer id */
                    student_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: int32
                         * @description A positive integer id
                         */
                        course_id: number;
                        /** @description The rules to let through (course-full cannot be: raise the capacity instead) */
                        rules: ("registration-closed" | "hold" | "prerequisite-not-met" | "time-conflict" | "credit-limit-exceeded" | "duplicate-catalog-course")[];
                        /** @description Why; recorded in the history of the enrollment it lets through */
                        reason: string & unknown;
                    };
                };
            };
            responses: {
                /** @description Lets the named rules through for this student's enrollment in this course */
                201: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Override"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                413: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/students/{student_id}/overrides/{override_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an override
         * @description The override is kept, with who revoked it and when; revoking it again changes nothing.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A positive integer id */
                    student_id: number;
                    /** @description A positive integer id */
                    override_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Revoked */
                204: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/students/{student_id}/registration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add and drop courses in one step
         * @description All or nothing, in one transaction: the adds are judged by every registration rule on the schedule after the drops (so a section can replace another), each beside the adds before it. 200 with the enrollments and the courses dropped, or 409 registration-blocked listing every violation of every added course, with nothing changed. dry_run: 200 with would_succeed, the violations and what each add would become, writing nothing. With waitlist: true a full added course puts the student on its waitlist with swap_for the dropped courses: those are kept until the seat comes and dropped in the transaction that seats the student (a course seated at once must then fit beside them). A drop must be an enrolled or waitlisted course (404 otherwise, 409 already-completed); an unknown course is 404.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the first response to this key is replayed (see the API description) */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description A positive integer id */
                    student_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Courses to enroll in (up to 20)
                         * @default []
                         */
                        add: number[];
                        /**
                         * @description Courses to drop (up to 20); the adds are judged without them
                         * @default []
                         */
                        drop: number[];
                        /** @description A full added course puts the student on its waitlist; the drops are then kept until its seat comes, and dropped in the same transaction that seats the student (a swap) */
                        waitlist?: boolean;
                        /** @description Judge and answer, but change nothing */
                        dry_run?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RegistrationResult"] | components["schemas"]["RegistrationDryRun"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                409: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                413: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses/seats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow the seats of a term's sections, live
         * @description A `text/event-stream` (server-sent events; use an EventSource) of the seats of every
         *     section of the term. First a `retry:` hint and one event per section as it is now, so a page needs no other
         *     fetch; then an event for each section whose capacity, enrolled_count or waitlist_count changes, whoever changed
         *     it (this server, another instance, the CLI). The data of each unnamed event is a SeatCount. A section that is
         *     deleted or leaves the term sends an event named `removed` whose data is `{ "course_id" }`. A comment line
         *     every 15 s keeps proxies from closing an idle stream. A reader that falls behind gets only the latest state of
         *     each section once it catches up; one that does not read for a whole heartbeat interval is disconnected (an
         *     EventSource reconnects and gets the term again). 503 when this server already serves its maximum of streams.
         */
        get: {
            parameters: {
                query: {
                    /** @description The term whose sections to follow */
                    term_id: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Server-sent events: SeatCount data, and RemovedSection data for `removed` events */
                200: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": components["schemas"]["SeatCount"] | components["schemas"]["RemovedSection"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a OneRoster import
         * @description The body is a zip of a OneRoster 1.1 or 1.2 CSV set (content-type application/zip, at most 50 MiB). The zip is checked first: 400 invalid-zip when it cannot be read, 422 unsafe-zip for entries with absolute or .. paths, symbolic links, too many entries or a zip-bomb compression ratio, 422 not-oneroster when it holds no users.csv, classes.csv or enrollments.csv. Then the import runs in the background: 202 with Location /api/v1/imports/{id}; poll it until status is succeeded or failed. An import writes everything or nothing: with any rejected row nothing is written unless skip_invalid=true. dry_run=true checks and reports without writing.
         */
        post: {
            parameters: {
                query: {
                    /** @description Check everything and report, but write nothing */
                    dry_run: boolean;
                    /** @description Write the valid rows even when some are rejected (otherwise nothing is written) */
                    skip_invalid: boolean;
                };
                header?: {
                    /** @description Makes a retry safe: the first response to this key is replayed (see the API description) */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            /** @description The OneRoster zip (binary) */
            requestBody: {
                content: {
                    "application/zip": unknown;
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportJob"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                413: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                422: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{import_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An import job: status, progress and report
         * @description status is queued, running, succeeded or failed. progress tells the phase (reading a file, checking, writing) and how far it got; report has the summary per file (created, updated, unchanged, skipped, rejected) and every rejected row with its file, line, column and reason.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A positive integer id */
                    import_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportJob"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/oneroster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the OneRoster export
         * @description The database as a OneRoster 1.2 CSV set in a zip (application/zip, as an attachment), read from one snapshot: what `registrar export` writes. Importing it into an empty database gives back the same terms, catalog, courses, students, instructors and enrolled and waitlisted enrollments.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The OneRoster zip (binary) */
                200: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/zip": unknown;
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API tokens
         * @description Every token ever created, revoked ones included; never their secrets.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TokenList"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an API token
         * @description The token (the secret) is in this response only; the server keeps just its SHA-256 hash. Names are unique, also among revoked tokens. A student token (role student) names the student it acts as in student_id (an unknown student is 400); no other role takes a student_id (400).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Unique, also among revoked tokens; recorded as the actor of the changes made with the token */
                        name: string;
                        /**
                         * @description viewer: read students, courses and enrollments; registrar: also change them; admin: everything, including imports and tokens; student: bound to one student (student_id), it reads the terms, the catalog, courses and instructors (without email), itself, its own courses, holds and history, and enrolls, drops and registers itself only
                         * @enum {unknown}
                         */
                        role: "admin" | "registrar" | "viewer" | "student";
                        /**
                         * Format: int32
                         * @description Required for role student (an existing student), and not allowed for other roles
                         */
                        student_id?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreatedToken"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                409: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                413: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API token
         * @description The token stops working at once, and its web UI sessions end. It stays in the list (with revoked_at), since the history names it. Revoking a revoked token is a 204 as well.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Unique, also among revoked tokens; recorded as the actor of the changes made with the token */
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Revoked */
                204: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is signed in
         * @description The caller's token name and role (by session cookie or Authorization header); 401 if none.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Principal"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Sign in with an API token
         * @description Sets the registrar_session cookie (HttpOnly, SameSite=Strict, Secure over https), valid for 12 hours or until the token is revoked. Requests with the cookie and no Authorization header act as the token; unsafe ones from another site are refused with 403.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description An API token (or the ADMIN_TOKEN) */
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Principal"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                413: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Sign out
         * @description Ends the session on the server and clears the cookie (also when it had already expired).
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed out */
                204: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether anyone is signed in (the web UI's probe)
         * @description 200 either way: {signed_in: true, principal} for a valid registrar_session cookie, else {signed_in: false, principal: null}, so that a browser opening the UI signed out logs no failed request. Only the session cookie counts here. GET /session keeps answering 401 when nobody is signed in.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SessionState"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oauth-clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List OneRoster OAuth clients
         * @description Every client ever created, revoked ones included; never their secrets.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OAuthClientList"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a OneRoster OAuth client
         * @description For an LMS that pulls rosters from /ims/oneroster/rostering/v1p2 with OAuth 2.0 client credentials. The client_secret is in this response only.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Unique, also among revoked clients; stored trimmed */
                        name: string & unknown;
                        scopes: ("https://purl.imsglobal.org/spec/or/v1p2/scope/roster-core.readonly" | "https://purl.imsglobal.org/spec/or/v1p2/scope/roster.readonly" | "https://purl.imsglobal.org/spec/or/v1p2/scope/roster-demographics.readonly")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreatedOAuthClient"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                409: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                413: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                415: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oauth-clients/{client_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a OneRoster OAuth client
         * @description Its tokens stop working at once; it stays in the list with revoked_at.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    client_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OAuthClient"];
                    };
                };
                /** @description A problem (RFC 9457) */
                400: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                401: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                403: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                404: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                429: {
                    headers: {
                        /** @description Requests this client may make per window */
                        "X-RateLimit-Limit"?: number;
                        /** @description Requests left in the current window */
                        "X-RateLimit-Remaining"?: number;
                        /** @description Seconds until the window starts again */
                        "X-RateLimit-Reset"?: number;
                        /** @description Seconds to wait before trying again */
                        "Retry-After"?: number;
                        /** @description The request's Origin, when CORS_ORIGINS lists it; absent otherwise (CORS is off by default) */
                        "Access-Control-Allow-Origin"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A problem (RFC 9457) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description An RFC 9457 problem (application/problem+json) */
        Problem: {
            /** @description A stable URI per kind of error */
            type: string;
            title: string;
            /** Format: int32 */
            status: number;
            detail: string;
            instance: string;
            /** @description Per-field validation errors */
            errors?: {
                field: string;
                message: string;
            }[];
            /** @description registration-blocked: every registration rule broken, for every course asked for */
            violations?: components["schemas"]["Violation"][];
        };
        /** @description One section's seats (the data of a seat event) */
        SeatCount: {
            /**
             * Format: int32
             * @description A positive integer id
             */
            course_id: number;
            /** @description Seats in the section; null: no limit */
            capacity: number | null;
            /**
             * Format: int32
             * @description Students holding a seat
             */
            enrolled_count: number;
            /**
             * Format: int32
             * @description Students on the waitlist
             */
            waitlist_count: number;
        };
        /** @description A section that left the term (the data of a removed event) */
        RemovedSection: {
            /**
             * Format: int32
             * @description A positive integer id
             */
            course_id: number;
        };
        OAuthClient: {
            /** @description Sent with the secret to the token endpoint */
            client_id: string;
            name: string;
            scopes: ("https://purl.imsglobal.org/spec/or/v1p2/scope/roster-core.readonly" | "https://purl.imsglobal.org/spec/or/v1p2/scope/roster.readonly" | "https://purl.imsglobal.org/spec/or/v1p2/scope/roster-demographics.readonly")[];
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            created_at: string;
            /** @description Null while the client works */
            revoked_at: string | null;
        };
        OAuthClientList: {
            data: components["schemas"]["OAuthClient"][];
        };
        CreatedOAuthClient: {
            /** @description Sent with the secret to the token endpoint */
            client_id: string;
            name: string;
            scopes: ("https://purl.imsglobal.org/spec/or/v1p2/scope/roster-core.readonly" | "https://purl.imsglobal.org/spec/or/v1p2/scope/roster.readonly" | "https://purl.imsglobal.org/spec/or/v1p2/scope/roster-demographics.readonly")[];
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            created_at: string;
            /** @description Null while the client works */
            revoked_at: string | null;
            /** @description Shown only in this response; the server keeps its SHA-256 hash */
            client_secret: string;
        };
        /** @description One registration rule an enrollment would break */
        Violation: {
            /** @enum {unknown} */
            rule: "registration-closed" | "hold" | "prerequisite-not-met" | "time-conflict" | "credit-limit-exceeded" | "duplicate-catalog-course" | "course-full" | "already-enrolled" | "already-completed";
            /**
             * Format: int32
             * @description A positive integer id
             */
            course_id: number;
            /** @description What is wrong, in words a student can act on */
            detail: string;
        };
        Student: {
            /**
             * Format: int32
             * @description A positive integer id
             */
            id: number;
            first_name: string;
            last_name: string;
            /** Format: email */
            email: string;
            /** @description The OneRoster sourcedId this record was imported from (set by imports only); null otherwise */
            sourced_id: string | null;
            /** @description The student's own credit limit per term; null: the term's max_credits */
            max_credits: number | null;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            updated_at: string;
        };
        StudentPage: {
            data: components["schemas"]["Student"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page */
            next_cursor: string | null;
        };
        /** @description A weekly meeting: on these days, from starts_at to ends_at, in this room */
        Meeting: {
            /** @description In week order, Monday first */
            days: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
            /** @description HH:MM, 24-hour */
            starts_at: string;
            /** @description HH:MM, 24-hour */
            ends_at: string;
            room: string | null;
        };
        /** @description A course students enroll in: OneRoster's class, a section of a catalog entry. credits is the course's own, or when it has none (null), its catalog entry's. */
        Course: {
            /**
             * Format: int32
             * @description A positive integer id
             */
            id: number;
            code: string;
            title: string;
            description: string | null;
            credits: number | null;
            capacity: number | null;
            /**
             * Format: int32
             * @description Students holding a seat
             */
            enrolled_count: number;
            /**
             * Format: int32
             * @description Students on the waitlist
             */
            waitlist_count: number;
            /** @description The OneRoster sourcedId this record was imported from (set by imports only); null otherwise */
            sourced_id: string | null;
            /** @description The term the course is taught in; null for none */
            term_id: number | null;
            /** @description The catalog entry the course is a section of; null for none */
            catalog_id: number | null;
            meetings: components["schemas"]["Meeting"][];
            /** @description Who teaches the course, in the order given */
            instructor_ids: number[];
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            updated_at: string;
        };
        CoursePage: {
            data: components["schemas"]["Course"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page */
            next_cursor: string | null;
        };
        /** @description An academic term. Courses (sections) belong to at most one term; a term with courses cannot be deleted. */
        Term: {
            /**
             * Format: int32
             * @description A positive integer id
             */
            id: number;
            code: string;
            name: string;
            /** Format: date */
            starts_on: string;
            /** Format: date */
            ends_on: string;
            registration_opens_at: string | null;
            registration_closes_at: string | null;
            add_drop_ends_on: string | null;
            max_credits: number | null;
            /** @description The OneRoster sourcedId this record was imported from (set by imports only); null otherwise */
            sourced_id: string | null;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            updated_at: string;
        };
        TermPage: {
            data: components["schemas"]["Term"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page */
            next_cursor: string | null;
        };
        /** @description What courses are sections of (OneRoster's course; a Registrar course is its class) */
        CatalogEntry: {
            /**
             * Format: int32
             * @description A positive integer id
             */
            id: number;
            code: string;
            title: string;
            description: string | null;
            credits: number | null;
            /** @description An AND of OR-groups: every inner list must be met by one of its items. An item is met by a completed section of that catalog entry with at least min_grade (any passing grade without one; P meets any minimum, F and NP none), by an enrolled section of it in a term that ends before the target section's term starts, and, when concurrent, by an enrolled or waitlisted section of it in the same term. An entry may not require itself, directly or through others (400 prerequisite-cycle). */
            prerequisites: {
                /**
                 * Format: int32
                 * @description A positive integer id
                 */
                catalog_id: number;
                /** @description Absent: any passing grade */
                min_grade?: string;
                /**
                 * @description Also met in the same term (a corequisite)
                 * @enum {boolean}
                 */
                concurrent?: true;
            }[][];
            /** @description The OneRoster sourcedId this record was imported from (set by imports only); null otherwise */
            sourced_id: string | null;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            updated_at: string;
        };
        CatalogEntryPage: {
            data: components["schemas"]["CatalogEntry"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page */
            next_cursor: string | null;
        };
        /** @description Someone who teaches courses (a OneRoster user with the role teacher) */
        Instructor: {
            /**
             * Format: int32
             * @description A positive integer id
             */
            id: number;
            first_name: string;
            last_name: string;
            /** Format: email */
            email: string;
            /** @description The OneRoster sourcedId this record was imported from (set by imports only); null otherwise */
            sourced_id: string | null;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            updated_at: string;
        };
        InstructorPage: {
            data: components["schemas"]["Instructor"][];
            /** @description Pass as ?cursor= to get the next page; null on the last page */
            next_cursor: string | null;
        };
        Enrollment: {
            /**
             * Format: int32
             * @description A positive integer id
             */
            student_id: number;
            /**
             * Format: int32
             * @description A positive integer id
             */
            course_id: number;
            /** @enum {unknown} */
            status: "enrolled" | "waitlisted" | "dropped" | "completed";
            /** @description Set when the enrollment is completed */
            grade: string | null;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            enrolled_at: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            updated_at: string;
            /** @description 1 for the next student to get a seat; null unless waitlisted */
            waitlist_position: number | null;
        };
        EnrolledCourse: components["schemas"]["Course"] & {
            enrollment: components["schemas"]["Enrollment"];
        };
        EnrolledStudent: components["schemas"]["Student"] & {
            enrollment: components["schemas"]["Enrollment"];
        };
        StudentCourses: {
            student: components["schemas"]["Student"];
            courses: components["schemas"]["EnrolledCourse"][];
        };
        CourseStudents: {
            course: components["schemas"]["Course"];
            students: components["schemas"]["EnrolledStudent"][];
            /** @description With ?limit: pass as ?cursor= for the next page; null on the last page */
            next_cursor: string | null;
        };
        /** @description What else there is to say about an event */
        EventDetail: {
            /** @description The overrides that let this change through the registration rules */
            overrides?: {
                /**
                 * Format: int32
                 * @description A positive integer id
                 */
                id: number;
                rules: string[];
                reason: string;
                granted_by: string;
            }[];
            /** @description promotion-skipped: the rules the student failed when a seat came */
            rules?: string[];
            /** @description waitlisted: the courses to be dropped when this seat comes (a swap) */
            swap_for?: number[];
            /** @description promoted: the courses dropped for this seat */
            swapped_out?: number[];
            /**
             * Format: int32
             * @description dropped: the course whose seat this drop made room for
             */
            swapped_for?: number;
        };
        EnrollmentHistory: {
            /**
             * Format: int32
             * @description A positive integer id
             */
            student_id: number;
            /**
             * Format: int32
             * @description A positive integer id
             */
            course_id: number;
            events: {
                /**
                 * Format: int32
                 * @description A positive integer id
                 */
                id: number;
                /** @enum {unknown} */
                event: "enrolled" | "waitlisted" | "promoted" | "dropped" | "re-enrolled" | "restored" | "completed" | "grade-changed" | "deleted-with-student" | "deleted-with-course" | "promotion-skipped";
                from_status: ("enrolled" | "waitlisted" | "dropped" | "completed") | null;
                to_status: ("enrolled" | "waitlisted" | "dropped" | "completed") | null;
                from_grade: string | null;
                to_grade: string | null;
                /** @description Who made the change: the API token's name (ADMIN_TOKEN for the one from the environment, import for imports) */
                actor: string;
                /**
                 * Format: date-time
                 * @description RFC 3339, UTC
                 */
                occurred_at: string;
                detail: components["schemas"]["EventDetail"] | null;
            }[];
        };
        BatchEnrollResults: {
            /** @description One result per item, in the order of the items */
            results: ({
                /** @enum {number} */
                status: 201;
                enrollment: components["schemas"]["Enrollment"];
            } | {
                /**
                 * Format: int32
                 * @description 404 or 409, as POST /enroll would answer
                 */
                status: number;
                problem: components["schemas"]["Problem"];
            })[];
        };
        FileSummary: {
            /** @description users.csv, classes.csv, … */
            file: string;
            /**
             * Format: int32
             * @description Data rows read (the header not counted)
             */
            rows: number;
            /** Format: int32 */
            created: number;
            /** Format: int32 */
            updated: number;
            /** Format: int32 */
            unchanged: number;
            /**
             * Format: int32
             * @description Rows for roles, files or states Registrar does not model (teachers, orgs, tobedeleted, …)
             */
            skipped: number;
            /** Format: int32 */
            rejected: number;
            /** @description What the file's rows are used for */
            note: string | null;
        };
        Reject: {
            file: string;
            /**
             * Format: int32
             * @description Line in the file; the header is line 1
             */
            line: number;
            /** @description Header name of the offending column */
            column: string | null;
            reason: string;
        };
        Progress: {
            /** @description reading users.csv, checking, writing enrollments, … */
            phase: string;
            /** Format: int32 */
            done: number;
            total: number | null;
        };
        ImportReport: {
            /** @enum {unknown} */
            oneroster_version: "1.1" | "1.2";
            dry_run: boolean;
            skip_invalid: boolean;
            /** @description Whether the database was changed */
            written: boolean;
            files: components["schemas"]["FileSummary"][];
            /**
             * Format: int32
             * @description Enrollments (created or re-activated) put on a waitlist because their course was full
             */
            waitlisted: number;
            /** @description Every rejected row, in file and line order (up to 10,000) */
            rejects: components["schemas"]["Reject"][];
            /**
             * Format: int32
             * @description Rejected rows beyond the ones listed
             */
            rejects_omitted: number;
        };
        ImportJob: {
            /**
             * Format: int32
             * @description A positive integer id
             */
            id: number;
            /** @enum {unknown} */
            status: "queued" | "running" | "succeeded" | "failed";
            dry_run: boolean;
            skip_invalid: boolean;
            /** Format: int32 */
            size_bytes: number;
            progress: components["schemas"]["Progress"] | null;
            /** @description The summary and rejects, once the job has finished reading and checking */
            report: components["schemas"]["ImportReport"] | null;
            /** @description Why a failed job failed */
            error: string | null;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            created_at: string;
            started_at: string | null;
            finished_at: string | null;
        };
        Token: {
            name: string;
            /**
             * @description viewer: read students, courses and enrollments; registrar: also change them; admin: everything, including imports and tokens; student: bound to one student (student_id), it reads the terms, the catalog, courses and instructors (without email), itself, its own courses, holds and history, and enrolls, drops and registers itself only
             * @enum {unknown}
             */
            role: "admin" | "registrar" | "viewer" | "student";
            /**
             * Format: int32
             * @description The student a student token acts as; only on a student token
             */
            student_id?: number;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            created_at: string;
            /** @description Null while the token works */
            revoked_at: string | null;
        };
        TokenList: {
            data: components["schemas"]["Token"][];
        };
        CreatedToken: {
            name: string;
            /**
             * @description viewer: read students, courses and enrollments; registrar: also change them; admin: everything, including imports and tokens; student: bound to one student (student_id), it reads the terms, the catalog, courses and instructors (without email), itself, its own courses, holds and history, and enrolls, drops and registers itself only
             * @enum {unknown}
             */
            role: "admin" | "registrar" | "viewer" | "student";
            /**
             * Format: int32
             * @description The student a student token acts as; only on a student token
             */
            student_id?: number;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            created_at: string;
            /** @description Null while the token works */
            revoked_at: string | null;
            /** @description The secret, shown only in this response: send it as Authorization: Bearer <token> */
            token: string;
        };
        Principal: {
            /** @description Recorded as the actor of the changes this caller makes */
            name: string;
            /**
             * @description viewer: read students, courses and enrollments; registrar: also change them; admin: everything, including imports and tokens; student: bound to one student (student_id), it reads the terms, the catalog, courses and instructors (without email), itself, its own courses, holds and history, and enrolls, drops and registers itself only
             * @enum {unknown}
             */
            role: "admin" | "registrar" | "viewer" | "student";
            /**
             * Format: int32
             * @description The student a student caller is (and acts as); only on a student
             */
            student_id?: number;
        };
        SessionState: {
            signed_in: boolean;
            /** @description Who is signed in; null if nobody */
            principal: components["schemas"]["Principal"] | null;
        };
        /** @description A hold stops the student's registration until it is released */
        Hold: {
            /**
             * Format: int32
             * @description A positive integer id
             */
            id: number;
            /**
             * Format: int32
             * @description A positive integer id
             */
            student_id: number;
            reason: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            created_at: string;
            /** @description Who placed it (the token's name) */
            created_by: string;
            /** @description Null while the hold is active */
            released_at: string | null;
            released_by: string | null;
        };
        HoldList: {
            data: components["schemas"]["Hold"][];
        };
        /** @description Lets the named rules through for this student's enrollment in this course */
        Override: {
            /**
             * Format: int32
             * @description A positive integer id
             */
            id: number;
            /**
             * Format: int32
             * @description A positive integer id
             */
            student_id: number;
            /**
             * Format: int32
             * @description A positive integer id
             */
            course_id: number;
            rules: ("registration-closed" | "hold" | "prerequisite-not-met" | "time-conflict" | "credit-limit-exceeded" | "duplicate-catalog-course")[];
            reason: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            created_at: string;
            /** @description Who granted it (the token's name) */
            created_by: string;
            /** @description Null while the override is in force */
            revoked_at: string | null;
            revoked_by: string | null;
        };
        OverrideList: {
            data: components["schemas"]["Override"][];
        };
        RegistrationResult: {
            /** @description The added courses' enrollments, in the order asked */
            enrollments: components["schemas"]["Enrollment"][];
            /** @description The courses dropped now (not those kept for a swap) */
            dropped: number[];
        };
        RegistrationDryRun: {
            would_succeed: boolean;
            violations: components["schemas"]["Violation"][];
            /** @description What each added course would become, when it would succeed */
            outcome: {
                /**
                 * Format: int32
                 * @description A positive integer id
                 */
                course_id: number;
                /** @enum {unknown} */
                status: "enrolled" | "waitlisted";
            }[];
            /** @description The courses that would be dropped now */
            dropped: number[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
