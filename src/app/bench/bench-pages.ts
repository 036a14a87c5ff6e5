import { notFound } from 'next/navigation';

/** Benchmark pages exist only on a server started with BENCH_PAGES=1 (bench/ui starts one). */
export function requireBenchPages(): void {
  if (process.env.BENCH_PAGES !== '1') notFound();
}
