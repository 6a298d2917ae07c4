export * from './users';
export * from './categories';
export * from './posts';
export * from './frameworks';
export * from './quotes';
export * from './login-attempts';
