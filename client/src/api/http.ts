import { ApiProblem, networkProblem, parseProblem } from "./problem";

type Method = "GET" | "POST" | "PUT" | "DELETE";

let onUnauthorized: () => void = () => {};

/** The session layer registers what a 401 means: show the sign-in page. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

async function readBody(response: Response): Promise<unknown> {
  const raw = await response.text();
  if (raw === "") return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

interface SendOptions {
  body?: unknown;
  signal?: AbortSignal;
  ignoreUnauthorized?: boolean;
  /** What the caller reads (JSON unless said otherwise); problems always come as problem documents. */
  accept?: string;
}

/**
 * Calls the SibReview API at the same origin with the session cookie. Resolves with the response when it is ok; rejects
 * with an ApiProblem (a 401 first shows the sign-in page), or rethrows the AbortError when the caller cancelled.
 */
export async function send(method: Method, path: string, options: SendOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { Accept: options.accept ?? "application/json, application/problem+json" };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw networkProblem();
  }
  if (response.ok) return response;
  if (response.status === 401 && !options.ignoreUnauthorized) onUnauthorized();
  throw parseProblem(response.status, await readBody(response));
}

/** {@link send}, resolving with the parsed JSON body (null when there is none). */
export const request = async <T>(method: Method, path: string, options: SendOptions = {}): Promise<T> =>
  (await readBody(await send(method, path, options))) as T;

export const getJson = <T>(path: string, signal?: AbortSignal) => request<T>("GET", path, { signal });

export function toProblem(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error;
  return new ApiProblem({ status: 0, title: "Something went wrong in the browser. Reload the page and try again." });
}

/** Appends a query string built from the non-empty entries of params. */
export function withQuery(path: string, params: Record<string, string | number | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") query.set(key, String(value));
  }
  const text = query.toString();
  return text === "" ? path : `${path}?${text}`;
}
