export function AuditScreen() {
  return <div className="loading">This screen is being built.</div>;
}
