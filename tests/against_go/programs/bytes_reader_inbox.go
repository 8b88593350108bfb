// Messages arrive as byte slices (as from a network); workers read them through
// bytes.NewReader: line by line with a Scanner, whole with io.ReadAll, as JSON with a
// Decoder, and in small pieces with Read, watching Len shrink while Size stays.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sync"
)

type Order struct {
	ID   int      `json:"id"`
	Item []string `json:"items"`
}

func main() {
	inbox := [][]byte{
		[]byte("alpha\nbeta\ngamma\n"),
		[]byte(`{"id": 7, "items": ["tea", "milk"]}`),
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	lines := 0
	wg.Add(1)
	go func() {
		defer wg.Done()
		sc := bufio.NewScanner(bytes.NewReader(inbox[0]))
		for sc.Scan() {
			mu.Lock()
			lines++
			mu.Unlock()
		}
	}()
	wg.Add(1)
	go func() {
		defer wg.Done()
		var o Order
		err := json.NewDecoder(bytes.NewReader(inbox[1])).Decode(&o)
		fmt.Println("order", o.ID, o.Item, err)
	}()
	wg.Wait()
	fmt.Println("lines:", lines)

	r := bytes.NewReader([]byte("hello, reader"))
	fmt.Println("len", r.Len(), "size", r.Size())
	buf := make([]byte, 5)
	for {
		n, err := r.Read(buf)
		if err == io.EOF {
			fmt.Println("done, len", r.Len(), "size", r.Size())
			break
		}
		fmt.Printf("%d %q left %d\n", n, buf[:n], r.Len())
	}

	all, err := io.ReadAll(bytes.NewReader(inbox[0]))
	fmt.Printf("%q %v\n", all, err)
	empty, err := io.ReadAll(bytes.NewReader(nil))
	fmt.Println(len(empty), empty == nil, err)

	br := bufio.NewReader(bytes.NewReader([]byte("first line\nsecond")))
	first, _ := br.ReadString('\n')
	rest, err := br.ReadString('\n')
	fmt.Printf("%q %q %v\n", first, rest, err)

	// io.ReadAll of a file, and of one already closed.
	name := os.TempDir() + "/inbox.txt"
	if err := os.WriteFile(name, []byte("saved\n"), 0o644); err != nil {
		fmt.Println(err)
		return
	}
	defer os.Remove(name)
	f, err := os.Open(name)
	if err != nil {
		fmt.Println(err)
		return
	}
	data, err := io.ReadAll(f)
	fmt.Printf("%q %v\n", data, err)
	f.Close()
	data, err = io.ReadAll(f)
	fmt.Println(len(data), err != nil)

	var none *bytes.Reader
	fmt.Println(none == nil)
}
