import { loadTemplate } from '../services/templates/load-template';

/** The order template's entity definitions, as documents (tests change and republish them). */
export function readTemplateEntities(): unknown[] {
  return loadTemplate('order-management').entities;
}
