import { request } from "../api/http";
import { ApiProblem } from "../api/problem";

export interface SignedInUser {
  userName: string;
  displayName: string;
}

/** The current session, or null when nobody is signed in. */
export async function fetchSession(): Promise<SignedInUser | null> {
  try {
    return await request<SignedInUser>("GET", "/api/session", { ignoreUnauthorized: true });
  } catch (error) {
    if (error instanceof ApiProblem && error.status === 401) return null;
    throw error;
  }
}

export const signIn = (userName: string, password: string) =>
  request<SignedInUser>("POST", "/api/session", { body: { userName, password }, ignoreUnauthorized: true });

export const signOut = () => request<null>("DELETE", "/api/session", { ignoreUnauthorized: true });
