// Before reading its settings a program looks at what is there: os.Stat tells a file from a
// directory and gives its size, a missing one is an error naming the path, and a file
// asked for as a directory (a trailing slash) is "not a directory", as on Linux.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	home, err := os.MkdirTemp("", "home")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(home)
	short := func(err error) string {
		return strings.ReplaceAll(err.Error(), home, "$HOME")
	}
	must := func(err error) {
		if err != nil {
			panic(err)
		}
	}
	must(os.MkdirAll(filepath.Join(home, ".config", "app"), 0755))
	must(os.WriteFile(filepath.Join(home, ".config", "app", "settings.toml"), []byte("theme = \"dark\"\n"), 0644))
	must(os.WriteFile(filepath.Join(home, "notes"), nil, 0644))

	for _, name := range []string{
		".config/app/settings.toml",
		".config/app",
		"notes",
		".config/app/missing.toml",
		"notes/",
		"notes/today",
	} {
		path := filepath.Join(home, name)
		if strings.HasSuffix(name, "/") {
			path += "/"
		}
		info, err := os.Stat(path)
		if err != nil {
			fmt.Printf("%-26s %s\n", name, short(err))
			continue
		}
		if info.IsDir() {
			fmt.Printf("%-26s directory %s\n", name, info.Name())
			continue
		}
		fmt.Printf("%-26s %s, %d bytes, regular=%v\n", name, info.Name(), info.Size(), info.Mode().IsRegular())
	}
	info, err := os.Lstat(filepath.Join(home, ".config") + "/")
	fmt.Println(info.Name(), info.IsDir(), err)
	_, err = os.Lstat(filepath.Join(home, "gone"))
	fmt.Println(short(err))

	// The usual test before creating something, and what a second creation says.
	if _, err := os.Stat(filepath.Join(home, "cache")); os.IsNotExist(err) {
		fmt.Println("no cache yet:", os.IsExist(err))
		must(os.Mkdir(filepath.Join(home, "cache"), 0755))
	}
	err = os.Mkdir(filepath.Join(home, "cache"), 0755)
	fmt.Println(os.IsExist(err), os.IsNotExist(err), short(err))
	wrapped := fmt.Errorf("setup: %w", err)
	fmt.Println("wrapped:", os.IsExist(wrapped), os.IsNotExist(nil))
}
