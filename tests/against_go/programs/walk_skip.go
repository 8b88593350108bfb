// filepath.Walk's ways to stop: SkipDir returned for a directory leaves it out, for a file
// the rest of its directory; SkipAll ends the walk with no error; any other error ends it
// and comes back from Walk.
package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	base, _ := os.MkdirTemp("", "sk")
	defer os.RemoveAll(base)
	for _, p := range []string{"a/x", "a/skip/y", "a/z", "b/w", "c/v"} {
		full := filepath.Join(base, p)
		os.MkdirAll(filepath.Dir(full), 0755)
		os.WriteFile(full, []byte(p), 0644)
	}
	visit := func(stopAt string, skip error) {
		err := filepath.Walk(base, func(path string, info os.FileInfo, err error) error {
			rel, _ := filepath.Rel(base, path)
			fmt.Print(rel, " ")
			if info.Name() == stopAt {
				return skip
			}
			return nil
		})
		fmt.Println("=>", err)
	}
	visit("skip", filepath.SkipDir)
	visit("x", filepath.SkipDir)
	visit("z", filepath.SkipAll)
	visit("b", filepath.SkipAll)
	visit("w", fmt.Errorf("stop at %s", "w"))
}
