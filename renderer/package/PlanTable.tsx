import { PACKAGE_INDEX_FILE, PACKAGE_MANIFEST_FILE, type PackageEntry, type PackagePlan } from '../../shared/domain/package';
import { DOCUMENT_STATUS_LABELS } from '../../shared/domain/workbook';
import { formatDate } from '../app/format';
import { groupByFolder } from './package-view';

function approval(entry: PackageEntry): string {
  if (entry.status === 'approved' && entry.approvedOn) return `${entry.approver.split(',')[0]}, ${formatDate(entry.approvedOn)}`;
  return 'Not yet approved';
}

/** What the package will hold: the index and manifest at the top, then each clause folder with its files. */
export function PlanTable({ plan }: { plan: PackagePlan }) {
  return (
    <div className="scroll-card package-plan">
      <table className="plain-table" aria-label="Files in the package">
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Document ID</th>
            <th scope="col">Version</th>
            <th scope="col">Status</th>
            <th scope="col">Approved</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td className="package-file">{PACKAGE_INDEX_FILE}</td>
            <td colSpan={4} className="muted">
              The index: cover, document control and the list below with version, status and approval
            </td>
          </tr>
          <tr>
            <td className="package-file">{PACKAGE_MANIFEST_FILE}</td>
            <td colSpan={4} className="muted">
              The SHA-256 of every other file, checked with sha256sum -c
            </td>
          </tr>
        </tbody>
        {groupByFolder(plan.entries).map(({ folder, entries }) => (
          <tbody key={folder}>
            <tr className="package-folder">
              <th scope="rowgroup" colSpan={5}>
                {folder}
              </th>
            </tr>
            {entries.map((entry) => (
              <tr key={entry.path}>
                <td className="package-file">{entry.fileName}</td>
                <td className="nowrap">{entry.documentId}</td>
                <td>{entry.version}</td>
                <td>
                  <span className={`package-status package-status-${entry.status}`}>{DOCUMENT_STATUS_LABELS[entry.status]}</span>
                </td>
                <td className={entry.status === 'approved' ? undefined : 'muted'}>{approval(entry)}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
