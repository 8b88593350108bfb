// args: src
// The bounded pipeline: one goroutine walks the tree and sends the paths of regular files,
// a fixed number of digesters read and sum them, and main gathers the sums. Closing done
// stops everyone early; takeFirst shows the walk canceled that way. The program makes its
// own tree in a temporary directory first.
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

type sum struct {
	path string
	hash [md5.Size]byte
	err  error
}

// walkPaths sends the path of each regular file under root until the walk ends or done
// is closed; the walk's error comes on the second channel.
func walkPaths(done <-chan struct{}, root string) (<-chan string, <-chan error) {
	paths := make(chan string)
	errc := make(chan error, 1)
	go func() {
		defer close(paths)
		errc <- filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
			if err != nil {
				return err
			}
			if !info.Mode().IsRegular() {
				return nil
			}
			select {
			case paths <- path:
				return nil
			case <-done:
				return errors.New("walk canceled")
			}
		})
	}()
	return paths, errc
}

func digester(done <-chan struct{}, paths <-chan string, out chan<- sum) {
	for path := range paths {
		data, err := ioutil.ReadFile(path)
		select {
		case out <- sum{path, md5.Sum(data), err}:
		case <-done:
			return
		}
	}
}

func sumAll(root string, workers int) (map[string][md5.Size]byte, error) {
	done := make(chan struct{})
	defer close(done)
	paths, errc := walkPaths(done, root)
	out := make(chan sum)
	var wg sync.WaitGroup
	wg.Add(workers)
	for i := 0; i < workers; i++ {
		go func() {
			digester(done, paths, out)
			wg.Done()
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	m := make(map[string][md5.Size]byte)
	for r := range out {
		if r.err != nil {
			return nil, r.err
		}
		m[r.path] = r.hash
	}
	if err := <-errc; err != nil {
		return nil, err
	}
	return m, nil
}

// takeFirst reads n paths and then closes done: the walker, blocked sending the next one,
// gives up with its own error.
func takeFirst(root string, n int) ([]string, error) {
	done := make(chan struct{})
	paths, errc := walkPaths(done, root)
	var got []string
	for p := range paths {
		got = append(got, filepath.Base(p))
		if len(got) == n {
			break
		}
	}
	close(done)
	return got, <-errc
}

func main() {
	base, err := os.MkdirTemp("", "project")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(base)
	sources := map[string]string{
		"src/main.go":          "package main\n\nfunc main() {}\n",
		"src/worker/pool.go":   "package worker\n",
		"src/worker/queue.go":  "package worker\n\ntype Queue chan int\n",
		"src/worker/empty.go":  "",
		"src/docs/readme.md":   "# project\n",
		"src/docs/img/dot.txt": ".",
		"build/out.bin":        "not walked",
	}
	for name, body := range sources {
		path := filepath.Join(base, name)
		if err := os.MkdirAll(filepath.Dir(path), 0755); err != nil {
			panic(err)
		}
		if err := ioutil.WriteFile(path, []byte(body), 0644); err != nil {
			panic(err)
		}
	}

	for _, workers := range []int{1, 3} {
		m, err := sumAll(filepath.Join(base, os.Args[1]), workers)
		if err != nil {
			fmt.Println(err)
			return
		}
		var paths []string
		for path := range m {
			paths = append(paths, path)
		}
		sort.Strings(paths)
		fmt.Printf("%d digester(s), %d files:\n", workers, len(paths))
		for _, path := range paths {
			rel, _ := filepath.Rel(base, path)
			fmt.Printf("%x  %s\n", m[path], rel)
		}
	}

	first, err := takeFirst(filepath.Join(base, "src"), 2)
	fmt.Println("first two:", first, "then:", err)
	all, err := takeFirst(filepath.Join(base, "build"), 5)
	fmt.Println("build:", all, err)
}
