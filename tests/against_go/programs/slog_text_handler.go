package main

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"time"
)

type point struct {
	X, Y int
}

// dropTime removes the time, which would differ on every run.
func dropTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey && len(groups) == 0 {
		return slog.Attr{}
	}
	return a
}

func main() {
	logger := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: dropTime,
	}))
	logger.Info("hello", "count", 3)
	logger.Debug("below the handler's level")
	logger.Warn("needs quotes", "msg", "two words", "eq", "a=b", "quote", `say "hi"`, "tab", "a\tb", "empty", "")
	logger.Info("no quotes", "path", "/tmp/x.log", "win", `C:\dir`, "unicode", "héllo")
	logger.Info("kinds",
		"int", -7,
		"float", 3.25,
		"small", 0.000001,
		"big", 1e21,
		"bool", true,
		"dur", 90*time.Second,
		"ms", 1500*time.Microsecond,
		"nil", nil,
		"err", fmt.Errorf("wrapped: %w", errors.New("not found")),
	)
	logger.Info("composites", "point", point{1, 2}, "ptr", &point{3, 4}, "slice", []string{"a", "b"}, "map", map[string]int{"x": 1}, "bytes", []byte("raw bytes"))
	logger.Error("a group", slog.Group("req", "method", "GET", "path", "/", slog.Group("headers", "accept", "*/*")))
	logger.Info("an empty group is left out", slog.Group("none"), "after", 1)
	logger.Info("a group without a key is inlined", slog.Group("", "a", 1, "b", 2))
}
