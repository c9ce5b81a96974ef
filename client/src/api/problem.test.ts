import { describe, expect, it } from "vitest";
import { parseProblem } from "./problem";

describe("parseProblem", () => {
  it("shows the detail of a problem document to the researcher", () => {
    const problem = parseProblem(400, {
      type: "https://tools.ietf.org/html/rfc9110#section-15.5.1",
      title: "Bad request",
      status: 400,
      detail: "tolerance must be between 0 and 1; got 1.5",
    });
    expect(problem.status).toBe(400);
    expect(problem.title).toBe("Bad request");
    expect(problem.message).toBe("tolerance must be between 0 and 1; got 1.5");
  });

  it("falls back to the title when there is no detail", () => {
    expect(parseProblem(409, { title: "Concurrency conflict", detail: "" }).message).toBe("Concurrency conflict");
  });

  it("lists validation errors when neither detail nor title says more", () => {
    const problem = parseProblem(400, {
      title: "",
      errors: { Name: ["Name is required."], Question: ["Question is required."] },
    });
    expect(problem.message).toBe("Name is required. Question is required.");
    expect(problem.fieldErrors.Name).toEqual(["Name is required."]);
  });

  it("explains a status without a problem document in plain words", () => {
    expect(parseProblem(403, null).message).toBe("You do not have permission to do this.");
    expect(parseProblem(418, "<html>teapot</html>").message).toBe("The request failed (HTTP 418).");
  });

  it("never exposes anything but strings from the document", () => {
    const problem = parseProblem(500, { title: 42, detail: { stack: "at Foo()" } });
    expect(problem.message).toBe("The server failed to handle the request.");
  });
});
