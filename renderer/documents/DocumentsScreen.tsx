export function DocumentsScreen() {
  return <div className="loading">This screen is being built.</div>;
}
