export function CompetenceScreen() {
  return <div className="loading">This screen is being built.</div>;
}
