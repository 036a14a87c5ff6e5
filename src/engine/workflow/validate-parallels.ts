import type { WorkflowDefinition } from './definition';
import type { ParallelAnalysis } from './parallel-regions';
import type { ProblemList } from './problem';

/** Words each parallel problem for the designer. */
export function checkParallels(_definition: WorkflowDefinition, analysis: ParallelAnalysis, problems: ProblemList): void {
  for (const problem of analysis.problems) {
    const n = problems.name(problem.nodeKey);
    const s = problem.splitKey ? problems.name(problem.splitKey) : n;
    const where = { nodeKey: problem.nodeKey };
    switch (problem.code) {
      case 'split_too_few_branches':
        problems.add(problem.code, where, `并行节点${n.zh}至少需要两条分支`, `The parallel split ${n.en} needs at least two branches`);
        break;
      case 'split_without_join':
        problems.add(problem.code, where, `并行节点${n.zh}的分支没有汇合到并行汇聚节点`, `The branches of ${n.en} never meet again at a parallel join`);
        break;
      case 'split_mismatched_join':
        problems.add(problem.code, where, `并行节点${n.zh}的所有分支必须汇合到同一个并行汇聚节点`, `All branches of ${n.en} must meet at the same parallel join`);
        break;
      case 'end_inside_parallel':
        problems.add(problem.code, where, `并行节点${n.zh}的某条分支在汇合前就结束了流程`, `A branch of ${n.en} reaches an end before the branches meet again`);
        break;
      case 'parallel_branches_merge':
        problems.add(problem.code, where, `${s.zh}的两条并行分支在${n.zh}提前汇合；请用并行汇聚节点汇合`, `Two branches of ${s.en} meet at ${n.en}; branches may only meet at a parallel join`);
        break;
      case 'join_without_split':
        problems.add(problem.code, where, `并行汇聚节点${n.zh}没有对应的并行拆分节点`, `The parallel join ${n.en} closes no parallel split`);
        break;
      case 'join_shared':
        problems.add(problem.code, where, `多个并行拆分节点共用汇聚节点${n.zh}`, `Several parallel splits end at the same join ${n.en}`);
        break;
      case 'join_entered_from_outside':
        problems.add(problem.code, where, `汇聚节点${n.zh}有来自并行分支${s.zh}之外的连线`, `${n.en} is entered from outside the branches of ${s.en}`);
        break;
    }
  }
}
