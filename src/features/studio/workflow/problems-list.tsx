'use client';

import { CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import type { DefinitionProblem, WorkflowDefinition } from '@/engine/workflow';
import { useLabel } from '@/features/runtime/use-label';
import { useProblemText } from './problem-text';

type Props = {
  problems: readonly DefinitionProblem[];
  definition: WorkflowDefinition;
  /** Selects what the problem is located on (a node, an edge, or the workflow's settings). */
  onPick: (problem: DefinitionProblem) => void;
};

/** Everything that keeps the draft from being published; a click takes the designer to the place. */
export function ProblemsList({ problems, definition, onPick }: Props) {
  const t = useTranslations('workflows.problems');
  const label = useLabel();
  const problemText = useProblemText();
  if (problems.length === 0) {
    return (
      <Typography.Text type="success" data-testid="wf-problems-none">
        <CheckCircleOutlined /> {t('none')}
      </Typography.Text>
    );
  }
  const where = (problem: DefinitionProblem) => {
    const node = problem.nodeKey ? definition.nodes.find((candidate) => candidate.key === problem.nodeKey) : undefined;
    if (node) return label(node.name);
    return problem.edgeId ? t('onEdge') : t('onWorkflow');
  };
  return (
    <ul data-testid="wf-problems" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {problems.map((problem, index) => (
        <li key={index} style={{ padding: '2px 0' }}>
          <Button type="link" size="small" danger onClick={() => onPick(problem)} data-testid={`wf-problem-${index}`} style={{ height: 'auto', whiteSpace: 'normal', textAlign: 'start', padding: 0 }}>
            <Flex gap={6} align="start">
              <WarningOutlined style={{ marginTop: 4 }} />
              <span>
                <Typography.Text strong type="danger">
                  {where(problem)}
                </Typography.Text>
                {' · '}
                {problemText(problem)}
              </span>
            </Flex>
          </Button>
        </li>
      ))}
    </ul>
  );
}
