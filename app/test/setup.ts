// Shared set-up for Vitest; component tests opt into jsdom per file.
export {};
