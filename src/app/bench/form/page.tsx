import { FormBench } from '../../../../bench/ui/pages/form-bench';
import { FORM_VARIANTS } from '../../../../bench/ui/pages/form-variants';
import { requireBenchPages } from '../bench-pages';

// Decided per request: the same build serves these pages only when the server was started for a benchmark.
export const dynamic = 'force-dynamic';

export default async function FormBenchPage({ searchParams }: { searchParams: Promise<{ variant?: string | string[]; auto?: string | string[] }> }) {
  requireBenchPages();
  const { variant, auto } = await searchParams;
  const chosen = FORM_VARIANTS.find((candidate) => candidate === variant) ?? 'renderer';
  return <FormBench variant={chosen} auto={auto === '1'} />;
}
