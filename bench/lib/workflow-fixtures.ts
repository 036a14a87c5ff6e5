import postgres from 'postgres';
import type { Actor } from '../../src/server/auth/actor';
import { loadActor } from '../../src/server/auth/load-actor';
import { createUser } from '../../src/server/bootstrap/users';
import type { Db } from '../../src/server/db/types';
import { approval, node, publishWorkflowDoc, workflowDoc } from '../../src/server/workflows/workflow-test-kit';

export type WorkflowFixtures = { admin: Actor; clerk: Actor; managers: Actor[]; finance: Actor[]; orders: string[] };

/** Both approval steps as the template's order_approval has them: a role, first decision wins. */
const POLICIES = { emptyApprovers: 'to_admin', repeatedApprover: 'auto_pass', initiatorIsApprover: 'require' };
export const APPROVAL_WORKFLOW = 'bench_approval';
export const TIMER_WORKFLOW = 'bench_timer';

export async function benchActor(db: Db, username: string, roles: string[]): Promise<Actor> {
  const { id } = await createUser(db, { username, password: 'bench-password', roles });
  return (await loadActor(db, id))!;
}

/**
 * Users in the template's roles, `orderCount` orders awaiting approval (inserted directly: creating
 * them through the services would start the template's own workflows too), and two workflows started
 * by hand: start → sales manager (role) → finance (role) → end, and start → timer (1 minute) → end.
 */
export async function workflowFixtures(db: Db, url: string, customer: string, orderCount: number): Promise<WorkflowFixtures> {
  const admin = await benchActor(db, 'wf_admin', ['admin']);
  const clerk = await benchActor(db, 'wf_clerk', ['clerk']);
  const managers = [await benchActor(db, 'wf_manager_1', ['manager']), await benchActor(db, 'wf_manager_2', ['manager'])];
  const finance = [await benchActor(db, 'wf_finance_1', ['finance']), await benchActor(db, 'wf_finance_2', ['finance'])];
  await publishWorkflowDoc(
    db,
    admin,
    workflowDoc(APPROVAL_WORKFLOW, [
      node('start', 'start'),
      approval('sales_manager', { approvers: [{ kind: 'role', role: 'manager' }], policies: POLICIES }),
      approval('finance', { approvers: [{ kind: 'role', role: 'finance' }], policies: POLICIES }),
      node('end', 'end'),
    ]),
  );
  await publishWorkflowDoc(db, admin, workflowDoc(TIMER_WORKFLOW, [node('start', 'start'), node('wait', 'timer', { timer: { wait: { kind: 'after', duration: { minutes: 1 } } } }), node('end', 'end')]));
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const orders = (
    await sql`insert into e_orders (order_no, customer, status, channel, total_amount, created_by)
              select 'WF-' || g, ${customer}, 'pending_approval', 'api', 12000 + g, ${clerk.id} from generate_series(1, ${orderCount}) g returning id`
  ).map((row) => row.id as string);
  await sql.end();
  return { admin, clerk, managers, finance, orders };
}
