// args: notes
// A parallel checksummer in the spirit of the Go blog's pipelines article: one goroutine
// walks the tree named by the first argument and starts a digester per regular file, the
// digests come back on a channel, and closing done tells everyone still working to give up.
// The program writes its own tree first, so it knows what it will find.
package main

import (
	"crypto/md5"
	"errors"
	"fmt"
	"io/ioutil"
	"os"
	"path/filepath"
	"sort"
	"sync"
)

type digest struct {
	path string
	sum  [md5.Size]byte
	err  error
}

// digestTree starts the walk and returns the channel of digests and the channel that
// carries the walk's error once it is done.
func digestTree(done <-chan struct{}, root string) (<-chan digest, <-chan error) {
	out := make(chan digest)
	errc := make(chan error, 1)
	go func() {
		var wg sync.WaitGroup
		err := filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
			if err != nil {
				return err
			}
			if !info.Mode().IsRegular() {
				return nil
			}
			wg.Add(1)
			go func() {
				data, err := ioutil.ReadFile(path)
				select {
				case out <- digest{path, md5.Sum(data), err}:
				case <-done:
				}
				wg.Done()
			}()
			select {
			case <-done:
				return errors.New("walk canceled")
			default:
				return nil
			}
		})
		go func() {
			wg.Wait()
			close(out)
		}()
		errc <- err
	}()
	return out, errc
}

func sumAll(root string) (map[string][md5.Size]byte, error) {
	done := make(chan struct{})
	defer close(done)
	c, errc := digestTree(done, root)
	m := make(map[string][md5.Size]byte)
	for r := range c {
		if r.err != nil {
			return nil, r.err
		}
		m[r.path] = r.sum
	}
	if err := <-errc; err != nil {
		return nil, err
	}
	return m, nil
}

func write(base string, files map[string]string) {
	for name, body := range files {
		path := filepath.Join(base, name)
		if err := os.MkdirAll(filepath.Dir(path), 0755); err != nil {
			panic(err)
		}
		if err := ioutil.WriteFile(path, []byte(body), 0644); err != nil {
			panic(err)
		}
	}
}

func main() {
	base, err := os.MkdirTemp("", "sums")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(base)
	write(base, map[string]string{
		"notes/todo.txt":          "buy milk\nfix the race\n",
		"notes/ideas/channels.md": "# pipelines\nstages joined by channels\n",
		"notes/ideas/empty.md":    "",
		"notes/copy-of-todo.txt":  "buy milk\nfix the race\n",
		"elsewhere/skip.txt":      "not under notes\n",
	})
	os.Mkdir(filepath.Join(base, "notes", "drafts"), 0755)

	m, err := sumAll(filepath.Join(base, os.Args[1]))
	if err != nil {
		fmt.Println(err)
		return
	}
	var paths []string
	for path := range m {
		paths = append(paths, path)
	}
	sort.Strings(paths)
	for _, path := range paths {
		rel, _ := filepath.Rel(base, path)
		fmt.Printf("%x  %s\n", m[path], rel)
	}
	fmt.Println(len(paths), "files")

	_, err = sumAll(filepath.Join(base, "missing"))
	rel, _ := filepath.Rel(base, filepath.Join(base, "missing"))
	fmt.Println("missing:", err != nil, rel)
}
