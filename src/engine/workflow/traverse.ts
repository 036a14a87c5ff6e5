import { enterApproval } from './approval-step';
import type { StepDecision } from './approval-votes';
import type { WorkflowNode } from './definition';
import { edgesOut } from './graph';
import { pickBranch, runAction, sendCc } from './node-actions';
import { parallelsOf } from './parallel-regions';
import { finish, nodeOf, WorkflowDefinitionError, type Run } from './run';
import type { Token } from './state';
import { enterTimer } from './timer-node';

/** Node visits one transition may make; only a loop of automatic nodes gets near it, and the validator refuses those. */
const MAX_VISITS = 10_000;

export function newToken(run: Run, nodeKey: string): Token {
  const token: Token = { id: run.context.newId(), nodeKey, enteredAt: run.at };
  run.state.tokens.push(token);
  return token;
}

function dropToken(run: Run, token: Token): void {
  run.state.tokens = run.state.tokens.filter((candidate) => candidate.id !== token.id);
}

/** Sends a token along the node's way out (the given branch's edge for a condition). */
export function moveOn(run: Run, token: Token, from: WorkflowNode, branch?: string): void {
  const edge = edgesOut(run.graph, from.key).find((candidate) => branch === undefined || candidate.branch === branch);
  if (!edge) throw new WorkflowDefinitionError(`node "${from.key}" has no way out${branch ? ` for branch "${branch}"` : ''}`);
  run.queue.push({ tokenId: token.id, nodeKey: edge.to });
}

/** What a token does once its approval step is decided. */
export function afterStep(run: Run, token: Token, decision: StepDecision): void {
  if (decision === 'approved') moveOn(run, token, nodeOf(run, token.nodeKey));
  if (decision === 'rejected') finish(run, 'rejected');
}

function enter(run: Run, token: Token, node: WorkflowNode): void {
  token.nodeKey = node.key;
  token.enteredAt = run.at;
  switch (node.kind) {
    case 'start':
      return moveOn(run, token, node);
    case 'end':
      dropToken(run, token);
      return finish(run, node.outcome ?? 'approved');
    case 'condition':
      return moveOn(run, token, node, pickBranch(run, node));
    case 'action':
      runAction(run, node);
      return moveOn(run, token, node);
    case 'cc':
      sendCc(run, node);
      return moveOn(run, token, node);
    case 'timer':
      return enterTimer(run, token, node);
    case 'approval':
      return afterStep(run, token, enterApproval(run, token, node));
    case 'parallel_split':
      dropToken(run, token);
      for (const edge of edgesOut(run.graph, node.key)) run.queue.push({ tokenId: newToken(run, edge.to).id, nodeKey: edge.to });
      return;
    case 'parallel_join': {
      dropToken(run, token);
      const split = parallelsOf(run.definition).splitOf.get(node.key);
      if (!split) throw new WorkflowDefinitionError(`parallel join "${node.key}" closes no split`);
      // One token per branch of the split arrives here; the last one carries on.
      const arrived = (run.state.joins[node.key] ?? 0) + 1;
      if (arrived < edgesOut(run.graph, split).length) {
        run.state.joins[node.key] = arrived;
        return;
      }
      delete run.state.joins[node.key];
      return moveOn(run, newToken(run, node.key), node);
    }
  }
}

/** Moves every queued token on until each waits at an approval, a timer or a join, or the instance ends. */
export function drain(run: Run): void {
  let visits = 0;
  while (run.queue.length > 0 && run.state.status === 'running') {
    if (++visits > MAX_VISITS) throw new WorkflowDefinitionError(`more than ${MAX_VISITS} nodes passed in one transition: a loop without an approval or timer`);
    const { tokenId, nodeKey } = run.queue.shift() as { tokenId: string; nodeKey: string };
    const token = run.state.tokens.find((candidate) => candidate.id === tokenId);
    if (token) enter(run, token, nodeOf(run, nodeKey));
  }
}
