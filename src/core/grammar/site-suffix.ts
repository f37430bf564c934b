import type { Licence, ServiceType } from '../types.ts';

const SERVICE_LETTERS: Record<string, ServiceType> = { A: 'app', X: 'mini-program' };

/** The decoded `-N[A|X]` site suffix: sequence and service type, and its canonical text. */
export function siteSuffix(
  seq: string | undefined,
  letter: string | undefined,
): { text: string; fields: Pick<Licence, 'sequence' | 'service'> } {
  if (seq === undefined) return { text: '', fields: {} };
  // The quick-app letter is unconfirmed (docs/domain.md §1.1), so any other letter is "other".
  const service: ServiceType = letter ? (SERVICE_LETTERS[letter] ?? 'other') : 'website';
  return { text: `-${seq}${letter ?? ''}`, fields: { sequence: Number(seq), service } };
}
