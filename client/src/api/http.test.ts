import { afterEach, describe, expect, it, vi } from "vitest";
import { request, setUnauthorizedHandler, withQuery } from "./http";
import { ApiProblem } from "./problem";

const respond = (status: number, body?: unknown, type = "application/json") =>
  vi.fn(
    async () =>
      new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { "Content-Type": type } }),
  );

afterEach(() => {
  vi.unstubAllGlobals();
  setUnauthorizedHandler(() => {});
});

describe("request", () => {
  it("returns the parsed body, or null when there is none", async () => {
    vi.stubGlobal("fetch", respond(200, { id: "s1" }));
    await expect(request("POST", "/api/studies", { body: { name: "n", question: "q" } })).resolves.toEqual({
      id: "s1",
    });
    vi.stubGlobal("fetch", respond(204));
    await expect(request("DELETE", "/api/session")).resolves.toBeNull();
  });

  it("throws the problem document as an ApiProblem", async () => {
    vi.stubGlobal(
      "fetch",
      respond(403, { title: "Forbidden", status: 403, detail: "Only the lead may change the tolerance." }),
    );
    const failure = request("PUT", "/api/studies/s1/tolerance", { body: {} });
    await expect(failure).rejects.toBeInstanceOf(ApiProblem);
    await expect(failure).rejects.toMatchObject({ status: 403, message: "Only the lead may change the tolerance." });
  });

  it("sends the researcher to sign in on a 401", async () => {
    const signIn = vi.fn();
    setUnauthorizedHandler(signIn);
    vi.stubGlobal("fetch", respond(401));
    await expect(request("GET", "/api/studies")).rejects.toMatchObject({ status: 401 });
    expect(signIn).toHaveBeenCalledOnce();
  });

  it("leaves a 401 to the caller when asked (the session check itself)", async () => {
    const signIn = vi.fn();
    setUnauthorizedHandler(signIn);
    vi.stubGlobal("fetch", respond(401));
    await expect(request("GET", "/api/session", { ignoreUnauthorized: true })).rejects.toMatchObject({ status: 401 });
    expect(signIn).not.toHaveBeenCalled();
  });

  it("explains an unreachable server", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))),
    );
    await expect(request("GET", "/api/cases")).rejects.toMatchObject({ status: 0 });
  });
});

describe("withQuery", () => {
  it("adds only the parameters that have a value", () => {
    expect(withQuery("/api/cases", { country: "GB", liveFrom: 2015, stage: "", fund: null, q: undefined })).toBe(
      "/api/cases?country=GB&liveFrom=2015",
    );
    expect(withQuery("/api/cases", {})).toBe("/api/cases");
  });
});
