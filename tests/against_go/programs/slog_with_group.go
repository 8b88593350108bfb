package main

import (
	"log/slog"
	"os"
)

func noTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey && len(groups) == 0 {
		return slog.Attr{}
	}
	return a
}

// With keeps attributes for every line after; WithGroup puts the attributes after it in a
// group (keys like req.method in text, a nested object in JSON).
func main() {
	for _, logger := range []*slog.Logger{
		slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: noTime})),
		slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: noTime})),
	} {
		service := logger.With("service", "api", "version", 2)
		service.Info("started")
		req := service.WithGroup("req")
		req.Info("handled", "method", "GET", "status", 200)
		req.Info("a group with no attributes is not opened")
		user := req.With("user", "ada").WithGroup("timing")
		user.Warn("slow", "ms", 1200)
		user.Info("nothing in timing")
		logger.With().WithGroup("").Info("With and WithGroup of nothing change nothing")
	}
}
