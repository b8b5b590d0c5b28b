export function ScopeScreen() {
  return <div className="loading">This screen is being built.</div>;
}
