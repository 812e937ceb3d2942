import { ENUM_LABELS } from '../gql/enum-labels';

type EnumName = keyof typeof ENUM_LABELS;

/** An enum value's Chinese label as the schema describes it (the value itself if it has none). */
export function label(enumName: EnumName, value: string | null | undefined): string {
  if (!value) return '—';
  return (ENUM_LABELS[enumName] as Record<string, string>)[value] ?? value;
}

/** The label without its explanation in brackets: 搬迁入住率（…） → 搬迁入住率. */
export function shortLabel(enumName: EnumName, value: string | null | undefined): string {
  return label(enumName, value).replace(/（.*$/, '');
}
