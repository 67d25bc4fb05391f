/**
 * C0 and C1 control characters other than tab, line feed and carriage return: NUL truncates text in
 * some readers and ESC starts terminal sequences when a report is printed. Every report output is
 * passed through this last, whatever template or fragment its text came from.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL, "");
}
