import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router-dom";
import { ProblemAlert } from "../ui/ProblemAlert";
import { signInPathFor } from "./returnPath";
import { useSession } from "./SessionProvider";

/** Renders its children for a signed-in researcher; otherwise shows the sign-in page. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { session, recheck } = useSession();
  const location = useLocation();
  switch (session.status) {
    case "checking":
      return (
        <p className="loading page" role="status">
          Checking your session…
        </p>
      );
    case "failed":
      return (
        <main className="page">
          <ProblemAlert problem={session.problem} onRetry={recheck} />
        </main>
      );
    case "signedOut":
      return (
        <Navigate to={session.returnHere ? signInPathFor(location.pathname, location.search) : "/signin"} replace />
      );
    case "signedIn":
      return <>{children}</>;
  }
}
