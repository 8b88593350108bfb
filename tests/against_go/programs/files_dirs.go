package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func check(e error) {
	if e != nil {
		panic(e)
	}
}

func main() {
	base := "/tmp/gofiles-dirs"
	check(os.RemoveAll(base))
	check(os.MkdirAll(base+"/parent/child", 0755))
	defer os.RemoveAll(base)

	touch := func(name string) {
		check(os.WriteFile(name, []byte(""), 0644))
	}
	touch(base + "/file1")
	touch(base + "/parent/file2")
	touch(base + "/parent/child/file3")

	check(os.Chdir(base + "/parent/child"))
	touch("file4")
	check(os.WriteFile("../note", []byte("up one\n"), 0644))
	dat, err := os.ReadFile(base + "/parent/note")
	check(err)
	fmt.Print(string(dat))
	check(os.Chdir("../.."))
	dat, err = os.ReadFile("parent/child/file4")
	fmt.Println(len(dat), err)

	f, err := os.CreateTemp(base, "sample")
	check(err)
	name := f.Name()
	fmt.Println(strings.HasPrefix(name, base+"/sample"), len(name) > len(base+"/sample"))
	n, err := f.Write([]byte{1, 2, 3, 4})
	fmt.Println(n, err)
	check(f.Close())
	dat, err = os.ReadFile(name)
	fmt.Println(dat, err)
	check(os.Remove(name))
	fmt.Println(os.Remove(name) != nil)

	g, err := os.CreateTemp("", "gofiles-*.txt")
	check(err)
	fmt.Println(strings.HasPrefix(g.Name(), os.TempDir()+"/gofiles-"), strings.HasSuffix(g.Name(), ".txt"))
	defer os.Remove(g.Name())

	tmp, err := os.MkdirTemp(base, "sampledir")
	check(err)
	fmt.Println(filepath.Dir(tmp) == base, strings.HasPrefix(filepath.Base(tmp), "sampledir"))
	touch(filepath.Join(tmp, "inside"))
	fmt.Println(os.Remove(tmp) != nil, os.RemoveAll(tmp))

	_, err = os.CreateTemp("", "a/b")
	fmt.Println(err)
	_, err = os.MkdirTemp("", "a/b")
	fmt.Println(err)
	_, err = os.CreateTemp(base+"/nowhere", "x")
	fmt.Println(err != nil, strings.HasPrefix(err.Error(), "open "+base+"/nowhere/x"))
	fmt.Println(os.TempDir())
}
