package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func check(e error) {
	if e != nil {
		panic(e)
	}
}

func main() {
	dir := filepath.Join(os.TempDir(), "gofiles-write-read")
	check(os.RemoveAll(dir))
	check(os.Mkdir(dir, 0755))
	defer os.RemoveAll(dir)

	notes := filepath.Join(dir, "notes.txt")
	check(os.WriteFile(notes, []byte("hello\ngo\n"), 0644))

	f, err := os.Create(filepath.Join(dir, "log.txt"))
	check(err)
	defer f.Close()
	n, err := f.Write([]byte{115, 111, 109, 101, 10})
	check(err)
	fmt.Printf("wrote %d bytes\n", n)
	n, err = f.WriteString("writes\n")
	check(err)
	fmt.Printf("wrote %d bytes\n", n)
	check(f.Sync())
	fmt.Fprintf(f, "%d goroutines, %s\n", 3, "no races")
	fmt.Fprintln(f, "line", 4)
	w := bufio.NewWriter(f)
	w.WriteString("buffered\n")
	fmt.Fprintf(w, "and %q\n", "formatted")
	check(w.Flush())
	fmt.Println("name:", filepath.Base(f.Name()))

	dat, err := os.ReadFile(notes)
	check(err)
	fmt.Print(string(dat))
	dat, err = os.ReadFile(f.Name())
	check(err)
	fmt.Printf("%d bytes:\n%s", len(dat), dat)

	r, err := os.Open(notes)
	check(err)
	b1 := make([]byte, 5)
	n1, err := r.Read(b1)
	check(err)
	fmt.Printf("%d bytes: %s\n", n1, string(b1[:n1]))

	o2, err := r.Seek(6, io.SeekStart)
	check(err)
	b2 := make([]byte, 2)
	n2, err := r.Read(b2)
	check(err)
	fmt.Printf("%d bytes @ %d: %v\n", n2, o2, string(b2[:n2]))

	o3, err := r.Seek(-3, io.SeekCurrent)
	check(err)
	o4, err := r.Seek(-4, io.SeekEnd)
	check(err)
	fmt.Println("offsets", o3, o4)

	_, err = r.Seek(6, io.SeekStart)
	check(err)
	b3 := make([]byte, 2)
	n3, err := io.ReadAtLeast(r, b3, 2)
	check(err)
	fmt.Printf("%d bytes: %s\n", n3, string(b3))

	n4, err := io.ReadAtLeast(r, make([]byte, 8), 4)
	fmt.Println(n4, err, err == io.ErrUnexpectedEOF)
	n4, err = r.Read(b3)
	fmt.Println(n4, err, err == io.EOF, errors.Is(err, io.EOF))
	n4, err = io.ReadAtLeast(r, b3, 3)
	fmt.Println(n4, err)

	_, err = r.Seek(0, io.SeekStart)
	check(err)
	buf := make([]byte, 4)
	total := 0
	for {
		n, err := r.Read(buf)
		total += n
		if err == io.EOF {
			break
		}
		check(err)
	}
	fmt.Println("read", total, "bytes in all")
	check(r.Close())
	fmt.Println(r.Close())
	_, err = r.Read(buf)
	fmt.Println(err)
}
