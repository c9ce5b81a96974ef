import { useState } from "react";
import { NavLink, Outlet } from "react-router-dom";
import { toProblem } from "./api/http";
import type { ApiProblem } from "./api/problem";
import { useSession, useSignedInUser } from "./auth/SessionProvider";
import { LiveIndicator } from "./live/LiveIndicator";
import { useLiveConnection } from "./live/useLive";
import { ProblemAlert } from "./ui/ProblemAlert";

/** The signed-in shell: header with navigation, user and live status; the page; the attribution. */
export function Layout() {
  const user = useSignedInUser();
  const { signOut } = useSession();
  const [problem, setProblem] = useState<ApiProblem>();
  useLiveConnection();

  async function leave() {
    setProblem(undefined);
    try {
      await signOut();
    } catch (error) {
      setProblem(toProblem(error));
    }
  }

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <span className="brand">SibReview</span>
        <nav aria-label="Main">
          <NavLink to="/" end>
            Studies
          </NavLink>
          <NavLink to="/cases">Catalogue</NavLink>
        </nav>
        <div className="header-end">
          <LiveIndicator />
          <span className="user" data-testid="user-name">
            {user.displayName}
          </span>
          <button type="button" className="button-quiet" onClick={leave}>
            Sign out
          </button>
        </div>
      </header>
      <ProblemAlert problem={problem} />
      <Outlet />
      <footer className="site-footer">
        Case data: INDIGO Impact Bond Dataset (v2), Government Outcomes Lab, University of Oxford.
      </footer>
    </>
  );
}
