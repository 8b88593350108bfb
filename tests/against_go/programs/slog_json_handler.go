package main

import (
	"errors"
	"log/slog"
	"os"
	"time"
)

func main() {
	logger := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
		Level: slog.LevelDebug,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		},
	}))
	logger.Debug("hi there")
	logger.Info("hello again", "key", "val", "age", 25)
	logger.Warn("kinds",
		"float", 2.5,
		"tiny", 0.0000001,
		"huge", 1e21,
		"whole", 100.0,
		"dur", 2*time.Second,
		"ok", true,
		"nil", nil,
		"err", errors.New("boom"),
		"level", slog.LevelWarn,
	)
	logger.Error("escapes", "s", "quote \" backslash \\ newline \n tab \t <html> & é")
	logger.Info("groups", slog.Group("user", "id", 7, slog.Group("name", "first", "Ada", "last", "Lovelace")))
	logger.Info("attrs", slog.String("s", "x"), slog.Int64("i", -5), slog.Uint64("u", 18), slog.Duration("d", time.Millisecond), slog.Any("any", "v"))
	logger.Info("lonely", "only")
}
