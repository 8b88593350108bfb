package main

import (
	"fmt"
	"log/slog"
	"os"
)

func noTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey {
		return slog.Attr{}
	}
	return a
}

func main() {
	fmt.Println(slog.LevelDebug.String(), slog.LevelInfo.String(), slog.LevelWarn.String(), slog.LevelError.String())
	var level slog.Level = slog.LevelWarn
	fmt.Println("least level:", level.String())
	// A Level is an int with a name: levels between the four are named from the one below.
	fmt.Println(level, slog.Level(2), slog.LevelDebug-1, slog.LevelError+4, int(level))
	fmt.Printf("%v %d %s\n", level, level, slog.Level(-2))
	if level >= slog.LevelInfo {
		fmt.Println("WARN is at least INFO")
	}

	// Only WARN and above reach this handler.
	quiet := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		Level:       level,
		ReplaceAttr: noTime,
	}))
	quiet.Debug("debug")
	quiet.Info("info")
	quiet.Warn("warn")
	quiet.Error("error")

	// Every level reaches this one.
	chatty := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
		Level:       slog.LevelDebug,
		ReplaceAttr: noTime,
	}))
	chatty.Debug("debug", "level", slog.LevelDebug)
	chatty.Info("info", "threshold", level)
	text := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: noTime}))
	text.Info("a level as a value", "threshold", level, "custom", slog.LevelInfo+2)
	between := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		Level:       slog.LevelInfo + 2,
		ReplaceAttr: noTime,
	}))
	between.Info("below INFO+2")
	between.Warn("above INFO+2")
}
