import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { setUnauthorizedHandler, toProblem } from "../api/http";
import type { ApiProblem } from "../api/problem";
import { fetchSession, signIn, signOut, type SignedInUser } from "./session";

export type SessionState =
  | { status: "checking" }
  | { status: "failed"; problem: ApiProblem }
  /** returnHere: after signing in, go back to the page that needed it (not after a deliberate sign-out). */
  | { status: "signedOut"; returnHere: boolean }
  | { status: "signedIn"; user: SignedInUser };

interface SessionApi {
  session: SessionState;
  signIn: (userName: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
  recheck: () => void;
}

const SessionContext = createContext<SessionApi | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionState>({ status: "checking" });

  const recheck = useCallback(() => {
    setSession({ status: "checking" });
    fetchSession().then(
      (user) => setSession(user ? { status: "signedIn", user } : { status: "signedOut", returnHere: true }),
      (error: unknown) => setSession({ status: "failed", problem: toProblem(error) }),
    );
  }, []);

  useEffect(() => {
    setUnauthorizedHandler(() => setSession({ status: "signedOut", returnHere: true }));
    recheck();
  }, [recheck]);

  const api = useMemo<SessionApi>(
    () => ({
      session,
      recheck,
      signIn: async (userName, password) => {
        const user = await signIn(userName, password);
        setSession({ status: "signedIn", user });
      },
      signOut: async () => {
        await signOut();
        setSession({ status: "signedOut", returnHere: false });
      },
    }),
    [session, recheck],
  );

  return <SessionContext.Provider value={api}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const api = useContext(SessionContext);
  if (!api) throw new Error("useSession is used outside SessionProvider");
  return api;
}

/** The signed-in user; only for components rendered behind RequireSession. */
export function useSignedInUser(): SignedInUser {
  const { session } = useSession();
  if (session.status !== "signedIn") throw new Error("useSignedInUser is used without a session");
  return session.user;
}
