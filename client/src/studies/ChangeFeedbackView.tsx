import type { ChangeFeedback } from "./useStudyChange";

export function ChangeFeedbackView({ feedback }: { feedback: ChangeFeedback }) {
  return (
    <>
      {feedback.errors.length > 0 && (
        <div role="alert" className="alert alert-error">
          {feedback.errors.map((error) => (
            <p key={error}>{error}</p>
          ))}
        </div>
      )}
      {feedback.done && (
        <p role="status" className="alert alert-success">
          {feedback.done}
        </p>
      )}
    </>
  );
}
