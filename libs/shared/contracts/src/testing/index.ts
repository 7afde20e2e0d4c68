// Fixtures for specs only; framework-free like the rest of this library.
export * from './case-fixtures';
