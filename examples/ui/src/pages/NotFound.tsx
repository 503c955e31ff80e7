import { Link } from 'react-router';

/** A URL that names no page. */
export default function NotFound() {
  return (
    <div className="state empty">
      <h3>No such page</h3>
      <p>
        <Link to="/">Go to the dashboard</Link>
      </p>
    </div>
  );
}
