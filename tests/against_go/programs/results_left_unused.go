package main

// A call may stand alone as a statement even when it gives a value: Go drops the value.
// Only the builtins (len, append, ...) and conversions may not. The calls still happen:
// TryLock takes the lock, slices.Delete shifts the elements.

import (
	"errors"
	"fmt"
	"math/rand"
	"slices"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	fmt.Sprintf("%d", 1)
	fmt.Sprint(1)
	fmt.Errorf("wrapped: %w", errors.New("inner"))
	errors.Is(nil, nil)
	time.Now()
	time.Since(time.Now())
	time.Duration(1500 * time.Millisecond).Round(time.Second)
	rand.Intn(3)
	time.NewTimer(time.Millisecond)
	sync.NewCond(&mu)
	mu.TryLock()
	fmt.Println("locked by the dropped TryLock:", !mu.TryLock())
	xs := []int{1, 2, 3, 4}
	slices.Delete(xs, 0, 1)
	slices.Clone(xs)
	fmt.Println(xs)
}
