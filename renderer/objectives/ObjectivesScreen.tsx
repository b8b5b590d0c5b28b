export function ObjectivesScreen() {
  return <div className="loading">This screen is being built.</div>;
}
