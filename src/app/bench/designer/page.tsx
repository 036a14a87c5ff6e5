import { DesignerBench } from '../../../../bench/ui/pages/designer-bench';
import { requireBenchPages } from '../bench-pages';

// Decided per request: the same build serves this page only when the server was started for a benchmark.
export const dynamic = 'force-dynamic';

export default function DesignerBenchPage() {
  requireBenchPages();
  return <DesignerBench />;
}
