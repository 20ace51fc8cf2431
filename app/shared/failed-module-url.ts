/** The address of the module a failed dynamic import names ("… imported module: http://…/x.js"). */
export function failedModuleUrl(error: unknown): string | null {
  const match = /(https?:\/\/[^\s'"]+?\.m?js)(?=$|[\s'"?#])/.exec(error instanceof Error ? error.message : String(error));
  return match?.[1] ?? null;
}
