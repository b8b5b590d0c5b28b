export function ManagementReviewScreen() {
  return <div className="loading">This screen is being built.</div>;
}
