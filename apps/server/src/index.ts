export { Auth, type Role, roles, type User } from './auth';
export { type Collab, collabPath, createCollab, editOf } from './collab';
export { configFromEnv, type ServerConfig } from './config';
export { createServer, type RunningServer } from './create-server';
export { type Database, type Db, openDb } from './db';
export { DocumentStore, fragmentName, type StoryEntry, titleOf } from './document-store';
export {
  type FactAction,
  type FactChange,
  type FactHistoryEntry,
  type FactQuery,
  FactStore,
  FactStoreError,
} from './fact-store';
