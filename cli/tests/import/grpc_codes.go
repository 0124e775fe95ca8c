// Package storeerr: a service's codes and the gRPC code each travels with,
// kept in a map literal beside them, as gRPC services in Go do. Written for
// errcat's import tests.
package storeerr

import "google.golang.org/grpc/codes"

const (
	ErrDiskNotFound  = 611
	ErrDiskBusy      = 612
	ErrQuotaExceeded = 613
)

var messages = map[int]string{
	ErrDiskNotFound:  "disk not found",
	ErrDiskBusy:      "disk busy",
	ErrQuotaExceeded: "quota exceeded",
}

var grpcCodes = map[int]codes.Code{
	ErrDiskNotFound:  codes.NotFound,
	ErrDiskBusy:      codes.Unavailable,
	ErrQuotaExceeded: codes.ResourceExhausted,
	ErrUnknownThing:  codes.Internal,
}

// A code this file's author mistyped.
var overrides = map[int]codes.Code{
	ErrQuotaExceeded: codes.Bogus,
}
