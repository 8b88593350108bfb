package main

import (
	"errors"
	"log"
	"log/slog"
	"os"
	"time"
)

// The default logger writes through the log package's own logger: its date and time, then
// the level, the message and each key=value pair.
func main() {
	slog.Info("server starting", "port", 8080, "debug", false)
	slog.Debug("not shown: the default level is INFO")
	slog.Warn("slow request", "path", "/api/users", "took", 1500*time.Millisecond)
	slog.Error("request failed", "err", errors.New("connection refused"), "retries", 3)

	// Attributes made with slog's own constructors, and a group of them.
	slog.Info("user",
		slog.String("name", "Ada Lovelace"),
		slog.Int("age", 36),
		slog.Bool("admin", true),
		slog.Float64("score", 97.5),
		slog.Group("address", "city", "London", "zip", "W1"),
	)

	// A value without a key is kept under !BADKEY.
	slog.Info("odd arguments", "key", "value", "lonely")
	slog.Info("not a key", 42, "after", "ok")

	// The log package's settings apply to slog's default logger too.
	log.SetPrefix("[app] ")
	slog.Info("with a prefix")
	log.SetFlags(log.Lmsgprefix)
	slog.Info("prefix after the header, no header")
	log.SetOutput(os.Stdout)
	slog.Warn("now on stdout", "quoted", "a b", "equals", "x=y", "empty", "")
}
