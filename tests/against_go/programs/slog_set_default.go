package main

import (
	"log"
	"log/slog"
	"os"
)

func noTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey {
		return slog.Attr{}
	}
	return a
}

// After slog.SetDefault, slog's functions use the new logger, and the log package's lines
// go through its handler too, at INFO.
func main() {
	log.Println("before: the log package writes on its own")
	slog.Info("before: slog's default writes through log")

	logger := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: noTime}))
	slog.SetDefault(logger)
	slog.Info("after", "via", "slog.Info")
	slog.Warn("warned", "n", 2)
	log.Println("from log.Println")
	log.Printf("from log.Printf: %d%%", 50)
	log.SetPrefix("legacy: ")
	log.Print("with a prefix")
	slog.Default().With("k", "v").Error("from slog.Default()")
	slog.With("app", "demo").Info("slog.With")
}
