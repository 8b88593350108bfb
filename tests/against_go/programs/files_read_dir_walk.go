package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func check(e error) {
	if e != nil {
		panic(e)
	}
}

func main() {
	base := "/tmp/gofiles-walk"
	check(os.RemoveAll(base))
	err := os.Mkdir(base, 0755)
	check(err)
	defer os.RemoveAll(base)

	createEmptyFile := func(name string) {
		d := []byte("")
		check(os.WriteFile(name, d, 0644))
	}
	check(os.Chdir(base))
	createEmptyFile("file1")
	err = os.MkdirAll("parent/child", 0755)
	check(err)
	createEmptyFile("parent/file3")
	createEmptyFile("parent/file2")
	createEmptyFile("parent/child/file4")
	check(os.Mkdir("parent/B", 0755))
	createEmptyFile("parent/a.txt")

	c, err := os.ReadDir("parent")
	check(err)
	fmt.Println("Listing parent")
	for _, entry := range c {
		fmt.Println(" ", entry.Name(), entry.IsDir())
	}

	err = os.Chdir("parent/child")
	check(err)
	c, err = os.ReadDir(".")
	check(err)
	fmt.Println("Listing parent/child", len(c))
	for _, entry := range c {
		fmt.Println(" ", entry.Name(), entry.IsDir())
	}
	check(os.Chdir("../.."))

	empty, err := os.ReadDir("parent/B")
	fmt.Println(len(empty), empty == nil, err)
	_, err = os.ReadDir("file1")
	fmt.Println(err)
	_, err = os.ReadDir("missing")
	fmt.Println(err)

	fmt.Println("Visiting", base)
	err = filepath.WalkDir(base, visit)
	fmt.Println("walked:", err)

	fmt.Println("Skipping parent/child")
	err = filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "child" {
			return filepath.SkipDir
		}
		fmt.Println(" ", p, d.Name())
		return nil
	})
	fmt.Println("walked:", err)

	seen := 0
	err = filepath.WalkDir("parent", func(p string, d fs.DirEntry, err error) error {
		seen++
		if seen == 3 {
			return fs.SkipAll
		}
		fmt.Println(" ", p)
		return nil
	})
	fmt.Println("stopped after", seen, err)

	err = filepath.WalkDir("parent", func(p string, d fs.DirEntry, err error) error {
		if p == "parent/file2" {
			return fmt.Errorf("stop at %s", p)
		}
		return nil
	})
	fmt.Println(err)

	err = filepath.WalkDir("nowhere", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("visit", p, d == nil, err)
		return err
	})
	fmt.Println(err)
	check(os.Chdir("/"))
}

func visit(path string, d fs.DirEntry, err error) error {
	if err != nil {
		return err
	}
	fmt.Println(" ", path, d.IsDir())
	return nil
}
