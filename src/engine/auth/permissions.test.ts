import { describe, expect, it } from 'vitest';
import { allowedActions, canOnEntity, RolePermissionsSchema } from './permissions';

const clerk = RolePermissionsSchema.parse({ entities: { orders: ['create', 'read', 'update'], '*': ['read'] } });
const admin = RolePermissionsSchema.parse({ admin: true });

describe('entity permissions', () => {
  it('grants listed actions and falls back to the wildcard', () => {
    expect(canOnEntity([clerk], 'orders', 'create')).toBe(true);
    expect(canOnEntity([clerk], 'orders', 'delete')).toBe(false);
    expect(canOnEntity([clerk], 'products', 'read')).toBe(true);
    expect(canOnEntity([clerk], 'products', 'update')).toBe(false);
  });

  it('an explicit entry overrides the wildcard rather than adding to it', () => {
    const limited = RolePermissionsSchema.parse({ entities: { secrets: [], '*': ['read'] } });
    expect(canOnEntity([limited], 'secrets', 'read')).toBe(false);
  });

  it('unions several roles and lets admin do everything', () => {
    expect(allowedActions([clerk, admin], 'anything')).toEqual(['create', 'read', 'update', 'delete', 'export']);
    expect(allowedActions([], 'orders')).toEqual([]);
  });
});
