import type { ApiProblem } from "../api/problem";

/** Shows a failed request's message (the problem's detail, else its title) to the researcher. */
export function ProblemAlert({ problem, onRetry }: { problem: ApiProblem | undefined; onRetry?: () => void }) {
  if (!problem) return null;
  return (
    <div role="alert" className="alert alert-error">
      <p>{problem.message}</p>
      {onRetry && (
        <button type="button" className="button-secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
