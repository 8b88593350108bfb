package main

import (
	"log/slog"
	"os"
	"sync"
)

func noTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey {
		return slog.Attr{}
	}
	return a
}

// Several goroutines log through one logger at once: the handler writes each line whole.
func main() {
	logger := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: noTime}))
	var wg sync.WaitGroup
	for id := 1; id <= 3; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			worker := logger.With("worker", id)
			for step := 1; step <= 2; step++ {
				worker.Info("working", "step", step)
			}
			worker.Info("done")
		}()
	}
	wg.Wait()
	logger.Info("all workers finished")
}
