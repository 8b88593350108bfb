// args: photos
// The first, serial version of a checksummer: walk the tree named by the first argument,
// read every regular file and keep its MD5 sum in a map, then print the sums sorted by path
// as md5sum does. The program makes its own tree in a temporary directory first.
package main

import (
	"crypto/md5"
	"errors"
	"fmt"
	"io/ioutil"
	"os"
	"path/filepath"
	"sort"
)

func sumTree(root string) (map[string][md5.Size]byte, error) {
	sums := make(map[string][md5.Size]byte)
	err := filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if !info.Mode().IsRegular() {
			return nil
		}
		data, err := ioutil.ReadFile(path)
		if err != nil {
			return err
		}
		sums[path] = md5.Sum(data)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return sums, nil
}

// firstBig stops the walk at the first file over limit bytes, with an error of its own.
func firstBig(root string, limit int64) (string, error) {
	found := ""
	err := filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if info.IsDir() {
			fmt.Printf("  looking in %s/\n", info.Name())
			return nil
		}
		if info.Size() > limit {
			found = info.Name()
			return errors.New("walk canceled")
		}
		return nil
	})
	return found, err
}

func main() {
	base, err := ioutil.TempDir("", "album")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(base)
	for _, dir := range []string{"photos/2024", "photos/2025/summer", "photos/empty"} {
		if err := os.MkdirAll(filepath.Join(base, dir), 0755); err != nil {
			panic(err)
		}
	}
	files := map[string]string{
		"photos/2024/cat.jpg":           "not really a cat",
		"photos/2025/summer/beach.jpg":  "sand, sea and a gopher on a towel",
		"photos/2025/summer/beach2.jpg": "sand, sea and a gopher on a towel",
		"photos/2025/notes.txt":         "",
		"photos/README":                 "holiday pictures\n",
	}
	for name, body := range files {
		if err := ioutil.WriteFile(filepath.Join(base, name), []byte(body), 0644); err != nil {
			panic(err)
		}
	}

	root := filepath.Join(base, os.Args[1])
	sums, err := sumTree(root)
	if err != nil {
		fmt.Println(err)
		return
	}
	var paths []string
	for path := range sums {
		paths = append(paths, path)
	}
	sort.Strings(paths)
	for _, path := range paths {
		rel, _ := filepath.Rel(base, path)
		fmt.Printf("%x  %s\n", sums[path], rel)
	}

	// The sums themselves are keys: equal arrays are the same key.
	seen := make(map[[md5.Size]byte]string)
	for _, path := range paths {
		rel, _ := filepath.Rel(base, path)
		if first, ok := seen[sums[path]]; ok {
			fmt.Println("duplicate:", rel, "is", first)
			continue
		}
		seen[sums[path]] = rel
	}
	fmt.Println(len(seen), "different contents")

	name, err := firstBig(root, 20)
	fmt.Printf("first big file: %q (%v)\n", name, err)
	_, err = sumTree(filepath.Join(base, "videos"))
	fmt.Println("videos:", err != nil)
}
