export * from './keys';
export * from './field';
export * from './entity';
export * from './form';
export * from './parse';
