export {
  ApiError,
  type Client,
  client,
  type Problem,
  type Role,
  type Session,
  type User,
} from './api';
export { type FactLinkState, type RemoteFactSource, remoteFactSource } from './remote-source';
