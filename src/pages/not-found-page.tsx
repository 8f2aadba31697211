import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <>
      <title>Page not found · Backend Path</title>
      <h1>Page not found</h1>
      <p>There is no page at this address. Your plan is safe.</p>
      <p>
        <Link to="/">Go to the home page</Link> or <Link to="/roadmap">open your roadmap</Link>.
      </p>
    </>
  );
}
