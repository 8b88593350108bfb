package main

import (
	"log/slog"
	"sync"
)

// A deferred or go'd slog call takes its arguments when the statement runs, and logs when
// the call does.
func work(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	state := "started"
	defer slog.Info("work finished", "id", id, "state", state)
	state = "changed"
	slog.Info("working", "id", id, "state", state)
}

func main() {
	var wg sync.WaitGroup
	for id := 1; id <= 2; id++ {
		wg.Add(1)
		go work(id, &wg)
	}
	wg.Wait()
	logger := slog.Default().With("from", "go statement")
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer logger.Warn("deferred in a goroutine")
	}()
	wg.Wait()
	go slog.Error("a go statement of slog.Error")
	wg.Add(1)
	go func() {
		defer wg.Done()
	}()
	wg.Wait()
}
