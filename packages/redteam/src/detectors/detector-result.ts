/** What one detector saw in one answer; `evidence` says where, for the report. */
export interface DetectorResult {
  name: string;
  fired: boolean;
  evidence?: string;
}
