import { validationFailed } from '../errors';

export function versionParam(text: string): number {
  const version = Number(text);
  if (!Number.isInteger(version) || version < 1) throw validationFailed('The version is a positive whole number');
  return version;
}

/** page and pageSize from a query string; the services clamp them. */
export function pageParams(query: URLSearchParams): { page?: number; pageSize?: number } {
  const number = (name: string) => {
    const value = query.get(name);
    if (value === null || value === '') return undefined;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 1) throw validationFailed(`"${name}" is a positive whole number`);
    return parsed;
  };
  return { page: number('page'), pageSize: number('pageSize') };
}
