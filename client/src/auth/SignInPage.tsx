import { useState, type FormEvent } from "react";
import { Navigate, useSearchParams } from "react-router-dom";
import { toProblem } from "../api/http";
import type { ApiProblem } from "../api/problem";
import { ProblemAlert } from "../ui/ProblemAlert";
import { safeReturnPath } from "./returnPath";
import { useSession } from "./SessionProvider";

export function SignInPage() {
  const { session, signIn } = useSession();
  const [searchParams] = useSearchParams();
  const [userName, setUserName] = useState("");
  const [password, setPassword] = useState("");
  const [problem, setProblem] = useState<ApiProblem>();
  const [busy, setBusy] = useState(false);

  if (session.status === "signedIn") {
    return <Navigate to={safeReturnPath(searchParams.get("next"))} replace />;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      await signIn(userName.trim(), password);
    } catch (error) {
      setProblem(toProblem(error));
      setBusy(false);
    }
  }

  return (
    <main className="signin">
      <h1>
        Sign in to <span className="brand">SibReview</span>
      </h1>
      <form onSubmit={submit} className="stack" aria-label="Sign in">
        <div className="field">
          <label htmlFor="signin-user">User name</label>
          <input
            id="signin-user"
            name="username"
            autoComplete="username"
            required
            value={userName}
            onChange={(e) => setUserName(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="signin-password">Password</label>
          <input
            id="signin-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <ProblemAlert problem={problem} />
        <button type="submit" disabled={busy}>
          {busy ? "Signing in…" : "Sign in"}
        </button>
      </form>
      <p className="note">
        Demo accounts (lead researcher, coders, observer) are printed by <code>./ops/run.sh</code> when it starts.
      </p>
    </main>
  );
}
