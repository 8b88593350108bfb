package main

// Workers log what they did as JSON lines, with structured values: a struct, a slice, a map,
// bytes and a pointer, as slog's JSON handler gives them to encoding/json.

import (
	"log/slog"
	"math"
	"os"
	"sync"
)

type Job struct {
	ID     int      `json:"id"`
	Owner  string   `json:"owner"`
	Labels []string `json:"labels,omitempty"`
	secret string
}

type Stats struct {
	Done  int
	Ratio float64
	Notes map[string]int
}

func main() {
	logger := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{}
			}
			return a
		},
	}))
	logger.Info("start", "job", Job{ID: 1, Owner: "ana", Labels: []string{"a<b", "c&d"}, secret: "x"})
	logger.Info("list", "ids", []int{3, 1, 2}, "names", []string{"x", "y"})
	logger.Info("map", "counts", map[string]int{"b": 2, "a": 1})
	logger.Info("bytes", "raw", []byte("hi!"))
	logger.Info("ptr", "job", &Job{ID: 2, Owner: "bo"})
	logger.Warn("bad", "ratio", Stats{Done: 1, Ratio: math.Inf(1)})
	logger.Info("nested", slog.Group("g", "stats", Stats{Done: 3, Ratio: 0.5, Notes: map[string]int{"z": 1}}))

	// Each worker logs in its turn, so the lines come in one order.
	var wg sync.WaitGroup
	turns := make([]chan struct{}, 4)
	for i := range turns {
		turns[i] = make(chan struct{}, 1)
	}
	for w := range 3 {
		wg.Go(func() {
			<-turns[w]
			logger.Info("worker", "w", w, "job", Job{ID: w, Owner: "pool"})
			turns[w+1] <- struct{}{}
		})
	}
	turns[0] <- struct{}{}
	wg.Wait()
}
