/**
 * Why a whole HSDS file or package could not be read (as opposed to one record in it, which is a
 * RecordIssue). Codes are stable: the UI turns them into translated messages with the params.
 */
export const DATASET_ERROR_CODES = [
  "json_syntax",
  "json_shape",
  "csv_malformed",
  "csv_unknown_column",
  "archive_invalid",
  "archive_too_large",
  "archive_too_many_entries",
  "file_too_large",
  "file_missing",
  "package_missing_descriptor",
  "package_invalid_descriptor",
  "empty",
] as const;
export type DatasetErrorCode = (typeof DATASET_ERROR_CODES)[number];

export type DatasetErrorParams = Readonly<Record<string, string | number>>;

export class DatasetError extends Error {
  readonly code: DatasetErrorCode;
  readonly params: DatasetErrorParams;

  constructor(code: DatasetErrorCode, params: DatasetErrorParams = {}) {
    const detail = Object.entries(params)
      .map(([k, v]) => `${k}=${v}`)
      .join(", ");
    super(detail ? `${code} (${detail})` : code);
    this.name = "DatasetError";
    this.code = code;
    this.params = params;
  }
}

export function isDatasetError(err: unknown): err is DatasetError {
  return err instanceof DatasetError;
}
