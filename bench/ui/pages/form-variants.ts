/** The forms /bench/form can show: the metadata renderer, its two hand-written baselines, and a 200-line child table. */
export const FORM_VARIANTS = ['renderer', 'antd', 'native', 'lines'] as const;
export type FormVariant = (typeof FORM_VARIANTS)[number];
