package main

import (
	"fmt"
	"log/slog"
	"os"
	"strings"
)

// ReplaceAttr sees every attribute before it is written, with the groups it is in: it can
// drop one, rename its key or change its value.
func main() {
	replace := func(groups []string, a slog.Attr) slog.Attr {
		if a.Key != slog.TimeKey {
			fmt.Printf("  ReplaceAttr(%v, %s=%s)\n", groups, a.Key, a.Value.String())
		}
		switch {
		case a.Key == slog.TimeKey && len(groups) == 0:
			return slog.Attr{}
		case a.Key == slog.LevelKey:
			a.Key = "severity"
		case a.Key == slog.MessageKey:
			a.Key = "message"
		case a.Key == "password":
			return slog.String("password", "********")
		case strings.HasPrefix(a.Key, "_"):
			return slog.Attr{}
		}
		return a
	}
	logger := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: replace}))
	logger.Info("login", "user", "ada", "password", "hunter2", "_internal", 1)
	logger.WithGroup("req").Warn("grouped", "id", 7, slog.Group("client", "ip", "10.0.0.1"))
	logger.With("shared", true).Info("with")

	js := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: replace}))
	js.Error("json", "user", "bob", "_skip", "x", slog.Group("only", "_hidden", 1))
}
