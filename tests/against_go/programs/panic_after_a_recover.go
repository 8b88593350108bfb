package main

import (
	"errors"
	"fmt"
)

var errBroken = errors.New("pipe broken")

// A deferred handler recovers, logs, and panics anew with more context: Go's crash lists the
// first panic, marked recovered, and the one that went on.
func stage(name string) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("stage", name, "failed:", r)
			panic(fmt.Errorf("stage %s: %v", name, r))
		}
	}()
	panic(errBroken)
}

func main() {
	fmt.Println("starting")
	stage("decode")
}
