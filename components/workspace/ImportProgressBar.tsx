/** "Importing file.csv…", a progress bar and "1,200 of 5,000 records": the CSV and calendar imports' middle step. */
export function ImportProgressBar({
  id,
  fileName,
  progress,
  unit,
}: {
  id: string;
  fileName: string;
  progress: { done: number; total: number };
  /** what is counted: "records", "meetings" */
  unit: string;
}) {
  return (
    <div className="stack">
      <label htmlFor={`${id}-progress`}>Importing {fileName}…</label>
      <progress id={`${id}-progress`} max={progress.total || 1} value={progress.done} />
      <span className="muted" aria-live="polite">
        {progress.done.toLocaleString()} of {progress.total.toLocaleString()} {unit}
      </span>
    </div>
  );
}
