export function ContextScreen() {
  return <div className="loading">This screen is being built.</div>;
}
