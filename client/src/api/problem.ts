/** An RFC 7807 problem returned by the API, or a failure to reach it (status 0). */
export class ApiProblem extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | null;
  readonly type: string | null;
  readonly fieldErrors: Record<string, string[]>;

  constructor(init: {
    status: number;
    title: string;
    detail?: string | null;
    type?: string | null;
    fieldErrors?: Record<string, string[]>;
  }) {
    super(userMessage(init.title, init.detail ?? null, init.fieldErrors ?? {}));
    this.name = "ApiProblem";
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail ?? null;
    this.type = init.type ?? null;
    this.fieldErrors = init.fieldErrors ?? {};
  }
}

function userMessage(title: string, detail: string | null, fieldErrors: Record<string, string[]>): string {
  const fieldMessages = Object.values(fieldErrors).flat();
  if (detail) return detail;
  if (fieldMessages.length > 0) return fieldMessages.join(" ");
  return title;
}

const statusTitles: Record<number, string> = {
  400: "The request was not accepted.",
  401: "Please sign in.",
  403: "You do not have permission to do this.",
  404: "Not found.",
  409: "Someone else changed this first.",
  500: "The server failed to handle the request.",
  502: "The server is not reachable.",
  503: "The server is not ready yet.",
};

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

function fieldErrorsOf(value: unknown): Record<string, string[]> {
  if (typeof value !== "object" || value === null) return {};
  const result: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(value)) {
    const list = (Array.isArray(messages) ? messages : [messages]).filter((m): m is string => typeof m === "string");
    if (list.length > 0) result[field] = list;
  }
  return result;
}

/** Builds an ApiProblem from a response status and its body (parsed JSON, raw text or nothing). */
export function parseProblem(status: number, body: unknown): ApiProblem {
  const fallback = statusTitles[status] ?? `The request failed (HTTP ${status}).`;
  if (typeof body !== "object" || body === null) {
    return new ApiProblem({ status, title: fallback });
  }
  const doc = body as Record<string, unknown>;
  return new ApiProblem({
    status,
    title: text(doc.title) ?? fallback,
    detail: text(doc.detail),
    type: text(doc.type),
    fieldErrors: fieldErrorsOf(doc.errors),
  });
}

export function networkProblem(): ApiProblem {
  return new ApiProblem({
    status: 0,
    title: "Could not reach the SibReview server. Check your connection and try again.",
  });
}
