export function NonconformitiesScreen() {
  return <div className="loading">This screen is being built.</div>;
}
