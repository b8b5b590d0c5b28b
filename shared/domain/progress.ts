/** Progress of a long task (the Stage 1 package), pushed from the main process while it runs. */
export interface ProgressEvent {
  /** Which task, so a window can tell several apart, e.g. "package". */
  task: string;
  done: number;
  total: number;
  /** What is being worked on now, e.g. "6.1.3 Statement of Applicability.docx". */
  label: string;
}
