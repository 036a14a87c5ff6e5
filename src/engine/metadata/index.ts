export * from './keys';
export * from './field';
export * from './entity';
export * from './form';
export * from './lifecycle';
export * from './parse';
