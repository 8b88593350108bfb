// Unlocking what is not locked
// The second Unlock finds the mutex unlocked: a fatal error, not a panic to recover from.
package main

import (
	"fmt"
	"sync"
)

var mu sync.Mutex

func main() {
	mu.Lock()
	fmt.Println("locked")
	mu.Unlock()
	mu.Unlock()
}
