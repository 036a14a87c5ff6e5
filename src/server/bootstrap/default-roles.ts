import type { RolePermissions } from '@/engine/auth/permissions';
import type { Label } from '@/engine/metadata/keys';

type RoleSeed = { key: string; label: Label; permissions: RolePermissions };

const all = ['create', 'read', 'update', 'delete', 'export'] as const;

/** The roles every installation starts with; admins may change their grants later. */
export const DEFAULT_ROLES: RoleSeed[] = [
  { key: 'admin', label: { 'zh-CN': '管理员', en: 'Administrator' }, permissions: { admin: true, design: true, entities: { '*': [...all] } } },
  { key: 'designer', label: { 'zh-CN': '设计者', en: 'Designer' }, permissions: { admin: false, design: true, entities: { '*': ['read'] } } },
  {
    key: 'clerk',
    label: { 'zh-CN': '销售文员', en: 'Sales clerk' },
    permissions: { admin: false, design: false, entities: { '*': ['read'], customers: ['create', 'read', 'update'], orders: ['create', 'read', 'update', 'export'] } },
  },
  { key: 'manager', label: { 'zh-CN': '销售经理', en: 'Sales manager' }, permissions: { admin: false, design: false, entities: { '*': ['read', 'export'], orders: ['read', 'update', 'export'] } } },
  { key: 'finance', label: { 'zh-CN': '财务', en: 'Finance' }, permissions: { admin: false, design: false, entities: { '*': ['read', 'export'], orders: ['read', 'update', 'export'] } } },
  {
    key: 'purchasing',
    label: { 'zh-CN': '采购', en: 'Purchasing' },
    permissions: { admin: false, design: false, entities: { '*': ['read'], products: ['create', 'read', 'update', 'export'], stock: ['create', 'read', 'update', 'export'] } },
  },
];
