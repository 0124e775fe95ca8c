// A test fixture for `errcat import --format go`: etcd's v2 error codes
// (server/etcdserver/api/v2error/error.go): messages in a map that comes
// before the constants, grouped by comments.
package v2error

var errors = map[int]string{
	// command related errors
	EcodeKeyNotFound: "Key not found",
	EcodeTestFailed: "Compare failed",
	EcodeNotFile: "Not a file",
	ecodeNoMorePeer: "Reached the max number of peers in the cluster",
	EcodeNotDir: "Not a directory",
	EcodeNodeExist: "Key already exists",
	ecodeKeyIsPreserved: "The prefix of given key is a keyword in etcd",
	EcodeRootROnly: "Root is read only",
	EcodeDirNotEmpty: "Directory not empty",
	ecodeExistingPeerAddr: "Peer address has existed",
	EcodeUnauthorized: "The request requires user authentication",

	// Post form related errors
	ecodeValueRequired: "Value is Required in POST form",
	EcodePrevValueRequired: "PrevValue is Required in POST form",
	EcodeTTLNaN: "The given TTL in POST form is not a number",
	EcodeIndexNaN: "The given index in POST form is not a number",
	ecodeValueOrTTLRequired: "Value or TTL is required in POST form",
	ecodeTimeoutNaN: "The given timeout in POST form is not a number",
	ecodeNameRequired: "Name is required in POST form",
	ecodeIndexOrValueRequired: "Index or value is required",
	ecodeIndexValueMutex: "Index and value cannot both be specified",
	EcodeInvalidField: "Invalid field",
	EcodeInvalidForm: "Invalid POST form",
	EcodeRefreshValue: "Value provided on refresh",
	EcodeRefreshTTLRequired: "A TTL must be provided on refresh",

	// raft related errors
	EcodeRaftInternal: "Raft Internal Error",
	EcodeLeaderElect: "During Leader Election",

	// etcd related errors
	EcodeWatcherCleared: "watcher is cleared due to etcd recovery",
	EcodeEventIndexCleared: "The event in requested index is outdated and cleared",
	ecodeStandbyInternal: "Standby Internal Error",
	ecodeInvalidActiveSize: "Invalid active size",
	ecodeInvalidRemoveDelay: "Standby remove delay",

	// client related errors
	ecodeClientInternal: "Client Internal Error",
}

const (
	EcodeKeyNotFound = 100
	EcodeTestFailed = 101
	EcodeNotFile = 102
	ecodeNoMorePeer = 103
	EcodeNotDir = 104
	EcodeNodeExist = 105
	ecodeKeyIsPreserved = 106
	EcodeRootROnly = 107
	EcodeDirNotEmpty = 108
	ecodeExistingPeerAddr = 109
	EcodeUnauthorized = 110

	ecodeValueRequired = 200
	EcodePrevValueRequired = 201
	EcodeTTLNaN = 202
	EcodeIndexNaN = 203
	ecodeValueOrTTLRequired = 204
	ecodeTimeoutNaN = 205
	ecodeNameRequired = 206
	ecodeIndexOrValueRequired = 207
	ecodeIndexValueMutex = 208
	EcodeInvalidField = 209
	EcodeInvalidForm = 210
	EcodeRefreshValue = 211
	EcodeRefreshTTLRequired = 212

	EcodeRaftInternal = 300
	EcodeLeaderElect = 301

	EcodeWatcherCleared = 400
	EcodeEventIndexCleared = 401
	ecodeStandbyInternal = 402
	ecodeInvalidActiveSize = 403
	ecodeInvalidRemoveDelay = 404

	ecodeClientInternal = 500
)
