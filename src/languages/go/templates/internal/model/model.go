// Package model holds the service's resources as stored and served, and the inputs of the
// requests that write them, with the constraints their fields are validated with.
package model
