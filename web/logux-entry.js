// The part of @logux/client the node's pages use, bundled into one ES module by build-vendor.sh.
export { Client, LoguxUndoError, status } from '@logux/client'
