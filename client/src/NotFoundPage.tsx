import { Link } from "react-router-dom";

export function NotFoundPage() {
  return (
    <main className="page" id="main">
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. Go to <Link to="/">your studies</Link> or the{" "}
        <Link to="/cases">catalogue</Link>.
      </p>
    </main>
  );
}
