// Checksums of a few "downloads": each worker digests its chunk with MD5, the results meet in
// a map keyed by name whose values are [md5.Size]byte arrays, and a corrupted copy is caught
// by comparing the arrays with ==.
package main

import (
	"crypto/md5"
	"crypto/sha256"
	"fmt"
	"sort"
	"sync"
)

type digest struct {
	name string
	sum  [md5.Size]byte
}

func streamed(parts ...string) []byte {
	h := md5.New()
	for _, p := range parts {
		h.Write([]byte(p))
	}
	return h.Sum(nil)
}

func main() {
	files := map[string]string{
		"empty.txt":  "",
		"hello.txt":  "hello, gophers\n",
		"poem.txt":   "Don't communicate by sharing memory;\nshare memory by communicating.\n",
		"backup.txt": "hello, gophers\n",
	}
	results := make(chan digest)
	var wg sync.WaitGroup
	for name, body := range files {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- digest{name, md5.Sum([]byte(body))}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	sums := make(map[string][md5.Size]byte)
	for r := range results {
		sums[r.name] = r.sum
	}
	var names []string
	for n := range sums {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%x  %s\n", sums[n], n)
	}

	fmt.Println("backup intact:", sums["backup.txt"] == sums["hello.txt"])
	damaged := []byte(files["hello.txt"])
	damaged[0] = 'H'
	fmt.Println("damaged copy intact:", md5.Sum(damaged) == sums["hello.txt"])

	whole := sums["poem.txt"]
	parts := streamed("Don't communicate by sharing memory;\n", "share memory by communicating.\n")
	fmt.Printf("streamed: %x (%d bytes)\n", parts, len(parts))
	fmt.Println("streamed equals whole:", string(parts) == string(whole[:]))
	fmt.Printf("prefixed: %x\n", md5.New().Sum([]byte("id:")))

	h := md5.New()
	h.Write([]byte("discarded"))
	h.Reset()
	fmt.Printf("after reset: %x\n", h.Sum(nil))

	fmt.Println("md5:", md5.Size, "bytes,", md5.BlockSize, "byte blocks;", h.Size(), h.BlockSize())
	fmt.Println("sha256:", sha256.Size, "bytes,", sha256.BlockSize, "byte blocks")
	var both [md5.Size + sha256.Size]byte
	copy(both[:], whole[:])
	long := sha256.Sum256([]byte(files["poem.txt"]))
	copy(both[md5.Size:], long[:])
	fmt.Printf("both: %x\n", both)
	fmt.Printf("%T %T\n", whole, md5.Size)
}
