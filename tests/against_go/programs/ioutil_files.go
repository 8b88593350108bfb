// A log collector written before Go 1.16, with io/ioutil: it keeps its spool in a temporary
// directory, lists the spool, reads each log back, and reports the errors a missing or
// misplaced file gives (ioutil's functions are os's and io's, errors and all).
package main

import (
	"fmt"
	"io/ioutil"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	spool, err := ioutil.TempDir("", "spool")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(spool)
	short := func(s string) string { return strings.ReplaceAll(s, spool, "$SPOOL") }

	logs := []struct{ name, text string }{
		{"web.log", "GET / 200\nGET /favicon.ico 404\n"},
		{"db.log", "connected\n"},
		{"empty.log", ""},
	}
	for _, l := range logs {
		if err := ioutil.WriteFile(filepath.Join(spool, l.name), []byte(l.text), 0644); err != nil {
			panic(err)
		}
	}
	if err := os.Mkdir(filepath.Join(spool, "archive"), 0755); err != nil {
		panic(err)
	}

	infos, err := ioutil.ReadDir(spool)
	fmt.Println("listing:", len(infos), err)
	for _, info := range infos {
		kind := "file"
		if info.IsDir() {
			kind = "dir"
		}
		fmt.Printf("  %-10s %-4s regular=%-5v", info.Name(), kind, info.Mode().IsRegular())
		if !info.IsDir() {
			fmt.Printf(" %d bytes", info.Size())
		}
		fmt.Println()
	}

	for _, info := range infos {
		if !info.Mode().IsRegular() {
			continue
		}
		data, err := ioutil.ReadFile(filepath.Join(spool, info.Name()))
		fmt.Printf("%s: %d lines, err=%v\n", info.Name(), strings.Count(string(data), "\n"), err)
		if len(data) == 0 {
			fmt.Printf("  it holds %q, %s|%x| (%T, %#v)\n", data, data, data, data, data)
		}
	}

	f, err := os.Open(filepath.Join(spool, "web.log"))
	if err != nil {
		panic(err)
	}
	all, err := ioutil.ReadAll(f)
	fmt.Printf("read all: %q %v\n", all, err)
	again, err := ioutil.ReadAll(f)
	fmt.Println("again:", len(again), again == nil, err)
	f.Close()
	fromText, err := ioutil.ReadAll(strings.NewReader("inline log line"))
	fmt.Println(string(fromText), err)

	tmp, err := ioutil.TempFile(spool, "part-*.tmp")
	if err != nil {
		panic(err)
	}
	fmt.Fprintln(tmp, "half a line")
	tmp.Close()
	name := filepath.Base(tmp.Name())
	fmt.Println("temp file:", strings.HasPrefix(name, "part-"), strings.HasSuffix(name, ".tmp"))

	_, err = ioutil.ReadFile(filepath.Join(spool, "missing.log"))
	fmt.Println(short(err.Error()))
	_, err = ioutil.ReadDir(filepath.Join(spool, "web.log"))
	fmt.Println(short(err.Error()))
	_, err = ioutil.ReadDir(filepath.Join(spool, "nowhere"))
	fmt.Println(short(err.Error()))
	err = ioutil.WriteFile(filepath.Join(spool, "nowhere", "x.log"), []byte("x"), 0644)
	fmt.Println(short(err.Error()))
	_, err = ioutil.ReadFile(filepath.Join(spool, "archive"))
	fmt.Println(short(err.Error()))
	_, err = ioutil.TempDir(filepath.Join(spool, "nowhere"), "x")
	fmt.Println(err != nil)
}
