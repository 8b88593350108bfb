// The pipeline checksummers take the directory to walk as their first argument; run with
// none, os.Args has only the program's name and indexing past it panics, as in Go.
package main

import (
	"crypto/md5"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	fmt.Println("arguments:", len(os.Args))
	root := os.Args[1]
	err := filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
		fmt.Println(path)
		return err
	})
	fmt.Println(err, md5.Size)
}
