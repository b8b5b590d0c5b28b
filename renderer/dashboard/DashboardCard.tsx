import type { ReactNode } from 'react';

interface Props {
  title: string;
  /** The grid area the card fills (see dashboard.css). */
  area: string;
  /** A screen link or action in the card's header. */
  action?: ReactNode;
  /** Shown after the title, e.g. a count. */
  badge?: ReactNode;
  busy?: boolean;
  children: ReactNode;
}

/** One dashboard card: a titled panel with a fixed place in the grid, so loading and loaded look the same size. */
export function DashboardCard({ title, area, action, badge, busy, children }: Props) {
  const id = `dash-${area}-title`;
  return (
    <section className={`dash-card dash-${area}`} aria-labelledby={id} aria-busy={busy || undefined}>
      <header className="dash-card-header">
        <h2 id={id}>{title}</h2>
        {badge}
        <span className="spacer" />
        {action}
      </header>
      <div className="dash-card-body">{children}</div>
    </section>
  );
}

/** Grey bars where the figures will be, sized like them. */
export function CardSkeleton({ lines = 4, block = false }: { lines?: number; block?: boolean }) {
  return (
    <div className="dash-skeleton" aria-hidden="true">
      {block && <span className="dash-skeleton-block" />}
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} className="dash-skeleton-line" style={{ width: `${92 - ((i * 17) % 40)}%` }} />
      ))}
    </div>
  );
}

/** Why the card has no figures, and a way to try again. */
export function CardError({ what, message, onRetry }: { what: string; message: string; onRetry(): void }) {
  return (
    <div className="dash-error" role="alert">
      <p>
        <strong>{what} could not be loaded.</strong> <span className="muted">{message}</span>
      </p>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}

/** A link-styled button that opens another screen. */
export function ScreenLink({ children, onClick, testId }: { children: ReactNode; onClick(): void; testId?: string }) {
  return (
    <button type="button" className="link-button dash-link" onClick={onClick} data-testid={testId}>
      {children}
    </button>
  );
}
