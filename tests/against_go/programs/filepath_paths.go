// A build tool's paths: joined, cleaned, taken apart and made relative, as Go's
// path/filepath does on Unix, lexically, without touching the disk.
package main

import (
	"fmt"
	"path/filepath"
	"strings"
)

func main() {
	root := "/home/ada/project"
	src := filepath.Join(root, "cmd", "..", "internal", "server.go")
	fmt.Println(src)
	fmt.Println(filepath.Join("", "", "a", "b//c", "../d"))
	fmt.Printf("%q\n", filepath.Join("", ""))
	for _, p := range []string{"a//b/./c/..", "/../tmp/", "", "../../x/..", "./."} {
		fmt.Printf("Clean(%q) = %q\n", p, filepath.Clean(p))
	}
	for _, p := range []string{src, "/", "notes.txt", "/var/log/", "archive.tar.gz", ""} {
		dir, file := filepath.Split(p)
		fmt.Printf("%q: Dir=%q Base=%q Ext=%q Split=(%q, %q) abs=%v\n",
			p, filepath.Dir(p), filepath.Base(p), filepath.Ext(p), dir, file, filepath.IsAbs(p))
	}
	targets := []string{"/home/ada/project/internal/server.go", "/home/ada", "/etc/hosts", "/home/ada/project"}
	for _, t := range targets {
		r, err := filepath.Rel(root, t)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println("rel:", r)
	}
	if _, err := filepath.Rel("relative/dir", "/abs"); err != nil {
		fmt.Println("error:", err)
	}
	if r, err := filepath.Rel("a/b", "a/b/../../c"); err == nil {
		fmt.Println("rel:", r)
	}
	name := strings.TrimSuffix(filepath.Base(src), filepath.Ext(src))
	fmt.Println("binary:", filepath.Join("bin", name))
}
